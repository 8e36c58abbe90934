package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingTextTest {
    @Test
    void asciiTextIsCollapsedAndTrimmedLikeAnyOther() {
        assertEquals("", HeadingText.normalize(""));
        assertEquals("", HeadingText.normalize(" \t "));
        assertEquals("Lambda expressions in C++", HeadingText.normalize("Lambda expressions in C++"));
        assertEquals("a b", HeadingText.normalize("  a \t\n b  "));
        assertEquals("a b", HeadingText.normalize("a\u000bb"));
        assertEquals("a b", HeadingText.normalize("a\u001fb"));
        assertEquals("a b", HeadingText.normalize("a  b"));
        assertEquals("a", HeadingText.normalize("a "));
    }

    @Test
    void otherTextIsCollapsedOnEveryKindOfSpaceAndNfcNormalised() {
        assertEquals("a b", HeadingText.normalize("a\u00a0\u3000b"));
        assertEquals("\u00e9t\u00e9", HeadingText.normalize(" e\u0301te\u0301 "));
        assertEquals("\u00e9 x", HeadingText.normalize("\u00e9  x"));
    }
}
