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
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
    }

    /** Punctuation from the CJK symbols block and the full-width forms: 。，、；：！？（）「」《》… */
    static boolean isFullWidthPunctuation(int cp) {
        if (cp < 0x3000) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        boolean cjkBlock = block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
        // Curly quotes, dashes and "…" are shared with English text, so they do not count.
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
