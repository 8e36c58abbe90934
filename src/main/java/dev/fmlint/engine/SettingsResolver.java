package dev.fmlint.engine;

import dev.fmlint.config.Config;
import dev.fmlint.config.RuleSetting;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleOptions;
import dev.fmlint.spi.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the configuration into {@link FileSettings} for each file. Files whose effective rule settings
 * are equal share one instance, so the work is done once per distinct combination of overrides.
 */
public final class SettingsResolver {
    private final Config config;
    private final RuleRegistry registry;
    private final SchemaSelector schema;
    private final Map<Map<String, RuleSetting>, FileSettings> cache = new ConcurrentHashMap<>();
    private final Map<List<Integer>, FileSettings> byOverrides = new ConcurrentHashMap<>();

    public SettingsResolver(Config config, RuleRegistry registry, SchemaSelector schema) {
        this.config = config;
        this.registry = registry;
        this.schema = schema;
    }

    public FileSettings forFile(Path file) {
        return forRelativePath(relative(config.baseDir(), file));
    }

    public FileSettings forRelativePath(String relativePath) {
        // Keyed first by which overrides apply: merging and hashing every rule's setting for each file cost
        // more than the lookup it served.
        return byOverrides.computeIfAbsent(config.overridesFor(relativePath),
                applying -> cache.computeIfAbsent(config.forFile(relativePath).rules(), this::build));
    }

    /** The path as configuration globs see it: relative to the configuration's folder, with '/'. */
    public static String relative(Path baseDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return baseDir.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
    }

    private FileSettings build(Map<String, RuleSetting> settings) {
        Map<String, Severity> severities = new HashMap<>();
        CoreChecks.ALL.forEach(meta -> {
            RuleSetting s = settings.get(meta.id());
            Severity severity = s == null ? meta.defaultSeverity() : s.level().severity(meta.defaultSeverity());
            if (severity != null) {
                severities.put(meta.id(), severity);
            }
        });
        List<ConfiguredRule> rules = new ArrayList<>();
        for (Rule rule : registry.all()) {
            RuleSetting s = settings.get(rule.meta().id());
            Severity severity = s == null ? null : s.level().severity(rule.meta().defaultSeverity());
            if (severity != null) {
                rules.add(new ConfiguredRule(rule, severity, new RuleOptions(s.options())));
                severities.put(rule.meta().id(), severity);
            }
        }
        return new FileSettings(rules, severities, schema, !config.noInlineConfig());
    }
}
