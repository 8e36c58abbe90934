package dev.fmlint.plugin;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded plugin jar.
 *
 * @param name  the jar as messages name it
 * @param rules its rules, in the order its providers list them
 */
public record Plugin(Path jar, String name, List<PluginRule> rules) {
    public Plugin {
        rules = List.copyOf(rules);
    }
}
