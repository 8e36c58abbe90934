package dev.fmlint.engine;

import dev.fmlint.source.LineIndex;
import dev.fmlint.spi.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * One file's {@code fmlint-…} comments, once read: which findings they silence and what is said about the
 * comments themselves. It outlives the file's own pass when the run has a cross-file step, because findings
 * of that step land on the file later and must be silenced by the same comments; only then is it known which
 * disables silenced nothing. Not thread-safe: one file's comments are used by one thread at a time.
 */
final class FileComments {
    /** A file without comments: silences nothing, says nothing. */
    static final FileComments NONE = new FileComments(List.of(), List.of(), null, null, null);

    private final List<Finding> problems;
    private final List<Directive> directives;
    private final Suppressions suppressions;
    private final LineIndex lines;
    private final DirectiveFindings checks;

    FileComments(List<Finding> problems, List<Directive> directives, Suppressions suppressions, LineIndex lines,
                 DirectiveFindings checks) {
        this.problems = problems;
        this.directives = directives;
        this.suppressions = suppressions;
        this.lines = lines;
        this.checks = checks;
    }

    boolean isEmpty() {
        return this == NONE;
    }

    /** Whether a finding of this rule that starts on this 1-based line is silenced. */
    boolean silences(String ruleId, int line) {
        return suppressions != null && suppressions.silences(ruleId, line);
    }

    /** The comments' own problems, then the findings they do not silence. */
    List<Finding> keep(List<Finding> findings) {
        if (isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(problems);
        for (Finding f : findings) {
            if (!silences(f.ruleId(), lines.line(f.span().start()))) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * The disables that silenced nothing, when unused disables are reported; ask only after every finding
     * of the file has been through {@link #silences} or {@link #keep}.
     */
    List<Finding> unused(boolean report, FileSettings settings) {
        return isEmpty() || !report ? List.of() : checks.unused(directives, suppressions, settings);
    }
}
