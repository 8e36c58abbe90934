package dev.fmlint.report;

/**
 * Escapes text for XML 1.0 reports. Markup characters become entities; in attributes, tab and line breaks
 * become character references so that parsers do not fold them into spaces (a file name with a newline
 * survives). Characters XML 1.0 cannot carry at all, not even as references (most C0 controls, U+FFFE,
 * U+FFFF, unpaired surrogates), are written as a visible <code>\\uXXXX</code> so the report stays well-formed.
 * DEL, C1 controls, bidi overrides and Unicode line separators are written as character references: the
 * parsed value is unchanged, but the raw file cannot mislead a viewer.
 */
final class XmlText {
    private XmlText() {}

    static String attribute(String value) {
        return escape(value, true);
    }

    static String content(String value) {
        return escape(value, false);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int start = i;
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;"); // a raw CR would be normalised away even in content
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (allowed(cp) && Printable.isUnsafe(cp)) {
                        // DEL, C1, bidi overrides, U+2028/9: legal, but kept out of the raw file so that
                        // viewers and logs cannot be tricked by them; parsers read the same character.
                        sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
                    } else if (allowed(cp)) {
                        sb.append(value, start, i);
                    } else {
                        sb.append(String.format("\\u%04X", cp));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The XML 1.0 {@code Char} production. */
    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
