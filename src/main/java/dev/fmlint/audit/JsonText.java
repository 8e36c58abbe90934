package dev.fmlint.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java data as indented JSON, keeping map order: the stats document and the inferred schema are
 * read by people and diffed, so keys come in a meaningful order ({@code $schema} first, {@code type} before
 * {@code properties}), not in hash order as org.json writes them.
 */
public final class JsonText {
    private JsonText() {}

    /** Maps (in their order), lists, strings, numbers, booleans and null; anything else is a bug. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, "");
        return sb.append('\n').toString();
    }

    /** A share of a whole, rounded to 4 decimals, ready to write as a plain number. */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
        return s.signum() == 0 ? BigDecimal.ZERO : s.stripTrailingZeros();
    }

    private static void write(Object value, StringBuilder sb, String indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(s, sb);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger) {
            sb.append(value);
        } else if (value instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            object(map, sb, indent);
        } else if (value instanceof List<?> list) {
            array(list, sb, indent);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void object(Map<?, ?> map, StringBuilder sb, String indent) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        String inner = indent + "  ";
        sb.append("{\n");
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                sb.append(",\n");
            }
            first = false;
            sb.append(inner);
            string((String) e.getKey(), sb);
            sb.append(": ");
            write(e.getValue(), sb, inner);
        }
        sb.append('\n').append(indent).append('}');
    }

    private static void array(List<?> list, StringBuilder sb, String indent) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        // Short lists of plain values stay on one line, as people write enums and type arrays.
        boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List)
                && list.stream().mapToInt(v -> String.valueOf(v).length() + 4).sum() <= 80;
        if (flat) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                write(list.get(i), sb, indent);
            }
            sb.append(']');
            return;
        }
        String inner = indent + "  ";
        sb.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ",\n").append(inner);
            write(list.get(i), sb, inner);
        }
        sb.append('\n').append(indent).append(']');
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    // Line and paragraph separators are valid JSON but break JavaScript and some viewers.
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x7F) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
