package dev.fmlint.audit;

import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.spi.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Counts findings by rule and keeps the files with the most findings, without keeping the findings. Fed in
 * file order on one thread.
 */
final class FindingsTally {
    private final int topFiles;
    private final Map<String, long[]> byRule = new HashMap<>(); // findings, files, errors, warnings
    /** Worst files so far; its head is the least bad, so it is the one to drop. */
    private final PriorityQueue<Ranked> worst;
    private long order;
    private long filesWithFindings;
    private long errors;
    private long warnings;

    FindingsTally(int topFiles) {
        this.topFiles = topFiles;
        this.worst = new PriorityQueue<>(Comparator.comparing(Ranked::count).reversed()
                .thenComparingLong(Ranked::order).reversed());
    }

    void add(FileResult result) {
        order++;
        List<Diagnostic> diagnostics = result.diagnostics();
        if (diagnostics.isEmpty()) {
            return;
        }
        filesWithFindings++;
        Set<String> rulesInFile = new HashSet<>();
        long fileErrors = 0;
        for (Diagnostic d : diagnostics) {
            long[] c = byRule.computeIfAbsent(d.ruleId(), k -> new long[4]);
            c[0]++;
            if (rulesInFile.add(d.ruleId())) {
                c[1]++;
            }
            if (d.severity() == Severity.ERROR) {
                c[2]++;
                fileErrors++;
            } else {
                c[3]++;
            }
        }
        errors += fileErrors;
        warnings += diagnostics.size() - fileErrors;
        worst.add(new Ranked(new FindingsSummary.FileCount(result.file(), diagnostics.size(), fileErrors,
                diagnostics.size() - fileErrors), order));
        if (worst.size() > topFiles) {
            worst.poll();
        }
    }

    FindingsSummary summary(String configuration) {
        List<FindingsSummary.RuleCount> rules = byRule.entrySet().stream()
                .map(e -> new FindingsSummary.RuleCount(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparingLong(FindingsSummary.RuleCount::findings).reversed()
                        .thenComparing(FindingsSummary.RuleCount::rule))
                .toList();
        List<Ranked> ranked = new ArrayList<>(worst);
        ranked.sort(Comparator.comparing(Ranked::count).reversed().thenComparingLong(Ranked::order));
        return new FindingsSummary(configuration, filesWithFindings, errors, warnings, rules,
                ranked.stream().map(Ranked::file).toList());
    }

    /** A file's count and its place in the scan, which breaks ties so the list never depends on timing. */
    private record Ranked(FindingsSummary.FileCount file, long order) {
        long count() {
            return file.findings();
        }
    }
}
