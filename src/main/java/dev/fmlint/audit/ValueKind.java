package dev.fmlint.audit;

import dev.fmlint.spi.YamlNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a front-matter value is, as a person auditing a corpus thinks of it. Values are already typed by
 * YAML 1.2's JSON rules ({@link YamlNode}), so a date is a string; it gets its own kind here because "which
 * keys hold dates" is one of the first questions of an audit.
 */
public enum ValueKind {
    STRING("string"),
    /** A string that is an ISO 8601 date or date-time ({@code 2024-01-05}, {@code 2024-01-05T10:00:00Z}). */
    DATE("date"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    NULL("null"),
    LIST("list"),
    MAPPING("mapping");

    // Loose on purpose (space or T, zone optional): YAML writers produce all of these, and all read as dates.
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private final String label;

    ValueKind(String label) {
        this.label = label;
    }

    /** The name reports use. */
    public String label() {
        return label;
    }

    public static ValueKind of(YamlNode node) {
        if (node instanceof YamlNode.Sequence) {
            return LIST;
        }
        if (node instanceof YamlNode.Mapping) {
            return MAPPING;
        }
        Object value = ((YamlNode.Scalar) node).value();
        if (value == null) {
            return NULL;
        }
        if (value instanceof String s) {
            return isIsoDate(s) ? DATE : STRING;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        return value instanceof java.math.BigDecimal ? NUMBER : INTEGER;
    }

    /** Whether the text is an ISO date, or a date and time, with a real calendar date (not 2024-13-45). */
    static boolean isIsoDate(String text) {
        if (text.length() < 10 || text.length() > 40 || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
