package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.io.PrintWriter;

/**
 * The human report: {@code path:line:col  severity  message  rule-id}, grouped by file and sorted by line,
 * then a summary line. Colour only when asked (the caller decides from the terminal).
 */
public final class TextFormatter {
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean color;

    public TextFormatter(boolean color) {
        this.color = color;
    }

    public void write(RunResult run, PrintWriter out) {
        boolean first = true;
        for (FileResult file : run.files()) {
            if (file.diagnostics().isEmpty()) {
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            int locationWidth = 0;
            for (Diagnostic d : file.diagnostics()) {
                locationWidth = Math.max(locationWidth, location(d).length());
            }
            for (Diagnostic d : file.diagnostics()) {
                String location = location(d);
                String severity = d.severity().label();
                out.println(paint(DIM, location) + " ".repeat(locationWidth - location.length() + 2)
                        + paint(d.severity() == Severity.ERROR ? RED : YELLOW, severity)
                        + " ".repeat("warning".length() - severity.length() + 2)
                        + d.message() + "  " + paint(DIM, d.ruleId()));
            }
        }
        if (!first) {
            out.println();
        }
        out.println(paint(BOLD, summary(run)));
        out.flush();
    }

    public static String summary(RunResult run) {
        int files = run.files().size();
        long errors = run.count(Severity.ERROR);
        long warnings = run.count(Severity.WARNING);
        return files + (files == 1 ? " file" : " files") + " checked, " + run.filesWithProblems()
                + " with problems: " + errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }

    private static String location(Diagnostic d) {
        return d.file() + ":" + d.start().line() + ":" + d.start().column();
    }

    private String paint(String style, String text) {
        return color ? style + text + RESET : text;
    }
}
