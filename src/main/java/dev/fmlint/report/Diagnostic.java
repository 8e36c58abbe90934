package dev.fmlint.report;

import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * One finding, ready to print.
 *
 * @param file     the path as reports show it
 * @param fix      a proposed fix, or null
 * @param fixEdits where each of the fix's edits applies, in the order of {@code fix.edits()}; empty without a fix.
 *                 Reports need lines and columns, and the fix itself only has offsets into the file's text.
 */
public record Diagnostic(String file, String ruleId, Severity severity, String message,
                         Position start, Position end, Fix fix, List<FixEdit> fixEdits)
        implements Comparable<Diagnostic> {
    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparing(Diagnostic::start)
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        fixEdits = fixEdits == null ? List.of() : List.copyOf(fixEdits);
        int expected = fix == null ? 0 : fix.edits().size();
        if (fixEdits.size() != expected) {
            throw new IllegalArgumentException("a diagnostic needs the position of each of its fix's " + expected
                    + " edits, got " + fixEdits.size());
        }
    }

    /** For callers without a fix (pass null): a fix also needs the positions of its edits. */
    public Diagnostic(String file, String ruleId, Severity severity, String message, Position start, Position end,
                      Fix fix) {
        this(file, ruleId, severity, message, start, end, fix, List.of());
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }
}
