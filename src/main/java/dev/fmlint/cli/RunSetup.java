package dev.fmlint.cli;

import dev.fmlint.config.Config;
import dev.fmlint.config.ConfigCheck;
import dev.fmlint.config.ConfigException;
import dev.fmlint.config.ConfigLoader;
import dev.fmlint.config.Level;
import dev.fmlint.config.RuleSetting;
import dev.fmlint.engine.ConfiguredSchemas;
import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.engine.SettingsResolver;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a run needs before it reads a file: the configuration (found, validated, with command-line
 * settings on top), the rules, and every configured schema compiled. Any problem here is a usage error.
 */
record RunSetup(Config config, RuleRegistry registry, ConfiguredSchemas schemas, SettingsResolver settings) {

    static RunSetup prepare(ConfigOptions options, Environment env) {
        try {
            ConfigLoader loader = new ConfigLoader(env.cwd());
            Config config;
            if (options.noConfig) {
                config = loader.defaults();
            } else if (options.configFile != null) {
                config = loader.load(env.cwd().resolve(options.configFile));
            } else {
                config = ConfigLoader.locate(env.cwd()).map(p -> {
                    try {
                        return loader.load(p);
                    } catch (ConfigException e) {
                        throw new UsageException(e.getMessage());
                    }
                }).orElse(null);
                if (config == null) {
                    config = loader.defaults();
                }
            }
            RuleRegistry registry = RuleRegistry.load(RunSetup.class.getClassLoader());
            Config withCli = config.withRules(commandLineRules(options));
            ConfigCheck.check(withCli, registry.catalog());
            String cliSchema = options.schema == null ? null : schemaSpec(options.schema, env.cwd());
            ConfiguredSchemas schemas = ConfiguredSchemas.load(withCli, cliSchema, projectRoot(withCli, env.cwd()),
                    new SchemaLoader());
            return new RunSetup(withCli, registry, schemas, new SettingsResolver(withCli, registry, schemas));
        } catch (ConfigException | SchemaLoadException e) {
            throw new UsageException(e.getMessage());
        }
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
