package dev.fmlint.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Escaping for the HTML report. Every key, value and file name comes from files someone else wrote, so
 * everything printed goes through here: markup characters become entities, and control and bidi characters
 * become visible {@code \u202E} text so a value can neither hide itself nor reorder the page.
 */
final class Html {
    private Html() {}

    /** Text for an element's content or a quoted attribute value. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isISOControl(cp) || isBidiControl(cp) || Character.getType(cp) == Character.SURROGATE
                            || cp == 0xFEFF) {
                        sb.append(String.format("\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Like {@link #text}, cut to {@code max} code points with an ellipsis. */
    static String clipped(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return text(s);
        }
        return text(s.substring(0, s.offsetByCodePoints(0, max - 1))) + "…";
    }

    /**
     * A relative link to a file, every byte outside {@code A-Z a-z 0-9 - . _ ~} percent-encoded, so no file
     * name can become a {@code javascript:} address, a query or a fragment.
     */
    static String href(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path segment : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            for (byte b : segment.toString().getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '.' || c == '_' || c == '~') {
                    sb.append((char) c);
                } else {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
                }
            }
        }
        return sb.toString();
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
