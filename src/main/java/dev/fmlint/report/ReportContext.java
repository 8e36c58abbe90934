package dev.fmlint.report;

import dev.fmlint.spi.RuleMeta;
import java.util.List;

/**
 * What reporters may need beyond the run itself, gathered once by the command line.
 *
 * @param toolVersion fmlint's version, or null for a development build (then left out of reports)
 * @param rules       every rule and core check of the run, in listing order, for SARIF rule metadata
 * @param docs        the rules' documentation pages
 * @param sources     the files' lines, for GitLab fingerprints
 * @param color       whether the text report may use ANSI colours
 * @param quiet       {@code --quiet}: report errors only (warnings still count for the exit code)
 * @param summary     {@code --summary}: add the per-rule table and the slowest files to the text report
 */
public record ReportContext(String toolVersion, List<RuleMeta> rules, RuleDocs docs, SourceLines sources,
                            boolean color, boolean quiet, boolean summary) {
    public ReportContext {
        rules = List.copyOf(rules);
        if (docs == null || sources == null) {
            throw new IllegalArgumentException("docs and sources are required (use RuleDocs.none(), SourceLines.none())");
        }
    }

    /** The same context without colour, for a report written to a file. */
    public ReportContext withoutColor() {
        return new ReportContext(toolVersion, rules, docs, sources, false, quiet, summary);
    }
}
