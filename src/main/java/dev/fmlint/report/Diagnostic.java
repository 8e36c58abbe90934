package dev.fmlint.report;

import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Severity;
import java.util.Comparator;

/**
 * One finding, ready to print.
 *
 * @param file the path as reports show it
 * @param fix  a proposed fix, or null
 */
public record Diagnostic(String file, String ruleId, Severity severity, String message,
                         Position start, Position end, Fix fix) implements Comparable<Diagnostic> {
    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparing(Diagnostic::start)
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }
}
