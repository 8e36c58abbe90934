package dev.fmlint.engine;

import dev.fmlint.config.Config;
import dev.fmlint.config.SchemaMapping;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses each file's schema, in this order: a {@code $schema} key in its front matter, a
 * {@code # yaml-language-server: $schema=PATH} comment in it, {@code --schema}, then the first matching
 * {@code schemas:} entry of the configuration. Configured schemas are loaded before any file is read, so a
 * bad one stops the run at once; a schema a file names is loaded when first asked for, and a problem with
 * it is a finding on that file. A file may only name a schema inside the project folder: a pull request
 * cannot make fmlint read {@code /etc/passwd} or fetch a URL.
 */
public final class ConfiguredSchemas implements SchemaSelector {
    private static final Pattern LANGUAGE_SERVER = Pattern.compile(
            "^[ \\t]*#[ \\t]*yaml-language-server:[ \\t]*\\$schema=(\\S+)", Pattern.MULTILINE);
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final Config config;
    private final List<FrontMatterValidator> mapped;
    private final FrontMatterValidator commandLine;
    private final Path projectRoot;
    /** The project root with links resolved, which real paths of schemas are compared with. */
    private final Path realRoot;
    private final SchemaLoader loader;
    private final Map<String, Choice> named = new ConcurrentHashMap<>();
    /** Added to by every worker for every file without a schema: a queue, sorted once when asked. */
    private final Queue<String> unvalidated = new ConcurrentLinkedQueue<>();

    private ConfiguredSchemas(Config config, List<FrontMatterValidator> mapped, FrontMatterValidator commandLine,
                              Path projectRoot, SchemaLoader loader) {
        this.config = config;
        this.mapped = mapped;
        this.commandLine = commandLine;
        this.projectRoot = projectRoot;
        this.realRoot = realPath(projectRoot);
        this.loader = loader;
    }

    /**
     * Loads every schema the configuration maps and the one given with {@code --schema}.
     *
     * @param cliSchema the {@code --schema} value, resolved against the working folder, or null
     */
    public static ConfiguredSchemas load(Config config, String cliSchema, Path projectRoot, SchemaLoader loader)
            throws SchemaLoadException {
        List<FrontMatterValidator> mapped = new ArrayList<>();
        for (SchemaMapping m : config.schemas()) {
            try {
                mapped.add(loader.load(m.resolvedSchema()));
            } catch (SchemaLoadException e) {
                throw new SchemaLoadException(m.origin() + ": " + e.getMessage());
            }
        }
        FrontMatterValidator cli = cliSchema == null ? null : loader.load(cliSchema);
        return new ConfiguredSchemas(config, mapped, cli, projectRoot.toAbsolutePath().normalize(), loader);
    }

    @Override
    public Choice choose(SourceFile file, FrontMatter frontMatter) {
        Decision d = decide(file, frontMatter);
        if (d.choice() instanceof NoSchema) {
            unvalidated.add(file.displayPath());
        }
        return d.choice();
    }

    /** The choice for a file and where it came from, for {@code print-config}. */
    public Decision decide(SourceFile file, FrontMatter frontMatter) {
        Optional<YamlNode.Entry> key = frontMatter.root().entry("$schema");
        if (key.isPresent()) {
            if (key.get().value() instanceof YamlNode.Scalar s && s.value() instanceof String spec) {
                return new Decision(named(file, spec, s.span()), "the file's $schema key");
            }
            return new Decision(new Problem(key.get().value().span(), "$schema must be a path to a JSON Schema file"),
                    "the file's $schema key");
        }
        // A plain search of the header first (the multi-line pattern is dearer); a search of the file's text
        // from the header on would read the whole body when, as in most files, there is no such comment.
        int start = frontMatter.content().start();
        String header = file.text().substring(start, frontMatter.content().end());
        Matcher comment = header.contains("yaml-language-server") ? LANGUAGE_SERVER.matcher(header) : null;
        if (comment != null && comment.find()) {
            int at = start + comment.start(1);
            return new Decision(named(file, comment.group(1), new Span(at, at + comment.group(1).length())),
                    "the file's yaml-language-server comment");
        }
        if (commandLine != null) {
            return new Decision(new Use(commandLine), "--schema");
        }
        if (mapped.isEmpty()) {
            return new Decision(new NoSchema(), "no schemas entry matches");
        }
        String relative = SettingsResolver.relative(config.baseDir(), file.path() != null ? file.path()
                : config.baseDir().resolve(file.displayPath()));
        for (int i = 0; i < mapped.size(); i++) {
            if (config.schemas().get(i).files().stream().anyMatch(g -> g.matches(relative))) {
                return new Decision(new Use(mapped.get(i)), config.schemas().get(i).origin());
            }
        }
        return new Decision(new NoSchema(), "no schemas entry matches");
    }

    /**
     * Whether the schema is one the configuration or {@code --schema} gives, loaded before any file was
     * read, rather than one a file named for itself.
     */
    public boolean isConfigured(FrontMatterValidator validator) {
        return validator == commandLine || mapped.stream().anyMatch(m -> m == validator);
    }

    /** A schema choice and a few words on where it came from. */
    public record Decision(Choice choice, String source) {}

    /** Files that no schema applied to, sorted, for {@code --verbose}. */
    public List<String> unvalidated() {
        return unvalidated.stream().sorted().distinct().toList();
    }

    private Choice named(SourceFile file, String spec, Span span) {
        if (URL.matcher(spec).matches()) {
            return new Problem(span, "schema \"" + Messages.quote(spec) + "\" is a URL, and fmlint never fetches "
                    + "schemas while linting; download it and refer to it by a relative path");
        }
        Path folder = file.path() != null ? file.path().toAbsolutePath().getParent() : projectRoot;
        Path target = folder.resolve(spec).normalize();
        // Decided before the file system is asked anything: otherwise "not found" and "outside" would tell a
        // stranger's pull request which files exist on the machine that runs the check.
        if (!target.startsWith(projectRoot) && !target.startsWith(realRoot)) {
            return outside(spec, span);
        }
        if (!Files.exists(target)) {
            return builtIn(spec, span);
        }
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            return new Problem(span, "schema \"" + Messages.quote(spec) + "\" cannot be read: " + e.getMessage());
        }
        // Real paths against the real root: a link may lead out, and the root itself may be reached via a link.
        if (!real.startsWith(realRoot) || !Files.isRegularFile(real)) {
            return outside(spec, span);
        }
        return named.computeIfAbsent(real.toString(), path -> load(path, spec, span));
    }

    private Problem outside(String spec, Span span) {
        return new Problem(span, "schema \"" + Messages.quote(spec) + "\" is outside the project folder "
                + projectRoot + "; a file may only name schemas inside it");
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private Choice builtIn(String spec, Span span) {
        if (spec.contains("/") || spec.contains("\\")) {
            return new Problem(span, "schema file \"" + Messages.quote(spec) + "\" not found (relative to this file)");
        }
        return named.computeIfAbsent("builtin:" + spec, key -> load(spec, spec, span));
    }

    private Choice load(String path, String spec, Span span) {
        try {
            return new Use(loader.load(path));
        } catch (SchemaLoadException e) {
            return new Problem(span, "schema \"" + Messages.quote(spec) + "\" cannot be used: " + e.getMessage());
        }
    }
}
