package dev.fmlint.cache;

import dev.fmlint.source.JsonNumbers;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONParserConfiguration;
import org.json.JSONTokener;

/**
 * JSON for plain data only (strings, numbers, booleans, null, lists, maps with string keys): the cache is
 * read as data and never names a class to build. Maps are written with sorted keys, so the same cache
 * is written as the same bytes.
 */
final class PlainJson {
    /** The cache nests five levels plus the facts rules keep; anything deeper is not ours. */
    static final int MAX_DEPTH = 32;
    /** Longer than any long or double the cache writes ({@code -1.7976931348623157E308} is 23). */
    static final int MAX_NUMBER_CHARS = 64;

    private PlainJson() {}

    /** A JSON object as a map, or an exception saying why the text is not one. */
    static Map<String, Object> readObject(String text) {
        // Quadratic to parse in its digits; the cache writes nothing longer than a long or a double.
        if (JsonNumbers.longest(text) > MAX_NUMBER_CHARS) {
            throw new IllegalArgumentException("not valid JSON for a cache: a number longer than "
                    + MAX_NUMBER_CHARS + " characters");
        }
        JSONParserConfiguration limits = new JSONParserConfiguration().withMaxNestingDepth(MAX_DEPTH);
        try {
            JSONTokener tokens = new JSONTokener(text);
            JSONObject object = new JSONObject(tokens, limits);
            if (tokens.nextClean() != 0) { // org.json stops after the object; a second value means damage
                throw new IllegalArgumentException("not valid JSON: text after the end of the object");
            }
            return object.toMap();
        } catch (JSONException | StackOverflowError e) {
            throw new IllegalArgumentException("not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** Whether a value is plain data no deeper than {@code depth} levels of lists and maps. */
    static boolean isPlain(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return true;
        }
        if (value instanceof Number n) {
            return Double.isFinite(n.doubleValue());
        }
        if (depth <= 0) {
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && isPlain(e.getValue(), depth - 1));
        }
        return value instanceof List<?> list && list.stream().allMatch(v -> isPlain(v, depth - 1));
    }

    static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append(JSONObject.quote(s));
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number n) {
            if (!Double.isFinite(n.doubleValue())) {
                throw new IllegalArgumentException("not plain data: " + n);
            }
            out.append(JSONObject.numberToString(n));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, ?> e : sorted(map).entrySet()) {
                out.append(first ? "" : ",").append(JSONObject.quote(e.getKey())).append(':');
                write(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not plain data: " + value.getClass().getName());
        }
    }

    private static Map<String, ?> sorted(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> {
            if (!(k instanceof String key)) {
                throw new IllegalArgumentException("map key is not a string: " + k);
            }
            sorted.put(key, v);
        });
        return sorted;
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        String line = m.indexOf('\n') < 0 ? m : m.substring(0, m.indexOf('\n'));
        return line.substring(0, Math.min(line.length(), 120));
    }
}
