package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.Position;
import dev.fmlint.report.RunResult;
import dev.fmlint.spi.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailOnTest {
    @Test
    void warningsFailOnlyWithFailOnWarning() {
        RunResult warnings = run(Severity.WARNING);
        assertFalse(FailOn.ERROR.failed(warnings));
        assertTrue(FailOn.WARNING.failed(warnings));
    }

    @Test
    void errorsAlwaysFail() {
        RunResult errors = run(Severity.ERROR, Severity.WARNING);
        assertTrue(FailOn.ERROR.failed(errors));
        assertTrue(FailOn.WARNING.failed(errors));
    }

    @Test
    void aCleanRunNeverFails() {
        assertFalse(FailOn.ERROR.failed(run()));
        assertFalse(FailOn.WARNING.failed(run()));
    }

    @Test
    void quietDoesNotHideWarningsFromTheThreshold() {
        // --quiet filters reports only; the exit code is computed on the full run.
        RunResult warnings = run(Severity.WARNING);
        assertTrue(FailOn.WARNING.failed(warnings));
        assertFalse(FailOn.WARNING.failed(warnings.errorsOnly()), "the filtered copy is for reports only");
    }

    private static RunResult run(Severity... severities) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Severity s : severities) {
            diagnostics.add(new Diagnostic("a.md", "some-rule", s, "m", new Position(1, 1), new Position(1, 2), null));
        }
        return new RunResult(List.of(new FileResult("a.md", diagnostics)), Duration.ZERO);
    }
}
