package dev.fmlint.report;

/**
 * Makes a file name or message safe to print on a terminal or in a CI log: control characters, bidi
 * overrides and Unicode line separators become visible escapes ({@code \n}, <code>\\u001B</code>), so a hostile
 * name can neither start a forged log line (a newline, then {@code ::error}) nor recolour the terminal.
 * Everything else, spaces and CJK included, is kept as is.
 */
public final class Printable {
    private Printable() {}

    public static String of(String text) {
        return escape(text, false);
    }

    /** Like {@link #of} but keeps CR and LF, for formats that escape line breaks their own way. */
    static String keepingLineBreaks(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean lineBreak = cp == '\n' || cp == '\r';
            if (isUnsafe(cp) && !(keepLineBreaks && lineBreak)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                switch (cp) {
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append(String.format("\\u%04X", cp));
                }
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb == null ? text : sb.toString();
    }

    static boolean isUnsafe(int cp) {
        return Character.isISOControl(cp) // C0, DEL and C1, which includes ESC and the 8-bit CSI
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C
                || cp == 0x2028 || cp == 0x2029
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE); // unpaired halves
    }
}
