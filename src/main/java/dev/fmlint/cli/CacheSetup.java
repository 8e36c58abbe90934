package dev.fmlint.cli;

import dev.fmlint.cache.CacheFile;
import dev.fmlint.cache.Canonical;
import dev.fmlint.cache.ContentHash;
import dev.fmlint.cache.Fingerprint;
import dev.fmlint.cache.SchemaClosure;
import dev.fmlint.config.SchemaMapping;
import dev.fmlint.spi.Rule;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where {@code --cache} keeps its file, and the fingerprint of everything a run's findings depend on
 * besides the files themselves: fmlint (version and build), the Java runtime, the configuration as
 * resolved (presets, {@code extends}, overrides, custom rules, limits and the command line's rules), the
 * rule set, every configured schema with the files it refers to, plugin jars, and the options that change
 * findings. Schemas a file names for itself are not in it: such files are not cached.
 */
final class CacheSetup {
    static final String DEFAULT_NAME = ".fmlintcache";

    private CacheSetup() {}

    /**
     * As ESLint's {@code --cache-location}: a folder (one that exists, or a path ending with a separator)
     * holds {@value #DEFAULT_NAME}; anything else is the cache file itself. Default: the working folder.
     */
    static CacheFile location(String option, Path cwd) {
        if (option == null) {
            return new CacheFile(cwd.resolve(DEFAULT_NAME));
        }
        Path path = cwd.resolve(option).normalize();
        boolean folder = option.endsWith("/") || option.endsWith(File.separator) || Files.isDirectory(path);
        if (folder) {
            try {
                Files.createDirectories(path);
            } catch (IOException e) {
                throw new UsageException("--cache-location " + option + ": the folder cannot be created ("
                        + e.getClass().getSimpleName() + "); give a folder that can be written");
            }
            return new CacheFile(path.resolve(DEFAULT_NAME));
        }
        return new CacheFile(path);
    }

    /**
     * @param build fmlint's build ({@link #build()}); a parameter so tests can stand in another one
     */
    static String fingerprint(RunSetup setup, ConfigOptions options, boolean reportUnusedDisables, String build,
                              Path cwd) {
        Fingerprint f = new Fingerprint()
                .add("fmlint", build)
                .add("java", Runtime.version().toString())
                .add("config", Canonical.of(setup.config()))
                .add("report-unused-disables", String.valueOf(reportUnusedDisables));
        for (Rule rule : setup.registry().all()) {
            f.add("rule", rule.meta().id() + " " + rule.getClass().getName() + " " + Canonical.of(rule.meta()));
        }
        for (SchemaMapping m : setup.config().schemas()) {
            f.add("schema", schema(m.resolvedSchema(), cwd));
        }
        if (options.schema != null) {
            f.add("--schema", schema(options.schema, cwd));
        }
        List<Path> jars = new ArrayList<>(setup.config().plugins());
        options.plugins.forEach(p -> jars.add(cwd.resolve(p)));
        for (Path jar : jars) {
            f.add("plugin", jar + " " + fileHash(jar));
        }
        return f.hex();
    }

    /** A schema path with the files it reaches, or a built-in name (part of fmlint's build). */
    private static String schema(String spec, Path cwd) {
        Path path = cwd.resolve(spec).normalize();
        return Files.isRegularFile(path) ? path + " " + SchemaClosure.of(path) : "built-in " + spec;
    }

    private static String fileHash(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ContentHash.of(in.readAllBytes());
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /**
     * This fmlint's build: the version, and the jar's size and time (or, run from compiled classes, theirs):
     * a rebuilt snapshot with changed rules must not trust a cache that an older build wrote.
     */
    static String build() {
        String version = String.valueOf(CacheSetup.class.getPackage().getImplementationVersion());
        try {
            CodeSource source = CacheSetup.class.getProtectionDomain().getCodeSource();
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                return version + " " + where + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            StringBuilder stamps = new StringBuilder();
            try (Stream<Path> files = Files.walk(where)) {
                files.filter(Files::isRegularFile).sorted().forEach(p -> stamps.append(where.relativize(p))
                        .append(' ').append(p.toFile().length()).append(' ').append(p.toFile().lastModified()).append('\n'));
            }
            return version + " classes " + ContentHash.of(stamps.toString());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + " unknown build " + System.nanoTime(); // unknown: never match an older cache
        }
    }
}
