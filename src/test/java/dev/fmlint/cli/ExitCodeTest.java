package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes with {@code --fail-on}, {@code --max-warnings} and {@code --quiet}, through the real entry
 * point. The built-in rules report errors only, so warnings are covered by {@link FailOnTest}.
 */
class ExitCodeTest {
    @TempDir
    Path dir;

    @Test
    void aCleanRunExitsZeroWhateverTheThreshold() {
        Posts.write(dir, "a.md", Posts.CLEAN);
        assertEquals(0, CliRun.in(dir, "check", "a.md").exitCode());
        assertEquals(0, CliRun.in(dir, "check", "--fail-on", "warning", "a.md").exitCode());
        assertEquals(0, CliRun.in(dir, "check", "--fail-on", "error", "--max-warnings", "0", "a.md").exitCode());
    }

    @Test
    void errorsExitOneWhateverTheThreshold() {
        Posts.write(dir, "b.md", Posts.SKIPPED_HEADING);
        assertEquals(1, CliRun.in(dir, "check", "b.md").exitCode());
        assertEquals(1, CliRun.in(dir, "check", "--fail-on", "error", "b.md").exitCode());
        assertEquals(1, CliRun.in(dir, "check", "--fail-on", "warning", "b.md").exitCode());
        assertEquals(1, CliRun.in(dir, "check", "--fail-on", "WARNING", "--max-warnings", "5", "b.md").exitCode());
    }

    @Test
    void anUnknownThresholdIsAUsageError() {
        Posts.write(dir, "a.md", Posts.CLEAN);
        CliRun run = CliRun.in(dir, "check", "--fail-on", "info", "a.md");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'info' is not a severity; use error or warning"), run.err());
    }

    @Test
    void quietListsErrorsKeepsTheExitCodeAndDropsTheTimingLine() {
        Posts.write(dir, "b.md", Posts.SKIPPED_HEADING);
        CliRun run = CliRun.in(dir, "check", "--quiet", "b.md");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("heading jumps from h1 to h3"), run.out());
        assertFalse(run.err().contains("fmlint: checked"), run.err());
        assertEquals("", run.err());
    }

    @Test
    void helpDocumentsTheThreshold() {
        CliRun run = CliRun.in(dir, "check", "--help");
        assertTrue(run.out().contains("1   errors found (warnings too with --fail-on warning)"), run.out());
    }
}
