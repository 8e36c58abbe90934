package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.time.Duration;
import java.util.List;

/**
 * Everything found in one file, sorted by position.
 *
 * @param elapsed how long reading and checking the file took (zero when not measured); for {@code --summary}
 */
public record FileResult(String file, List<Diagnostic> diagnostics, Duration elapsed) {
    public FileResult {
        diagnostics = diagnostics.stream().sorted().toList();
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    public FileResult(String file, List<Diagnostic> diagnostics) {
        this(file, diagnostics, Duration.ZERO);
    }

    public FileResult withElapsed(Duration time) {
        return new FileResult(file, diagnostics, time);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
