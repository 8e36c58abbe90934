package dev.fmlint.audit;

/**
 * One scalar value as counted: its kind and its text, so that the string {@code "5"} and the integer
 * {@code 5} stay apart.
 *
 * @param text the string itself, or the value as JSON writes it ({@code 5}, {@code 1.5}, {@code true},
 *             {@code null})
 */
public record ScalarValue(ValueKind kind, String text) {
    public ScalarValue {
        if (kind == ValueKind.LIST || kind == ValueKind.MAPPING) {
            throw new IllegalArgumentException("not a scalar kind: " + kind);
        }
    }

    /** Whether the value is a string (a date is one too). */
    public boolean isString() {
        return kind == ValueKind.STRING || kind == ValueKind.DATE;
    }
}
