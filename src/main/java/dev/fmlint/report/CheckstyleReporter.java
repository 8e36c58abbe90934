package dev.fmlint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source/>}), which many
 * tools import (Jenkins Warnings NG, reviewdog, SonarQube, Danger). Every checked file is listed, clean ones
 * empty; {@code source} is {@code fmlint.rules.<rule-id>}.
 */
public final class CheckstyleReporter implements Reporter {
    /** The format version tools expect in the root element, as ESLint and others write it. */
    static final String FORMAT_VERSION = "4.3";

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
        for (FileResult file : run.files()) {
            String open = "  <file name=\"" + XmlText.attribute(file.file()) + "\"";
            if (file.diagnostics().isEmpty()) {
                out.write(open + "/>\n");
                continue;
            }
            out.write(open + ">\n");
            for (Diagnostic d : file.diagnostics()) {
                out.write("    <error line=\"" + d.start().line() + "\" column=\"" + d.start().column()
                        + "\" severity=\"" + d.severity().label() + "\" message=\""
                        + XmlText.attribute(d.message()) + "\" source=\"fmlint.rules." + d.ruleId() + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
        out.flush();
    }
}
