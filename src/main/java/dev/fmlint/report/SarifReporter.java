package dev.fmlint.report;

import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the driver with every rule's metadata (short and
 * full description, help text and a link to the rule's page, default level, tags), and one result per finding
 * with its rule, level, message and physical location. Artifact URIs are relative to the folder fmlint ran in
 * (the repository root in CI) under the {@code %SRCROOT%} base id; columns count Unicode code points, which
 * {@code columnKind} says. A finding's fix becomes a SARIF fix with one replacement per edit. No timestamps or
 * invocation details are written, so the same run always gives the same file.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/fmlint/fmlint";
    static final String SRCROOT = "%SRCROOT%";

    private final String toolVersion;
    private final List<RuleMeta> catalog;
    private final RuleDocs docs;

    /**
     * @param toolVersion fmlint's version, or null for a development build (then left out)
     * @param catalog     every rule and core check of the run, in listing order
     */
    public SarifReporter(String toolVersion, List<RuleMeta> catalog, RuleDocs docs) {
        this.toolVersion = toolVersion;
        this.catalog = List.copyOf(catalog);
        this.docs = docs;
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        List<String> ruleIds = new ArrayList<>();
        List<Object> rules = new ArrayList<>();
        for (RuleMeta meta : catalog) {
            ruleIds.add(meta.id());
            rules.add(rule(meta));
        }
        // A finding from a rule the catalog does not list still needs a descriptor for its ruleIndex.
        TreeSet<String> unknown = new TreeSet<>();
        run.files().forEach(f -> f.diagnostics().forEach(d -> {
            if (!ruleIds.contains(d.ruleId())) {
                unknown.add(d.ruleId());
            }
        }));
        for (String id : unknown) {
            ruleIds.add(id);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id);
            r.put("shortDescription", text(id));
            r.put("helpUri", RuleDocs.url(id));
            rules.add(r);
        }

        List<Object> results = new ArrayList<>();
        for (FileResult file : run.files()) {
            for (Diagnostic d : file.diagnostics()) {
                results.add(result(d, ruleIds.indexOf(d.ruleId())));
            }
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "fmlint");
        if (toolVersion != null) {
            driver.put("version", toolVersion);
        }
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", rules);
        Map<String, Object> sarifRun = new LinkedHashMap<>();
        sarifRun.put("tool", Map.of("driver", driver));
        sarifRun.put("columnKind", "unicodeCodePoints");
        sarifRun.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(sarifRun));
        new JsonWriter(out).write(root);
        out.flush();
    }

    private Map<String, Object> rule(RuleMeta meta) {
        Optional<String> page = docs.page(meta.id());
        String url = RuleDocs.url(meta.id());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", meta.id());
        r.put("shortDescription", text(meta.summary()));
        r.put("fullDescription", text(page.flatMap(SarifReporter::firstParagraph).orElse(meta.summary())));
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("text", page.orElse(meta.summary() + "\n\nDocumentation: " + url));
        help.put("markdown", page.orElse(meta.summary() + "\n\n[Documentation](" + url + ")"));
        r.put("help", help);
        r.put("helpUri", url);
        r.put("defaultConfiguration", Map.of("level", level(meta.defaultSeverity())));
        r.put("properties", Map.of("tags", new ArrayList<>(new TreeSet<>(meta.tags()))));
        return r;
    }

    private static Map<String, Object> result(Diagnostic d, int ruleIndex) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", d.ruleId());
        r.put("ruleIndex", ruleIndex);
        r.put("level", level(d.severity()));
        r.put("message", text(d.message()));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact(d.file()));
        physical.put("region", region(d.start(), d.end()));
        r.put("locations", List.of(Map.of("physicalLocation", physical)));
        if (d.fix() != null) {
            List<Object> replacements = new ArrayList<>();
            for (FixEdit edit : d.fixEdits()) {
                Map<String, Object> replacement = new LinkedHashMap<>();
                replacement.put("deletedRegion", region(edit.start(), edit.end()));
                if (!edit.replacement().isEmpty()) {
                    replacement.put("insertedContent", text(edit.replacement()));
                }
                replacements.add(replacement);
            }
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("artifactLocation", artifact(d.file()));
            change.put("replacements", replacements);
            Map<String, Object> fix = new LinkedHashMap<>();
            fix.put("description", text(d.fix().description()));
            fix.put("artifactChanges", List.of(change));
            r.put("fixes", List.of(fix));
        }
        return r;
    }

    private static Map<String, Object> artifact(String file) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("uri", ArtifactUri.of(file));
        a.put("uriBaseId", SRCROOT);
        return a;
    }

    /** A region whose end column is the column just past its text, as SARIF counts. */
    private static Map<String, Object> region(Position start, Position end) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("startLine", start.line());
        r.put("startColumn", start.column());
        r.put("endLine", end.line());
        r.put("endColumn", end.column());
        return r;
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    /** The first paragraph after the page's title: the rule's description in a sentence or two. */
    static Optional<String> firstParagraph(String page) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : page.split("\\R", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(trimmed);
        }
        return paragraph.length() == 0 ? Optional.empty() : Optional.of(paragraph.toString());
    }
}
