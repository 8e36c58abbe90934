package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * fmlint's own JSON report, described by {@code schemas/report.schema.json}. The shape is stable: fields are
 * only ever added, and {@code schemaVersion} changes if one is removed or changes meaning. Every checked file
 * is listed, clean ones with no findings, so a consumer knows what was covered. Lines and columns are 1-based,
 * columns count Unicode code points, and an end position points just past the flagged text.
 */
public final class JsonReporter implements Reporter {
    /** The version of the report's shape (not of fmlint). */
    public static final int SCHEMA_VERSION = 1;

    private final String toolVersion;

    /** @param toolVersion fmlint's version, or null for a development build */
    public JsonReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "fmlint");
        tool.put("version", toolVersion);
        root.put("tool", tool);
        List<Object> files = new ArrayList<>();
        for (FileResult file : run.files()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", file.file());
            f.put("findings", file.diagnostics().stream().map(JsonReporter::finding).toList());
            files.add(f);
        }
        root.put("files", files);
        root.put("summary", summary(run));
        new JsonWriter(out).write(root);
        out.flush();
    }

    private static Map<String, Object> finding(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", d.ruleId());
        m.put("severity", d.severity().label());
        m.put("message", d.message());
        m.put("line", d.start().line());
        m.put("column", d.start().column());
        m.put("endLine", d.end().line());
        m.put("endColumn", d.end().column());
        if (d.fix() != null) {
            Map<String, Object> fix = new LinkedHashMap<>();
            fix.put("description", d.fix().description());
            fix.put("edits", d.fixEdits().stream().map(e -> {
                Map<String, Object> edit = new LinkedHashMap<>();
                edit.put("line", e.start().line());
                edit.put("column", e.start().column());
                edit.put("endLine", e.end().line());
                edit.put("endColumn", e.end().column());
                edit.put("replacement", e.replacement());
                return edit;
            }).toList());
            m.put("fix", fix);
        }
        return m;
    }

    private static Map<String, Object> summary(RunResult run) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("filesChecked", run.files().size());
        s.put("filesWithFindings", run.filesWithProblems());
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.label(), run.count(severity));
        }
        s.put("bySeverity", bySeverity);
        Map<String, Long> byRule = new TreeMap<>();
        run.files().forEach(f -> f.diagnostics().forEach(d -> byRule.merge(d.ruleId(), 1L, Long::sum)));
        s.put("byRule", new LinkedHashMap<String, Object>(byRule));
        s.put("elapsedMs", run.elapsed().toMillis());
        return s;
    }
}
