package dev.fmlint.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON types a key's schema allows: every type seen in at least the outlier share of its values, and
 * always the most common one. A date is a string; an integer is also a number, so when both are common the
 * schema says {@code number}. Strings that are YAML slips ({@link YamlTraps}) count for the type meant.
 *
 * @param types JSON Schema type names, most common first
 */
record TypeChoice(List<String> types) {
    private static final List<String> ORDER = List.of("string", "integer", "number", "boolean", "null", "array", "object");

    static TypeChoice of(KeyStats key, double outlierShare) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ValueKind kind : ValueKind.values()) {
            counts.merge(jsonType(kind), key.kind(kind), Long::sum);
        }
        // A string that is a YAML slip counts for the type the writer meant, so its files are reported.
        if (YamlTraps.booleanWords(key)) {
            counts.merge("boolean", counts.put("string", 0L), Long::sum);
        } else if (YamlTraps.commaLists(key)) {
            counts.merge("array", counts.put("string", 0L), Long::sum);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        String most = counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(e -> -ORDER.indexOf(e.getKey()))).orElseThrow().getKey();
        List<String> kept = new ArrayList<>();
        counts.forEach((type, count) -> {
            if (count > 0 && (type.equals(most) || count >= outlierShare * total)) {
                kept.add(type);
            }
        });
        if (kept.contains("integer") && kept.contains("number")) {
            counts.merge("number", counts.get("integer"), Long::sum);
            kept.remove("integer");
        }
        kept.sort(Comparator.comparingLong((String t) -> counts.get(t)).reversed().thenComparing(ORDER::indexOf));
        return new TypeChoice(List.copyOf(kept));
    }

    boolean allows(String type) {
        return types.contains(type);
    }

    boolean only(String type) {
        return types.size() == 1 && types.get(0).equals(type);
    }

    /** The value of {@code "type"}: one name, or a list of them. */
    Object keyword() {
        return types.size() == 1 ? types.get(0) : types;
    }

    private static String jsonType(ValueKind kind) {
        return switch (kind) {
            case STRING, DATE -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case LIST -> "array";
            case MAPPING -> "object";
        };
    }
}
