package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HelpTest {
    private final Path cwd = Path.of("").toAbsolutePath();

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        CliRun run = CliRun.in(cwd, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("check"), run.out());
        assertTrue(run.out().contains("Exit codes:"));
        assertTrue(run.out().contains("2   usage, configuration or schema problem"), run.out());
    }

    @Test
    void checkHelpShowsExamples() {
        CliRun run = CliRun.in(cwd, "check", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"));
        assertTrue(run.out().contains("--stdin-filename"));
        assertTrue(run.out().contains("--max-warnings"));
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.in(cwd, "--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("fmlint "), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.in(cwd);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Usage: fmlint"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.in(cwd, "check", "--bogus");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--bogus'"), run.err());
    }
}
