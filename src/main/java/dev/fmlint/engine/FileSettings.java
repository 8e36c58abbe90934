package dev.fmlint.engine;

import dev.fmlint.spi.Severity;
import java.util.List;
import java.util.Map;

/**
 * What applies to one file: the rules that are on, the severity of every rule and core check that is on,
 * and how its schema is chosen. Files with the same settings share one instance.
 *
 * @param severities severity by rule id; a core check missing here is off (only {@code schema} can be)
 * @param inlineConfig whether {@code <!-- fmlint-disable -->} comments are honoured
 */
public record FileSettings(List<ConfiguredRule> rules, Map<String, Severity> severities, SchemaSelector schema,
                           boolean inlineConfig) {
    public FileSettings {
        rules = List.copyOf(rules);
        severities = Map.copyOf(severities);
    }

    /** Every rule at its default severity, every core check on, no schema: for tests and defaults. */
    public static FileSettings defaults(List<ConfiguredRule> rules, SchemaSelector schema) {
        Map<String, Severity> severities = new java.util.HashMap<>();
        CoreChecks.ALL.forEach(m -> severities.put(m.id(), m.defaultSeverity()));
        rules.forEach(r -> severities.put(r.rule().meta().id(), r.severity()));
        return new FileSettings(rules, severities, schema, true);
    }

    public boolean isOn(String id) {
        return severities.containsKey(id);
    }
}
