package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The human report: {@code path:line:col  severity  message  rule-id}, grouped by file and sorted by line,
 * then a summary line. Colour only when asked (the caller decides from the terminal). File names and
 * messages are printed through {@link Printable}, so a control character can never reach the terminal.
 */
public final class TextReporter implements Reporter {
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean color;
    private final boolean quiet;
    private final boolean summary;

    /**
     * @param quiet   list errors only; the summary line still counts the warnings
     * @param summary add the per-rule table and the slowest files ({@link SummaryTable})
     */
    public TextReporter(boolean color, boolean quiet, boolean summary) {
        this.color = color;
        this.quiet = quiet;
        this.summary = summary;
    }

    @Override
    public void write(RunResult run, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        RunResult shown = quiet ? run.errorsOnly() : run;
        boolean first = true;
        for (FileResult file : shown.files()) {
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
                        + Printable.of(d.message()) + "  " + paint(DIM, d.ruleId()));
            }
        }
        if (!first) {
            out.println();
        }
        String line = summary(run);
        if (quiet && run.count(Severity.WARNING) > 0) {
            line += " (warnings not listed: --quiet)";
        }
        out.println(paint(BOLD, line));
        if (summary) {
            out.println();
            new SummaryTable().write(shown, out);
        }
        out.flush();
        if (out.checkError()) {
            throw new IOException("the text report could not be written");
        }
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
        return Printable.of(d.file()) + ":" + d.start().line() + ":" + d.start().column();
    }

    private String paint(String style, String text) {
        return color ? style + text + RESET : text;
    }
}
