package dev.fmlint.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Prints a tree of {@link Map} (in its own key order), {@link List}, {@link String}, {@link Number},
 * {@link Boolean} and null as indented JSON. Key order is kept so reports are stable and diffable (org.json's
 * {@code JSONObject} would reorder keys). Strings escape every control character, the bidi overrides and
 * U+2028/U+2029 as <code>\\uXXXX</code>: lossless for JSON readers, harmless when the file is shown in a log.
 */
final class JsonWriter {
    private static final String INDENT = "  ";

    private final Appendable out;

    JsonWriter(Appendable out) {
        this.out = out;
    }

    /** Writes a value and a final newline. */
    void write(Object value) throws IOException {
        value(value, 0);
        out.append('\n');
    }

    private void value(Object value, int depth) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, int depth) throws IOException {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent(depth + 1);
            string((String) e.getKey(), out);
            out.append(": ");
            value(e.getValue(), depth + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) throws IOException {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            indent(depth + 1);
            value(list.get(i), depth + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    static void string(String s, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int start = i;
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Printable.isUnsafe(cp)) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(s, start, i);
                    }
                }
            }
        }
        out.append('"');
    }
}
