package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fast paths of CjkText agree with the Unicode tables they stand in for. */
class CjkTextTest {
    @Test
    void onlyTwoToneMarksAreCjkBelowTheCutOff() {
        int count = 0;
        for (int cp = 0; cp < CjkText.FIRST; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
                count++;
            }
        }
        assertEquals(2, count);
    }

    @Test
    void fastPathsAgreeWithScriptsAndBlocks() {
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean cjk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
            int c = cp;
            // Below U+2E80 only two Bopomofo tone marks (U+02EA, U+02EB) are CJK; they are not counted, on purpose.
            boolean expected = cjk && cp >= CjkText.FIRST;
            assertEquals(expected, CjkText.isCjk(cp), () -> "isCjk " + Integer.toHexString(c));
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            boolean inBlock = block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.VERTICAL_FORMS
                    || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
            assertEquals(inBlock && CjkText.isPunctuation(cp), CjkText.isFullWidthPunctuation(cp),
                    () -> "isFullWidthPunctuation " + Integer.toHexString(c));
        }
    }
}
