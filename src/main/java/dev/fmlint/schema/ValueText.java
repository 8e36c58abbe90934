package dev.fmlint.schema;

import dev.fmlint.spi.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Describes JSON values in messages. Every string that came from a document or a schema goes through
 * {@link Messages#quote}, so a hostile value can neither break the report line nor flood it.
 */
final class ValueText {
    private static final int MAX_ITEMS = 5;
    private static final int MAX_DEPTH = 2;
    private static final int MAX_REASON = 120;

    private ValueText() {}

    /** The JSON type with its article: {@code a string}, {@code an integer}, {@code null}. */
    static String kind(Object value) {
        if (value == null || value == JSONObject.NULL) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return "a number";
        }
        if (value instanceof Number) {
            return "an integer";
        }
        return value instanceof JSONArray ? "an array" : "an object";
    }

    /** The type and, for a scalar, the value: {@code a string ("AI, 2024")}, {@code an integer (3)}. */
    static String found(Object value) {
        if (value instanceof JSONArray || value instanceof JSONObject || value == null || value == JSONObject.NULL) {
            return kind(value);
        }
        return kind(value) + " (" + literal(value) + ")";
    }

    /** The value as JSON-like text: strings quoted and escaped, long arrays and objects shortened. */
    static String literal(Object value) {
        return literal(value, 0);
    }

    /** Values joined for a list: {@code "a", "b", "c"}. */
    static String list(List<?> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.size() && i < 10; i++) {
            parts.add(literal(values.get(i)));
        }
        if (values.size() > 10) {
            parts.add("… (" + values.size() + " values in all)");
        }
        return String.join(", ", parts);
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    static String orList(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** {@code 1 character}, {@code 75 characters}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A library message or other semi-trusted text on one line, shortened: for reasons taken from
     * exceptions, which may quote the input they choked on.
     */
    static String clip(String text) {
        String line = Messages.oneLine(text == null ? "" : text);
        return line.codePointCount(0, line.length()) <= MAX_REASON ? line
                : line.substring(0, line.offsetByCodePoints(0, MAX_REASON)) + "…";
    }

    /** String length as JSON Schema counts it: in code points, so one CJK character or emoji is one. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String literal(Object value, int depth) {
        if (value instanceof String s) {
            return "\"" + Messages.quote(s) + "\"";
        }
        if (value == null || value == JSONObject.NULL) {
            return "null";
        }
        if (value instanceof JSONArray array) {
            if (depth >= MAX_DEPTH) {
                return "[…]";
            }
            List<String> items = new ArrayList<>();
            for (int i = 0; i < array.length() && i < MAX_ITEMS; i++) {
                items.add(literal(array.get(i), depth + 1));
            }
            return "[" + String.join(", ", items) + (array.length() > MAX_ITEMS ? ", …" : "") + "]";
        }
        if (value instanceof JSONObject object) {
            if (depth >= MAX_DEPTH) {
                return "{…}";
            }
            List<String> entries = new ArrayList<>();
            for (String key : object.keySet().stream().sorted().limit(MAX_ITEMS).toList()) {
                entries.add("\"" + Messages.quote(key) + "\": " + literal(object.get(key), depth + 1));
            }
            return "{" + String.join(", ", entries) + (object.length() > MAX_ITEMS ? ", …" : "") + "}";
        }
        return Messages.quote(String.valueOf(value));
    }
}
