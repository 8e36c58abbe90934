package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter err = new StringWriter();
    private final ProgressLine line = new ProgressLine(new PrintWriter(err), now::get);

    @Test
    void redrawsAtMostTenTimesASecond() {
        line.fileDone(1, 500, "a.md");
        now.addAndGet(50_000_000L);
        line.fileDone(2, 500, "b.md");
        assertEquals(1, count(err.toString(), '\r'), "the second update came too soon");
        now.addAndGet(60_000_000L);
        line.fileDone(3, 500, "c.md");
        assertEquals(2, count(err.toString(), '\r'));
        assertTrue(err.toString().endsWith("\rfmlint: 3/500 files, 27 files/s c.md\u001b[K"), err.toString());
    }

    @Test
    void erasesItselfWhenDoneAndOnlyIfDrawn() {
        line.finished();
        assertEquals("", err.toString(), "nothing drawn, nothing to erase");
        line.fileDone(1, 500, "a.md");
        line.finished();
        assertTrue(err.toString().endsWith("\r\u001b[K"), err.toString());
    }

    @Test
    void longNamesKeepTheirEndAndFitTheTerminal() {
        String path = "docs/" + "深い/".repeat(30) + "最後のファイル.md";
        String rendered = ProgressLine.render(12, 3456, path, 2_000_000_000L);
        assertTrue(dev.fmlint.source.DisplayWidth.of(rendered) <= ProgressLine.WIDTH, rendered);
        assertTrue(rendered.startsWith("fmlint: 12/3456 files, 6 files/s …"), rendered);
        assertTrue(rendered.endsWith("最後のファイル.md"), rendered);
    }

    @Test
    void controlCharactersInNamesNeverReachTheTerminal() {
        String rendered = ProgressLine.render(1, 2, "evil\u001b[2J\u202e.md", 1);
        assertFalse(rendered.contains("\u001b") || rendered.contains("\u202e"), rendered);
        assertTrue(rendered.endsWith("evil\\u001B[2J\\u202E.md"), rendered);
    }

    @Test
    void onlyOnATerminalForBigRunsWithoutQuiet() {
        assertTrue(ProgressLine.wanted(true, false, ProgressLine.MIN_FILES));
        assertFalse(ProgressLine.wanted(false, false, 100_000));
        assertFalse(ProgressLine.wanted(true, true, 100_000));
        assertFalse(ProgressLine.wanted(true, false, ProgressLine.MIN_FILES - 1));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
