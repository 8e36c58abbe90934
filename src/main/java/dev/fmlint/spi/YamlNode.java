package dev.fmlint.spi;

import dev.fmlint.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A front-matter value with its place in the file, already typed as JSON (YAML 1.2 core rules).
 * Mappings keep key order and the span of each key.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
    Span span();

    /** The JSON type name as JSON Schema says it: string, integer, number, boolean, null, array, object. */
    String jsonType();

    /** The value as plain Java data: String, Long, BigInteger, BigDecimal, Boolean, null, List or Map. */
    default Object data() {
        if (this instanceof Scalar s) {
            return s.value();
        }
        if (this instanceof Sequence seq) {
            java.util.List<Object> list = new java.util.ArrayList<>();
            seq.items().forEach(item -> list.add(item.data()));
            return java.util.Collections.unmodifiableList(list);
        }
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        ((Mapping) this).entries().forEach(e -> map.put(e.key(), e.value().data()));
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * A scalar.
     *
     * @param value  a String, Long, BigInteger, BigDecimal, Boolean, or null for YAML null
     * @param source the scalar's text as written, without quotes
     * @param plain  whether it was written without quotes or block indicators
     */
    record Scalar(Object value, String source, boolean plain, Span span) implements YamlNode {
        @Override
        public String jsonType() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String) {
                return "string";
            }
            if (value instanceof Boolean) {
                return "boolean";
            }
            return value instanceof java.math.BigDecimal ? "number" : "integer";
        }

        public Optional<String> asString() {
            return value instanceof String s ? Optional.of(s) : Optional.empty();
        }
    }

    record Sequence(List<YamlNode> items, boolean flow, Span span) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String jsonType() {
            return "array";
        }
    }

    record Mapping(List<Entry> entries, boolean flow, Span span) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String jsonType() {
            return "object";
        }

        public Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }
    }

    /** One key of a mapping: keys are always strings in front matter. */
    record Entry(String key, Span keySpan, YamlNode value) {}
}
