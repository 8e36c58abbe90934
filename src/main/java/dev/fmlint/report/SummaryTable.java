package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --summary} tables: findings per rule (most frequent first) and the slowest files, so that a
 * noisy rule or a pathological file is easy to spot on a large corpus.
 */
public final class SummaryTable {
    static final int SLOWEST = 5;

    public void write(RunResult run, PrintWriter out) {
        Map<String, long[]> byRule = new TreeMap<>();
        for (FileResult file : run.files()) {
            for (Diagnostic d : file.diagnostics()) {
                byRule.computeIfAbsent(d.ruleId(), k -> new long[2])[d.severity() == Severity.ERROR ? 0 : 1]++;
            }
        }
        out.println("Findings by rule:");
        if (byRule.isEmpty()) {
            out.println("  none");
        } else {
            int width = Math.max("rule".length(), byRule.keySet().stream().mapToInt(String::length).max().orElse(0));
            out.println("  " + pad("rule", width) + "  errors  warnings");
            byRule.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.println("  " + pad(e.getKey(), width)
                            + String.format(Locale.ROOT, "  %6d  %8d", e.getValue()[0], e.getValue()[1])));
        }
        out.println();
        out.println("Slowest files:");
        List<FileResult> slowest = run.files().stream()
                .sorted(Comparator.comparing(FileResult::elapsed).reversed().thenComparing(FileResult::file))
                .limit(SLOWEST)
                .toList();
        if (slowest.isEmpty()) {
            out.println("  none");
        }
        for (FileResult file : slowest) {
            out.println("  " + String.format(Locale.ROOT, "%8s", millis(file.elapsed())) + "  "
                    + Printable.of(file.file()));
        }
        out.flush();
    }

    static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
