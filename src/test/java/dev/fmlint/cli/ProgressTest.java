package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line through the real entry point: only on a terminal, only for big runs, never on stdout. */
class ProgressTest {
    @TempDir
    Path dir;

    private void posts(int count) {
        for (int i = 0; i < count; i++) {
            Posts.write(dir, String.format("posts/p%04d.md", i), Posts.CLEAN);
        }
    }

    @Test
    void aBigRunOnATerminalShowsProgressOnStandardErrorAndErasesIt() {
        posts(ProgressLine.MIN_FILES);
        CliRun run = CliRun.interactive(dir, "check", "--format", "json", "posts");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("\rfmlint: "), run.err());
        assertTrue(run.err().contains("/" + ProgressLine.MIN_FILES + " files, "), run.err());
        assertTrue(run.err().contains("\r\u001b[Kfmlint: checked " + ProgressLine.MIN_FILES + " files in "),
                "erased before the timing line: " + run.err());
        assertFalse(run.out().contains("\r") || run.out().contains("\u001b"), "stdout stays clean");
        ReportOptionsTest.json(run.out());
    }

    @Test
    void neverWhenNotInteractive() {
        posts(ProgressLine.MIN_FILES);
        CliRun run = CliRun.in(dir, "check", "posts");
        assertEquals(0, run.exitCode());
        assertFalse(run.err().contains("\r"), run.err());
        assertTrue(run.err().startsWith("fmlint: checked " + ProgressLine.MIN_FILES + " files"), run.err());
    }

    @Test
    void neverForASmallRunOrWithQuiet() {
        posts(ProgressLine.MIN_FILES - 1);
        assertFalse(CliRun.interactive(dir, "check", "posts").err().contains("\r"));
        Posts.write(dir, "posts/extra.md", Posts.CLEAN);
        assertEquals("", CliRun.interactive(dir, "check", "--quiet", "posts").err());
    }
}
