package dev.fmlint.rules;

/** Which characters are Chinese, Japanese or Korean text or punctuation, for the rules that treat them apart. */
final class CjkText {
    /** Below this code point (the CJK radicals block) nothing is CJK text or full-width punctuation. */
    static final int FIRST = 0x2E80;

    private CjkText() {}

    /** Whether the text has any character from the CJK ranges at all: most texts do not, and are skipped. */
    static boolean mayHaveCjk(String text) {
        return mayHaveCjk(text, 0, text.length());
    }

    static boolean mayHaveCjk(String text, int from, int to) {
        for (int i = from; i < to; i++) { // no copy: a whole corpus is read here
            if (text.charAt(i) >= FIRST) {
                return true;
            }
        }
        return false;
    }

    /** Han ideographs, kana and bopomofo: the scripts written without spaces between words. */
    static boolean isCjk(int cp) {
        if (cp < FIRST) {
            return false; // the common case, without a script lookup
        }
        if ((cp >= 0x4E00 && cp <= 0x9FFC) || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FA)) {
            return true; // the common ideographs and kana, without a script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
    }

    /** Punctuation from the CJK symbols block and the full-width forms: 。，、；：！？（）「」《》… */
    static boolean isFullWidthPunctuation(int cp) {
        // The blocks CJK Symbols and Punctuation, Vertical Forms, CJK Compatibility Forms, and Halfwidth and
        // Fullwidth Forms. Curly quotes, dashes and "…" are shared with English text, so they do not count.
        boolean cjkBlock = (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE1F)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF);
        return cjkBlock && isPunctuation(cp);
    }

    static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
