package dev.fmlint.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose and adjust the configuration, shared by every command that needs one. */
final class ConfigOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Use this configuration file instead of looking for .fmlint.yaml.")
    String configFile;

    @Option(names = "--no-config", description = "Ignore configuration files; use the built-in recommended preset.")
    boolean noConfig;

    @Option(names = "--rule", paramLabel = "ID=LEVEL",
            description = "Set a rule to off, warning or error for this run (repeatable).")
    List<String> rules = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", description = "Turn a rule off for this run (repeatable).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--plugin", paramLabel = "FILE",
            description = "Load rules from a plugin jar (repeatable), besides the configuration's plugins. "
                    + "A plugin runs with your rights: load only jars you trust.")
    List<String> plugins = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "FILE|NAME",
            description = "JSON Schema for every file's front matter: a file, or a built-in name (blog-post). "
                    + "A $schema key in a file still wins.")
    String schema;
}
