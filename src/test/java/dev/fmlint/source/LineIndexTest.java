package dev.fmlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void knowsWhetherTheTextIsAllAscii() {
        assertTrue(new LineIndex("plain\r\ntext ~\u007f").ascii());
        assertTrue(new LineIndex("").ascii());
        assertFalse(new LineIndex("caf\u00e9").ascii());
        assertFalse(new LineIndex("a\n\u4e2d").ascii());
        LineIndex ascii = new LineIndex("ab\ncd");
        assertEquals(2, ascii.column(4));
        LineIndex latin = new LineIndex("\u00e9\ud83d\ude00x");
        assertEquals(3, latin.column(3)); // the emoji is one column, two UTF-16 units
    }
}
