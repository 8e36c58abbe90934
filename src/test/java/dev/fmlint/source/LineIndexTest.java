package dev.fmlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void linesEndAtLfCrlfAndLoneCr() {
        LineIndex idx = new LineIndex("a\nb\r\nc\rd");
        assertEquals(4, idx.lineCount());
        assertEquals(1, idx.line(0));
        assertEquals(2, idx.line(2));
        assertEquals(3, idx.line(5));
        assertEquals(4, idx.line(7));
        assertEquals("b", idx.lineText(2));
        assertEquals("c", idx.lineText(3));
    }

    @Test
    void columnsCountCodePoints() {
        String text = "中文😀x\n";
        LineIndex idx = new LineIndex(text);
        assertEquals(3, idx.column(text.indexOf("😀")));
        assertEquals(4, idx.column(text.indexOf("x")));
        assertEquals(text.indexOf('x'), idx.offset(1, 3));
    }

    @Test
    void offsetsPastTheEndAreClamped() {
        LineIndex idx = new LineIndex("ab\n");
        assertEquals(2, idx.line(99));
        assertEquals(1, idx.column(99));
    }
}
