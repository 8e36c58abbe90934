package dev.fmlint.report;

import java.util.List;

/** Everything found in one file, sorted by position. */
public record FileResult(String file, List<Diagnostic> diagnostics) {
    public FileResult {
        diagnostics = diagnostics.stream().sorted().toList();
    }

    public long count(dev.fmlint.spi.Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
