package dev.fmlint.config;

import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, reads, validates and resolves {@code .fmlint.yaml}. The file is parsed with the same safe YAML
 * composer as front matter (so every error has a line), checked against the shipped
 * {@code fmlint-config.schema.json}, and its {@code extends} chain is applied in order.
 * Rule ids and options are checked later, by {@link ConfigCheck}, once plugins are loaded.
 */
public final class ConfigLoader {
    public static final List<String> FILE_NAMES = List.of(".fmlint.yaml", ".fmlint.yml");
    static final String PRESET_PREFIX = "/fmlint/rules/presets/";
    private static final long MAX_CONFIG_BYTES = 1 << 20;

    private final Path cwd;
    private final YamlComposer composer = new YamlComposer(YamlComposer.Limits.DEFAULT);
    private final CustomRuleCheck customRuleCheck;
    /** Compiled on first use: a run with no configuration file never loads the schema library. */
    private FrontMatterValidator configSchema;

    public ConfigLoader(Path cwd) {
        this(cwd, CustomRuleCheck.NONE);
    }

    public ConfigLoader(Path cwd, CustomRuleCheck customRuleCheck) {
        this.cwd = cwd;
        this.customRuleCheck = customRuleCheck;
    }

    private FrontMatterValidator configSchema() {
        if (configSchema == null) {
            try {
                configSchema = new SchemaLoader().load("fmlint-config");
            } catch (SchemaLoadException e) {
                throw new IllegalStateException("the shipped configuration schema cannot be loaded: " + e.getMessage(), e);
            }
        }
        return configSchema;
    }

    /** The nearest configuration file from {@code start} up to the repository root (or the file system root). */
    public static Optional<Path> locate(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : FILE_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The configuration used when no file is found: the {@code recommended} preset, relative to {@code cwd}. */
    public Config defaults() throws ConfigException {
        Layer preset = preset("recommended", "built-in default", new LinkedHashSet<>());
        return preset.toConfig(null, cwd);
    }

    public Config load(Path file) throws ConfigException {
        Path absolute = file.toAbsolutePath().normalize();
        Layer layer = fromFile(absolute, new LinkedHashSet<>());
        return layer.toConfig(absolute, absolute.getParent());
    }

    private Layer fromFile(Path file, Set<String> seen) throws ConfigException {
        String display = display(file);
        if (!seen.add(file.toString())) {
            throw new ConfigException(display + ": extends itself in a cycle (" + String.join(" -> ", seen) + ")");
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(display + ": is a folder; give the configuration file itself");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(display + ": configuration file not found");
        }
        SourceDecoder.Result read = new SourceReader(MAX_CONFIG_BYTES).read(file, display);
        if (read instanceof SourceDecoder.Undecodable bad) {
            throw new ConfigException(display + ": " + bad.message());
        }
        return parse(((SourceDecoder.Decoded) read).file(), file.getParent(), seen, true);
    }

    private Layer preset(String name, String requestedBy, Set<String> seen) throws ConfigException {
        String resource = PRESET_PREFIX + name + ".yaml";
        if (!seen.add(resource)) {
            throw new ConfigException("preset " + name + " extends itself in a cycle");
        }
        try (InputStream in = ConfigLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException(requestedBy + ": unknown preset \"" + name + "\"; the presets are "
                        + String.join(", ", Presets.NAMES) + ", or give a path to a configuration file");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Presets ship with fmlint and a test checks them against the schema, so they skip the check here.
            return parse(SourceFile.of(null, "preset " + name, text, false), cwd, seen, false);
        } catch (IOException e) {
            throw new ConfigException("preset " + name + " cannot be read: " + e.getMessage());
        }
    }

    private Layer parse(SourceFile source, Path baseDir, Set<String> seen, boolean validate) throws ConfigException {
        YamlComposer.Result composed = composer.compose(source, new Span(0, source.text().length()));
        if (composed instanceof YamlComposer.Failed failed) {
            throw error(source, failed.findings());
        }
        YamlNode.Mapping root = ((YamlComposer.Composed) composed).root();
        Optional<YamlNode> customRules = root.get("customRules");
        if (customRules.isPresent()) {
            customRuleCheck.check(new ConfigNode(customRules.get(), source));
        }
        if (validate) {
            List<Finding> invalid = configSchema().validate(new FrontMatter(new Span(0, 0), root.span(), root));
            if (!invalid.isEmpty()) {
                throw error(source, invalid);
            }
        }
        Layer layer = new Layer();
        for (ConfigNode parent : strings(root, "extends", source)) {
            String name = ((YamlNode.Scalar) parent.node()).source();
            boolean isPath = name.contains("/") || name.endsWith(".yaml") || name.endsWith(".yml");
            layer.add(isPath ? fromFile(baseDir.resolve(name).normalize(), seen)
                    : preset(name, parent.where(), seen));
        }
        Layer own = new Layer();
        root.get("rules").ifPresent(rules -> own.rules.putAll(ruleSettings((YamlNode.Mapping) rules, source)));
        for (YamlNode item : items(root, "schemas")) {
            YamlNode.Mapping m = (YamlNode.Mapping) item;
            own.schemas.add(new SchemaMapping(globs(m.get("files").orElseThrow(), source), text(m, "schema"),
                    baseDir, new ConfigNode(m, source).where()));
        }
        for (YamlNode item : items(root, "overrides")) {
            YamlNode.Mapping m = (YamlNode.Mapping) item;
            own.overrides.add(new Override(globs(m.get("files").orElseThrow(), source),
                    ruleSettings((YamlNode.Mapping) m.get("rules").orElseThrow(), source),
                    new ConfigNode(m, source).where()));
        }
        if (root.get("ignore").isPresent()) {
            own.ignore.addAll(globs(root.get("ignore").get(), source));
        }
        if (root.get("extensions").isPresent()) {
            own.extensions = new LinkedHashSet<>();
            for (YamlNode item : items(root, "extensions")) {
                own.extensions.add(((YamlNode.Scalar) item).source().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (YamlNode item : items(root, "plugins")) {
            own.plugins.add(baseDir.resolve(((YamlNode.Scalar) item).source()).normalize());
        }
        root.get("noInlineConfig").ifPresent(n -> own.noInlineConfig = (Boolean) ((YamlNode.Scalar) n).value());
        if (root.get("limits").isPresent()) {
            own.limits = limits((YamlNode.Mapping) root.get("limits").get(), source);
        }
        for (YamlNode item : items(root, "customRules")) {
            own.customRules.add(new ConfigNode(item, source));
        }
        layer.add(own);
        return layer;
    }

    private Map<String, RuleSetting> ruleSettings(YamlNode.Mapping rules, SourceFile source) {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        for (YamlNode.Entry e : rules.entries()) {
            String origin = new ConfigNode(e.value(), source).where(e.keySpan());
            if (e.value() instanceof YamlNode.Scalar s) {
                settings.put(e.key(), new RuleSetting(Level.parse(String.valueOf(s.value())), Map.of(), origin));
            } else {
                YamlNode.Mapping m = (YamlNode.Mapping) e.value();
                Level level = m.get("severity").map(n -> Level.parse(String.valueOf(((YamlNode.Scalar) n).value())))
                        .orElse(Level.DEFAULT);
                Map<String, Object> options = new LinkedHashMap<>();
                for (YamlNode.Entry option : m.entries()) {
                    if (!option.key().equals("severity")) {
                        options.put(option.key(), option.value().data());
                    }
                }
                settings.put(e.key(), new RuleSetting(level, options, origin));
            }
        }
        return settings;
    }

    /** Reads {@code limits:}; a key left out keeps its default. */
    private static Limits limits(YamlNode.Mapping m, SourceFile source) throws ConfigException {
        Limits d = Limits.DEFAULT;
        long file = d.maxFileBytes();
        long header = d.maxFrontMatterBytes();
        long depth = d.maxYamlDepth();
        long aliases = d.maxYamlAliases();
        java.time.Duration timeout = d.fileTimeout();
        for (YamlNode.Entry e : m.entries()) {
            Object value = e.value().data();
            String where = new ConfigNode(e.value(), source).where();
            switch (e.key()) {
                case "maxFileSize" -> file = size(value, where);
                case "maxFrontMatterSize" -> header = size(value, where);
                case "maxYamlDepth" -> depth = ((Number) value).longValue();
                case "maxYamlAliases" -> aliases = ((Number) value).longValue();
                case "fileTimeout" -> {
                    timeout = Limits.duration(value);
                    if (timeout == null || timeout.isZero()) {
                        throw new ConfigException(where + ": limits.fileTimeout: \"" + value
                                + "\" is not a duration; write for example 10s or 500ms");
                    }
                }
                default -> throw new IllegalStateException("the config schema allows limits." + e.key());
            }
        }
        if (header > Integer.MAX_VALUE || depth > 10_000 || aliases > 10_000) {
            throw new ConfigException(new ConfigNode(m, source).where() + ": limits: a value is too large");
        }
        return new Limits(file, (int) header, (int) depth, (int) aliases, timeout);
    }

    private static long size(Object value, String where) throws ConfigException {
        Long bytes = Limits.bytes(value);
        if (bytes == null || bytes < 1) {
            throw new ConfigException(where + ": \"" + value + "\" is not a size; write for example 10MiB, 512KiB or 1000");
        }
        return bytes;
    }

    private List<Glob> globs(YamlNode node, SourceFile source) throws ConfigException {
        List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
        List<Glob> globs = new ArrayList<>();
        for (YamlNode item : items) {
            try {
                globs.add(Glob.of(((YamlNode.Scalar) item).source()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(new ConfigNode(item, source).where() + ": " + e.getMessage());
            }
        }
        return globs;
    }

    private static List<YamlNode> items(YamlNode.Mapping root, String key) {
        return root.get(key).map(n -> n instanceof YamlNode.Sequence s ? s.items() : List.of(n)).orElse(List.of());
    }

    private static List<ConfigNode> strings(YamlNode.Mapping root, String key, SourceFile source) {
        return items(root, key).stream().map(n -> new ConfigNode(n, source)).toList();
    }

    private static String text(YamlNode.Mapping m, String key) {
        return ((YamlNode.Scalar) m.get(key).orElseThrow()).source();
    }

    private static ConfigException error(SourceFile source, List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            if (sb.length() > 0) {
                sb.append(System.lineSeparator());
            }
            sb.append(source.displayPath()).append(':').append(source.lines().line(f.span().start())).append(':')
                    .append(source.lines().column(f.span().start())).append(": ").append(f.message());
        }
        return new ConfigException(sb.toString());
    }

    private String display(Path file) {
        return cwd.relativize(file.toAbsolutePath().normalize()).toString();
    }

    /** Settings gathered from one file and what it extends, in the order they apply. */
    private static final class Layer {
        final Map<String, RuleSetting> rules = new LinkedHashMap<>();
        final List<SchemaMapping> schemas = new ArrayList<>();
        final List<Override> overrides = new ArrayList<>();
        final List<Glob> ignore = new ArrayList<>();
        Set<String> extensions;
        final List<Path> plugins = new ArrayList<>();
        Boolean noInlineConfig;
        Limits limits;
        final List<ConfigNode> customRules = new ArrayList<>();

        /** Applies a later layer on top of this one. */
        void add(Layer later) {
            later.rules.forEach((id, s) -> rules.put(id, ConfigMerge.merge(rules.get(id), s)));
            schemas.addAll(0, later.schemas); // a later file's mappings are tried first
            overrides.addAll(later.overrides);
            ignore.addAll(later.ignore);
            if (later.extensions != null) {
                extensions = later.extensions;
            }
            plugins.addAll(later.plugins);
            if (later.noInlineConfig != null) {
                noInlineConfig = later.noInlineConfig;
            }
            if (later.limits != null) {
                limits = later.limits;
            }
            customRules.addAll(later.customRules);
        }

        Config toConfig(Path file, Path baseDir) {
            return new Config(file, baseDir, rules, schemas, overrides, ignore,
                    extensions == null ? Set.of("md", "markdown") : extensions, plugins,
                    noInlineConfig != null && noInlineConfig, customRules, limits == null ? Limits.DEFAULT : limits);
        }
    }
}
