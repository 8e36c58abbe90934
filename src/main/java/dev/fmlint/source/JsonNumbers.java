package dev.fmlint.source;

/**
 * The longest number in a JSON text, measured before org.json parses it: org.json turns a number into a
 * BigInteger or BigDecimal in time quadratic in its digits, so a file with megabytes of digits would stall
 * the run. Counts runs of number characters outside double-quoted strings; org.json's lenient extras
 * (single quotes, bare words) can only make a run look longer, never hide one.
 */
public final class JsonNumbers {
    private JsonNumbers() {}

    public static int longest(String json) {
        boolean inString = false;
        int run = 0;
        int longest = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                run = 0;
            } else if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                longest = Math.max(longest, ++run);
            } else {
                run = 0;
            }
        }
        return longest;
    }
}
