package dev.fmlint.cli;

import dev.fmlint.config.Config;
import dev.fmlint.config.ConfigCheck;
import dev.fmlint.config.ConfigException;
import dev.fmlint.config.ConfigLoader;
import dev.fmlint.config.Level;
import dev.fmlint.config.RuleSetting;
import dev.fmlint.custom.CustomRule;
import dev.fmlint.custom.CustomRules;
import dev.fmlint.engine.ConfiguredSchemas;
import dev.fmlint.engine.DuplicateRuleException;
import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.engine.SettingsResolver;
import dev.fmlint.plugin.Plugin;
import dev.fmlint.plugin.PluginException;
import dev.fmlint.plugin.PluginLoader;
import dev.fmlint.plugin.PluginRule;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a run needs before it reads a file: the configuration (found, validated, with command-line
 * settings on top), the rules (built in, from plugins, and declared in the configuration), and every
 * configured schema compiled. Any problem here is a usage error.
 */
record RunSetup(Config config, RuleRegistry registry, ConfiguredSchemas schemas, SettingsResolver settings) {

    static RunSetup prepare(ConfigOptions options, Environment env) {
        try {
            Config config = config(options, env);
            RuleRegistry registry = registry(config, options, env);
            Config withCli = config.withRuleDefaults(addedRuleDefaults(registry)).withRules(commandLineRules(options));
            ConfigCheck.check(withCli, registry.catalog());
            String cliSchema = options.schema == null ? null : schemaSpec(options.schema, env.cwd());
            ConfiguredSchemas schemas = ConfiguredSchemas.load(withCli, cliSchema, projectRoot(withCli, env.cwd()),
                    new SchemaLoader());
            return new RunSetup(withCli, registry, schemas, new SettingsResolver(withCli, registry, schemas));
        } catch (ConfigException | SchemaLoadException | PluginException | DuplicateRuleException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The rules a run would know, for commands that need no schemas ({@code fmlint rules}). */
    static RuleRegistry rules(ConfigOptions options, Environment env) {
        try {
            return registry(config(options, env), options, env);
        } catch (ConfigException | PluginException | DuplicateRuleException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Config config(ConfigOptions options, Environment env) throws ConfigException {
        ConfigLoader loader = new ConfigLoader(env.cwd(), CustomRules::check);
        if (options.noConfig) {
            return loader.defaults();
        }
        if (options.configFile != null) {
            return loader.load(env.cwd().resolve(options.configFile));
        }
        Optional<Path> found = ConfigLoader.locate(env.cwd());
        return found.isPresent() ? loader.load(found.get()) : loader.defaults();
    }

    /**
     * The built-in rules, then the plugins' (the configuration's plugins, then {@code --plugin} jars), then
     * the configuration's custom rules. Any id used twice is an error naming both rules.
     */
    private static RuleRegistry registry(Config config, ConfigOptions options, Environment env)
            throws ConfigException, PluginException, DuplicateRuleException {
        RuleRegistry registry = RuleRegistry.load(RunSetup.class.getClassLoader());
        List<Path> jars = new ArrayList<>(config.plugins());
        options.plugins.forEach(p -> jars.add(env.cwd().resolve(p)));
        for (Plugin plugin : PluginLoader.load(jars, RunSetup.class.getClassLoader(), p -> display(p, env.cwd()))) {
            registry = registry.plus(plugin.rules(),
                    r -> "plugin " + plugin.name() + " (" + ((PluginRule) r).className() + ")");
        }
        return registry.plus(CustomRules.read(config.customRules()),
                r -> "the custom rule at " + ((CustomRule) r).origin());
    }

    /** Plugin and custom rules are on at their default severity unless the configuration sets them. */
    private static Map<String, RuleSetting> addedRuleDefaults(RuleRegistry registry) {
        Map<String, RuleSetting> defaults = new LinkedHashMap<>();
        for (Rule rule : registry.all()) {
            String origin = rule instanceof PluginRule p ? "plugin " + p.plugin()
                    : rule instanceof CustomRule c ? "custom rule " + c.origin() : null;
            if (origin != null) {
                defaults.put(rule.meta().id(), new RuleSetting(Level.DEFAULT, Map.of(), origin));
            }
        }
        return defaults;
    }

    /** A path as messages show it: relative to the working folder, like every other path fmlint prints. */
    private static String display(Path file, Path cwd) {
        return cwd.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    }

    private static Map<String, RuleSetting> commandLineRules(ConfigOptions options) {
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        for (String rule : options.rules) {
            int eq = rule.indexOf('=');
            Level level = eq < 0 ? null : Level.parse(rule.substring(eq + 1).trim());
            if (level == null) {
                throw new UsageException("--rule " + rule + ": expected ID=off, ID=warning or ID=error");
            }
            rules.put(rule.substring(0, eq).trim(), new RuleSetting(level, Map.of(), "--rule " + rule));
        }
        for (String id : options.disabled) {
            rules.put(id.trim(), new RuleSetting(Level.OFF, Map.of(), "--disable " + id));
        }
        return rules;
    }

    /** A schema given as a path is relative to the working folder; a bare word may be a built-in name. */
    private static String schemaSpec(String schema, Path cwd) {
        Path path = cwd.resolve(schema).normalize();
        return Files.exists(path) ? path.toString() : schema;
    }

    /** The folder files may name schemas in: the repository root, else the configuration's or working folder. */
    static Path projectRoot(Config config, Path cwd) {
        for (Path dir = config.baseDir().toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return config.file() != null ? config.baseDir() : cwd;
    }
}
