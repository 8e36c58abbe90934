package dev.fmlint.spi;

import java.util.List;
import java.util.Map;

/** A rule's options as configured; each getter falls back to the rule's own default. */
public record RuleOptions(Map<String, Object> values) {
    public static final RuleOptions NONE = new RuleOptions(Map.of());

    public RuleOptions {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public String string(String name, String fallback) {
        Object v = values.get(name);
        return v instanceof String s ? s : fallback;
    }

    public int integer(String name, int fallback) {
        Object v = values.get(name);
        return v instanceof Number n ? n.intValue() : fallback;
    }

    public boolean bool(String name, boolean fallback) {
        Object v = values.get(name);
        return v instanceof Boolean b ? b : fallback;
    }

    public List<String> strings(String name, List<String> fallback) {
        Object v = values.get(name);
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return fallback;
    }
}
