package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.time.Duration;
import java.util.List;

/** A whole run: every file checked, in a stable order, and how long it took. */
public record RunResult(List<FileResult> files, Duration elapsed) {
    public RunResult {
        files = List.copyOf(files);
    }

    public long count(Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }

    public long filesWithProblems() {
        return files.stream().filter(f -> !f.diagnostics().isEmpty()).count();
    }

    /** The same run with its warnings left out, for {@code --quiet}; every file stays listed. */
    public RunResult errorsOnly() {
        return new RunResult(files.stream()
                .map(f -> new FileResult(f.file(), f.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR).toList(), f.elapsed()))
                .toList(), elapsed);
    }
}
