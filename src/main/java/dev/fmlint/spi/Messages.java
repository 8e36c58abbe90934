package dev.fmlint.spi;

/** Makes untrusted text safe to echo in a one-line message. */
public final class Messages {
    private static final int MAX = 80;

    private Messages() {}

    /**
     * Escapes control and bidi characters and shortens long values, so a hostile value can neither forge
     * report lines (a newline followed by {@code ::error}) nor recolour a terminal.
     */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (++count > MAX) {
                sb.append('…');
                break;
            }
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (Character.isISOControl(cp) || isBidiControl(cp)) {
                        sb.append(String.format("\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Folds a library message onto one line and strips control characters. */
    public static String oneLine(String message) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < message.length(); ) {
            int cp = message.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else if (!Character.isISOControl(cp) && !isBidiControl(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString().trim();
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
