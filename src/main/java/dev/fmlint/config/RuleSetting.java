package dev.fmlint.config;

import java.util.Map;

/**
 * What the configuration says about one rule.
 *
 * @param level    off, warning, error, or the rule's default
 * @param options  the rule's options (empty when none are given)
 * @param origin   where this setting came from, for {@code print-config} ("preset recommended",
 *                 ".fmlint.yaml:7", "--rule")
 */
public record RuleSetting(Level level, Map<String, Object> options, String origin) {
    public RuleSetting {
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    public boolean enabled() {
        return level != Level.OFF;
    }
}
