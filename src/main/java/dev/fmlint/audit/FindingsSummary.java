package dev.fmlint.audit;

import java.util.List;

/**
 * The linter's findings over the corpus.
 *
 * @param configuration which configuration produced them, in words ({@code .fmlint.yaml}, or the recommended
 *                      preset because none was found)
 * @param filesWithFindings files with at least one finding
 * @param byRule        per rule, most findings first
 * @param topFiles      the files with the most findings, most first (capped)
 */
public record FindingsSummary(String configuration, long filesWithFindings, long errors, long warnings,
                              List<RuleCount> byRule, List<FileCount> topFiles) {
    public FindingsSummary {
        byRule = List.copyOf(byRule);
        topFiles = List.copyOf(topFiles);
    }

    public long total() {
        return errors + warnings;
    }

    /** One rule's findings: how many, in how many files, and of which severity. */
    public record RuleCount(String rule, long findings, long files, long errors, long warnings) {}

    /** One file's findings. */
    public record FileCount(String file, long findings, long errors, long warnings) {}
}
