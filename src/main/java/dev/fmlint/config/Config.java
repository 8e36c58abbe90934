package dev.fmlint.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fully resolved configuration: presets and {@code extends} applied, paths resolved. Immutable.
 *
 * @param file           the configuration file, or null when the built-in default applies
 * @param baseDir        the folder globs are relative to (the configuration file's folder)
 * @param rules          rule settings before overrides, by rule id
 * @param schemas        schema mappings, the first match wins
 * @param overrides      per-glob rule settings, later entries win
 * @param ignore         files and folders never checked
 * @param extensions     file name extensions a folder walk picks up
 * @param plugins        plugin jars to load
 * @param noInlineConfig whether {@code <!-- fmlint-disable -->} comments are ignored
 * @param customRules    declarative rule definitions, as written, with their files
 * @param limits         what one file may cost
 */
public record Config(Path file, Path baseDir, Map<String, RuleSetting> rules, List<SchemaMapping> schemas,
                     List<Override> overrides, List<Glob> ignore, Set<String> extensions, List<Path> plugins,
                     boolean noInlineConfig, List<ConfigNode> customRules, Limits limits) {
    public Config {
        rules = Map.copyOf(rules);
        schemas = List.copyOf(schemas);
        overrides = List.copyOf(overrides);
        ignore = List.copyOf(ignore);
        extensions = Set.copyOf(extensions);
        plugins = List.copyOf(plugins);
        customRules = List.copyOf(customRules);
    }

    /** What applies to one file, given its path relative to {@link #baseDir()}. */
    public FileConfig forFile(String relativePath) {
        Map<String, RuleSetting> effective = new LinkedHashMap<>(rules);
        for (Override o : overrides) {
            if (o.applies(relativePath)) {
                o.rules().forEach((id, setting) -> effective.put(id, ConfigMerge.merge(effective.get(id), setting)));
            }
        }
        Optional<SchemaMapping> schema = schemas.stream()
                .filter(m -> m.files().stream().anyMatch(g -> g.matches(relativePath)))
                .findFirst();
        return new FileConfig(effective, schema);
    }

    /**
     * The positions of the overrides that apply to a file. The file's rule settings depend on nothing else,
     * so this is a cheap key for them: most files of a run share one list.
     */
    public List<Integer> overridesFor(String relativePath) {
        List<Integer> applying = new java.util.ArrayList<>(2);
        for (int i = 0; i < overrides.size(); i++) {
            if (overrides.get(i).applies(relativePath)) {
                applying.add(i);
            }
        }
        return applying;
    }

    public boolean ignored(String relativePath) {
        return ignore.stream().anyMatch(g -> g.matches(relativePath));
    }

    /** This configuration with rule settings from the command line on top. */
    public Config withRules(Map<String, RuleSetting> commandLine) {
        if (commandLine.isEmpty()) {
            return this;
        }
        // Command-line settings win over overrides too, so they go last, as an override for every file.
        List<Override> withCli = new java.util.ArrayList<>(overrides);
        withCli.add(new Override(List.of(Glob.of("**")), commandLine, "command line"));
        return new Config(file, baseDir, rules, schemas, withCli, ignore, extensions, plugins, noInlineConfig,
                customRules, limits);
    }

    /**
     * This configuration with settings for rules it does not mention, such as plugin and custom rules, which
     * are on at their default severity unless the configuration says otherwise.
     */
    public Config withRuleDefaults(Map<String, RuleSetting> defaults) {
        Map<String, RuleSetting> all = new LinkedHashMap<>(defaults);
        all.putAll(rules);
        return new Config(file, baseDir, all, schemas, overrides, ignore, extensions, plugins, noInlineConfig,
                customRules, limits);
    }

    /**
     * The settings for one file.
     *
     * @param schema the first schema mapping that matches, if any
     */
    public record FileConfig(Map<String, RuleSetting> rules, Optional<SchemaMapping> schema) {
        public FileConfig {
            rules = Map.copyOf(rules);
        }
    }
}
