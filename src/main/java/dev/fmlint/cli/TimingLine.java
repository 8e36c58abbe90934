package dev.fmlint.cli;

import dev.fmlint.report.RunResult;
import java.util.Locale;

/** The closing line on standard error: how many files, how long, how fast. */
final class TimingLine {
    private TimingLine() {}

    static String of(RunResult run) {
        int files = run.files().size();
        double seconds = run.elapsed().toNanos() / 1e9;
        String rate = seconds > 0 ? String.format(Locale.ROOT, "%.0f files/s", files / seconds) : "-";
        return String.format(Locale.ROOT, "fmlint: checked %d %s in %.2f s (%s)", files,
                files == 1 ? "file" : "files", seconds, rate);
    }
}
