package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;

/**
 * JUnit XML for Jenkins, GitLab and the GitHub test-report actions: one {@code <testsuite name="fmlint">},
 * one {@code <testcase>} per checked file (named by its path), and for a file with findings <em>one</em>
 * {@code <failure>} that lists all of them, one per line ({@code path:line:col: severity: message [rule]}, with
 * control characters in names and messages shown as escapes so that each finding stays on its own line).
 *
 * <p>Why one failure per file rather than one per finding: Jenkins' JUnit plugin, GitLab and most GitHub
 * report actions show only the first {@code <failure>} of a test case, so the other findings of the file
 * would silently disappear; and "a file is a test that passes or fails" keeps the counts meaningful
 * ({@code failures} is the number of files with findings, {@code tests} the number of files). The failure's
 * {@code message} counts the findings, its {@code type} is the highest severity. A file with only warnings
 * fails too, as in ESLint's JUnit output; use {@code --quiet} to report errors only. The XML carries no
 * timestamp or host name; times are the measured seconds.
 */
public final class JunitReporter implements Reporter {
    static final String SUITE = "fmlint";

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        int tests = run.files().size();
        long failures = run.filesWithProblems();
        String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + SUITE + "\"" + counts + " time=\"" + seconds(run.elapsed()) + "\">\n");
        out.write("  <testsuite name=\"" + SUITE + "\"" + counts + " skipped=\"0\" time=\""
                + seconds(run.elapsed()) + "\">\n");
        for (FileResult file : run.files()) {
            String head = "    <testcase name=\"" + XmlText.attribute(file.file()) + "\" classname=\"" + SUITE
                    + "\" time=\"" + seconds(file.elapsed()) + "\"";
            if (file.diagnostics().isEmpty()) {
                out.write(head + "/>\n");
                continue;
            }
            long errors = file.count(Severity.ERROR);
            long warnings = file.count(Severity.WARNING);
            out.write(head + ">\n");
            out.write("      <failure type=\"" + (errors > 0 ? "error" : "warning") + "\" message=\""
                    + XmlText.attribute(problems(errors, warnings)) + "\">");
            StringBuilder body = new StringBuilder();
            for (Diagnostic d : file.diagnostics()) {
                body.append(Printable.of(d.file())).append(':').append(d.start().line()).append(':')
                        .append(d.start().column()).append(": ").append(d.severity().label()).append(": ")
                        .append(Printable.of(d.message()))
                        .append(" [").append(d.ruleId()).append("]\n");
            }
            out.write(XmlText.content(body.toString()));
            out.write("</failure>\n");
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
        out.flush();
    }

    static String problems(long errors, long warnings) {
        long total = errors + warnings;
        return total + (total == 1 ? " problem (" : " problems (") + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning)" : " warnings)");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }
}
