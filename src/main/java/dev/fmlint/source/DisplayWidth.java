package dev.fmlint.source;

/**
 * How many terminal columns text takes: East Asian wide and full-width characters count two, combining
 * marks and zero-width characters none, everything else one. A close approximation of Unicode's East Asian
 * Width property (UAX #11), for length limits where a CJK character takes the room of two Latin ones, and
 * for lining up terminal output. The one place fmlint measures display width.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += of(cp);
        }
        return width;
    }

    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** Text cut to at most {@code columns} columns, with an ellipsis when cut. */
    public static String clip(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (width + w > columns - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /** The end of text that fits in {@code columns} columns, with an ellipsis in front when cut. */
    public static String tail(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        int used = 1;
        int start = text.length();
        while (start > 0) {
            int cp = text.codePointBefore(start);
            if (used + of(cp) > columns) {
                break;
            }
            used += of(cp);
            start -= Character.charCount(cp);
        }
        return "…" + text.substring(start);
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)  // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)  // kana, bopomofo, Hangul compatibility, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)  // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)  // Yi
                || (cp >= 0xA960 && cp <= 0xA97F)  // Hangul Jamo extended A
                || (cp >= 0xAC00 && cp <= 0xD7A3)  // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)  // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)  // CJK compatibility forms, small form variants
                || (cp >= 0xFF00 && cp <= 0xFF60)  // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)  // full-width signs
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs and emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental symbols and pictographs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }
}
