package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations on the pull
 * request: {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message}.
 *
 * <p>Escaping follows the runner's rules: in the message {@code %}, CR and LF become {@code %25},
 * {@code %0D} and {@code %0A}; property values additionally escape {@code :} and {@code ,}. A file name or
 * message can therefore never end the command early or start a second, forged one on a new line. Other
 * control characters are shown as <code>\\uXXXX</code> so they cannot reach the log viewer either.
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(RunResult run, Writer out) throws IOException {
        for (FileResult file : run.files()) {
            for (Diagnostic d : file.diagnostics()) {
                out.write("::" + (d.severity() == Severity.ERROR ? "error" : "warning")
                        + " file=" + property(d.file())
                        + ",line=" + d.start().line()
                        + ",col=" + d.start().column()
                        + ",endLine=" + d.end().line()
                        + ",endColumn=" + d.end().column()
                        + ",title=" + property("fmlint: " + d.ruleId())
                        + "::" + data(d.message()) + "\n");
            }
        }
        out.flush();
    }

    static String data(String value) {
        return Printable.keepingLineBreaks(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
