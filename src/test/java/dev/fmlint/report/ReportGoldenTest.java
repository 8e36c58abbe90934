package dev.fmlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fmlint.engine.ConfiguredRule;
import dev.fmlint.engine.CoreChecks;
import dev.fmlint.engine.FileSettings;
import dev.fmlint.engine.Linter;
import dev.fmlint.engine.SchemaSelector;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.rules.FrontmatterRequired;
import dev.fmlint.rules.HeadingIncrement;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleMeta;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every report format on one fixed run, compared byte for byte with the files in
 * {@code src/test/resources/golden/reporters/}. After a deliberate change, regenerate them with
 * {@code mvn test -Dfmlint.updateGolden=true} and review the diff.
 *
 * <p>The run is made by the real {@link Linter} on the files in {@code input/}, shown under names that
 * stress every format's escaping (spaces, a comma and colon and {@code %}, CJK, a newline, an ESC and a bidi
 * override), with two test-only rules that bring warnings, fixes and hostile messages. The rules and the
 * catalog are listed here rather than loaded, so that new built-in rules do not change these files; times
 * are fixed so the files are stable.
 */
class ReportGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/reporters");
    static final boolean UPDATE = Boolean.getBoolean("fmlint.updateGolden");
    static final String VERSION = "1.2.3-test";

    /** Input file and the name the reports show for it, in report order. */
    static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("clean.md", "posts/clean.md");
        NAMES.put("headings.md", "posts/headings.md");
        NAMES.put("no-front-matter.md", "posts/with space, comma: colon 100%.md");
        NAMES.put("cjk.md", "posts/中文 笔记.md");
        NAMES.put("broken-yaml.md", "posts/new\nline.md");
        NAMES.put("forgery.md", "posts/evil\u202e\u001b[2Jdm.md");
    }

    static final List<Rule> RULES = List.of(new FrontmatterRequired(), new HeadingIncrement(),
            new FixtureRules.TrailingSpace(), new FixtureRules.EchoMarker());

    static final RuleDocs DOCS = id -> id.equals("heading-increment")
            ? Optional.of("# heading-increment\n\nHeading levels go down one step at a time:\nh2, then h3.\n\n"
                    + "## Why\n\nSkipped levels break the outline.\n")
            : Optional.empty();

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    private static final RunResult RUN = run();

    static RunResult run() {
        Linter linter = new Linter(YamlComposer.Limits.DEFAULT);
        FileSettings settings = FileSettings.defaults(RULES.stream().map(ConfiguredRule::withDefaults).toList(),
                SchemaSelector.NONE);
        List<FileResult> files = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            String text = read(DIR.resolve("input").resolve(e.getKey()));
            TEXTS.put(e.getValue(), text);
            FileResult result = linter.lint(SourceFile.of(null, e.getValue(), text, false), settings);
            files.add(result.withElapsed(Duration.ofNanos(1_500_000L * ++i + 250_000)));
        }
        return new RunResult(files, Duration.ofMillis(42));
    }

    static ReportContext context(boolean quiet, boolean summary) {
        List<RuleMeta> catalog = new ArrayList<>(CoreChecks.ALL);
        RULES.forEach(r -> catalog.add(r.meta()));
        SourceLines lines = (file, line) -> Optional.ofNullable(TEXTS.get(file))
                .map(t -> t.split("\n", -1))
                .filter(l -> line >= 1 && line <= l.length)
                .map(l -> l[line - 1]);
        return new ReportContext(VERSION, catalog, DOCS, lines, false, quiet, summary);
    }

    static String render(String format, boolean quiet, boolean summary) {
        StringWriter out = new StringWriter();
        try {
            Reporters.create(format, context(quiet, summary)).write(RUN, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("text", false, false, "expected.txt"),
                Arguments.of("text", true, false, "expected-quiet.txt"),
                Arguments.of("text", false, true, "expected-summary.txt"),
                Arguments.of("json", false, false, "expected.json"),
                Arguments.of("json", true, false, "expected-quiet.json"),
                Arguments.of("sarif", false, false, "expected.sarif"),
                Arguments.of("junit", false, false, "expected.junit.xml"),
                Arguments.of("github", false, false, "expected.github.txt"),
                Arguments.of("gitlab", false, false, "expected.gitlab.json"),
                Arguments.of("checkstyle", false, false, "expected.checkstyle.xml"));
    }

    @ParameterizedTest(name = "{0} quiet={1} summary={2} -> {3}")
    @MethodSource("goldens")
    void matchesGoldenFile(String format, boolean quiet, boolean summary, String golden) throws IOException {
        String actual = render(format, quiet, summary);
        Path file = DIR.resolve(golden);
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail(file + " is missing; create it with: mvn test -Dfmlint.updateGolden=true");
        }
        assertEquals(read(file), actual, format + " report differs from " + file
                + " (if the change is intended: mvn test -Dfmlint.updateGolden=true, then review the diff)");
    }

    @Test
    void theRunCoversWhatTheFormatsMustShow() {
        List<Diagnostic> all = RUN.files().stream().flatMap(f -> f.diagnostics().stream()).toList();
        assertTrue(all.stream().anyMatch(d -> d.fix() != null && d.fixEdits().get(0).replacement().isEmpty()),
                "a deleting fix");
        assertTrue(all.stream().anyMatch(d -> d.fix() != null
                && d.fixEdits().get(0).start().equals(d.fixEdits().get(0).end())), "an inserting fix");
        assertTrue(all.stream().anyMatch(d -> d.message().contains("%") && d.message().contains(":")
                && d.message().contains("\n")), "a message with %, : and a newline");
        assertTrue(RUN.count(dev.fmlint.spi.Severity.WARNING) > 0 && RUN.count(dev.fmlint.spi.Severity.ERROR) > 0);
        assertTrue(RUN.files().stream().anyMatch(f -> f.diagnostics().isEmpty()), "a clean file");
    }

    @Test
    void sarifMatchesTheOfficialSchemaWithRuleMetadataAndFixes() {
        JSONObject sarif = ReportValidators.sarif(render("sarif", false, false));
        JSONObject run = sarif.getJSONArray("runs").getJSONObject(0);
        JSONArray rules = run.getJSONObject("tool").getJSONObject("driver").getJSONArray("rules");
        JSONArray results = run.getJSONArray("results");
        assertEquals(RUN.files().stream().mapToInt(f -> f.diagnostics().size()).sum(), results.length());
        for (int i = 0; i < results.length(); i++) {
            JSONObject result = results.getJSONObject(i);
            JSONObject rule = rules.getJSONObject(result.getInt("ruleIndex"));
            assertEquals(result.getString("ruleId"), rule.getString("id"), "ruleIndex points at the rule");
            assertTrue(rule.getString("helpUri").endsWith("/rules/" + rule.getString("id") + ".md"));
        }
        JSONObject heading = rules.getJSONObject(indexOf(rules, "heading-increment"));
        assertEquals("Heading levels go down one step at a time: h2, then h3.",
                heading.getJSONObject("fullDescription").getString("text"));
        assertTrue(heading.getJSONObject("help").getString("markdown").startsWith("# heading-increment"));
        assertEquals("unicodeCodePoints", run.getString("columnKind"));
    }

    @Test
    void sarifUrisDecodeToTheReportedNames() {
        JSONArray results = ReportValidators.sarif(render("sarif", false, false))
                .getJSONArray("runs").getJSONObject(0).getJSONArray("results");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < results.length(); i++) {
            JSONObject location = results.getJSONObject(i).getJSONArray("locations").getJSONObject(0)
                    .getJSONObject("physicalLocation").getJSONObject("artifactLocation");
            assertEquals("%SRCROOT%", location.getString("uriBaseId"));
            names.add(java.net.URI.create(location.getString("uri")).getPath());
        }
        Set<String> expected = new HashSet<>(NAMES.values());
        expected.remove("posts/clean.md");
        assertEquals(expected, names);
    }

    @Test
    void jsonMatchesItsSchemaAndKeepsNamesExactly() {
        for (boolean quiet : new boolean[] {false, true}) {
            JSONObject report = ReportValidators.jsonReport(render("json", quiet, false));
            JSONArray files = report.getJSONArray("files");
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < files.length(); i++) {
                paths.add(files.getJSONObject(i).getString("path"));
            }
            assertEquals(List.copyOf(NAMES.values()), paths);
        }
        JSONObject summary = ReportValidators.jsonReport(render("json", true, false)).getJSONObject("summary");
        assertEquals(0, summary.getJSONObject("bySeverity").getInt("warning"), "--quiet leaves warnings out");
    }

    @Test
    void junitMatchesTheJenkinsXsdWithOneTestcasePerFile() {
        Document doc = ReportValidators.junit(render("junit", false, false));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals(String.valueOf(RUN.files().size()), suite.getAttribute("tests"));
        assertEquals(String.valueOf(RUN.filesWithProblems()), suite.getAttribute("failures"));
        NodeList cases = doc.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            names.add(testcase.getAttribute("name"));
            assertTrue(testcase.getElementsByTagName("failure").getLength() <= 1, "one failure per file at most");
        }
        assertEquals(xmlNames(), names, "names survive the XML round trip");
        assertEquals(RUN.filesWithProblems(), doc.getElementsByTagName("failure").getLength());
    }

    @Test
    void checkstyleIsWellFormedAndListsEveryFile() {
        Document doc = ReportValidators.xml(render("checkstyle", false, false));
        NodeList files = doc.getElementsByTagName("file");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.getLength(); i++) {
            names.add(((Element) files.item(i)).getAttribute("name"));
        }
        assertEquals(xmlNames(), names);
        assertEquals(RUN.files().stream().mapToInt(f -> f.diagnostics().size()).sum(),
                doc.getElementsByTagName("error").getLength());
    }

    @Test
    void gitlabFingerprintsAreUniqueAndDoNotDependOnTheLineNumber() throws IOException {
        JSONArray issues = ReportValidators.gitlab(render("gitlab", false, false));
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < issues.length(); i++) {
            JSONObject issue = issues.getJSONObject(i);
            assertTrue(fingerprints.add(issue.getString("fingerprint")), "unique: " + issue);
            assertTrue(Set.of("major", "minor").contains(issue.getString("severity")));
            assertTrue(issue.getJSONObject("location").getJSONObject("lines").getInt("begin") >= 1);
        }
        // The same finding two lines further down keeps its fingerprint.
        Diagnostic d = RUN.files().get(1).diagnostics().get(0);
        Diagnostic moved = new Diagnostic(d.file(), d.ruleId(), d.severity(), d.message(),
                new Position(d.start().line() + 2, d.start().column()), new Position(d.end().line() + 2,
                d.end().column()), null);
        String line = "the same code";
        SourceLines before = (f, n) -> Optional.of(n == d.start().line() ? line : "");
        SourceLines after = (f, n) -> Optional.of(n == moved.start().line() ? line : "");
        assertEquals(fingerprintOf(d, before), fingerprintOf(moved, after));
        assertFalse(fingerprintOf(d, before).equals(fingerprintOf(d, (f, n) -> Optional.of("other code"))),
                "the line's content is part of the identity");
    }

    @Test
    void githubCommandsStayOneLineEach() {
        String github = render("github", false, false);
        List<String> lines = github.lines().toList();
        assertEquals(RUN.files().stream().mapToInt(f -> f.diagnostics().size()).sum(), lines.size());
        for (String l : lines) {
            assertTrue(l.matches("::(error|warning) file=[^:,]*,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,"
                    + "title=[^:,]*::.*"), l);
            assertFalse(l.contains("\u001b") || l.contains("\u202e"), "no raw control characters: " + l);
        }
    }

    /**
     * The names as XML can carry them: exactly, newline and bidi override included, except characters XML 1.0
     * forbids even as references (here ESC), which are written as a visible escape.
     */
    private static List<String> xmlNames() {
        return NAMES.values().stream().map(n -> n.replace("\u001b", "\\u001B")).toList();
    }

    private static String fingerprintOf(Diagnostic d, SourceLines lines) throws IOException {
        StringWriter out = new StringWriter();
        new GitlabReporter(lines).write(new RunResult(List.of(new FileResult(d.file(), List.of(d))),
                Duration.ZERO), out);
        return ReportValidators.gitlab(out.toString()).getJSONObject(0).getString("fingerprint");
    }

    private static int indexOf(JSONArray rules, String id) {
        for (int i = 0; i < rules.length(); i++) {
            if (rules.getJSONObject(i).getString("id").equals(id)) {
                return i;
            }
        }
        return fail("no rule " + id);
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
