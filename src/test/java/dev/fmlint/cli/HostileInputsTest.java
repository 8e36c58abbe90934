package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.report.ReportValidators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs, all in one run of the real CLI: the run must finish, give every bad file exactly
 * its expected finding (rule, line, words of the message) and exit 1, with no stack trace anywhere.
 *
 * <p>The small inputs are committed in {@code src/test/resources/hostile/}; the huge ones (multi-megabyte
 * lines, 200 000 headings, 50 000-deep quotes and lists, a file over the size limit) are written by
 * {@link #generate} into the temporary copy, so that the repository stays small. The run uses
 * {@code hostile.schema.json} from that folder, which types a few keys, so that YAML 1.1 typing traps give
 * findings.
 *
 * <p>Several generated files end with a planted finding (a heading that skips a level) after the hostile
 * part: that finding on its exact line proves the whole file was parsed and positions are still right.
 *
 * <p>Every file gets exactly one finding except those in {@link #CLEAN}, which must get none. No file is
 * expected to get more than one.
 */
class HostileInputsTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "hostile");
    static final String SCHEMA = "hostile.schema.json";

    /** One expected finding: its rule, 1-based line, and words its message must contain. */
    record Expected(String rule, int line, String words) {}

    private static Expected e(String rule, int line, String words) {
        return new Expected(rule, line, words);
    }

    private static final String SYNTAX = "front-matter-syntax";
    private static final String READ = "read-error";
    private static final String SCHEMA_RULE = "schema";
    private static final String REQUIRED = "frontmatter-required";
    private static final String INCREMENT = "heading-increment";

    /** Files that are awkward but valid: they must give no finding at all. */
    static final List<String> CLEAN = List.of(
            "dashes-in-code-block.md"); // "---" lines inside a fenced block in the body are body text

    /** Every file and its one finding. */
    static final Map<String, Expected> EXPECTED = new TreeMap<>(Map.ofEntries(
            // Front matter that is unterminated, misplaced, or only looks like front matter.
            Map.entry("unterminated.md", e(SYNTAX, 1, "front matter is not closed")),
            Map.entry("only-opening-fence.md", e(SYNTAX, 1, "front matter is not closed")),
            Map.entry("misplaced-after-blank-line.md", e(REQUIRED, 1, "file has no front matter")),
            Map.entry("misplaced-after-heading.md", e(REQUIRED, 1, "file has no front matter")),
            Map.entry("front-matter-in-code-block.md", e(REQUIRED, 1, "file has no front matter")),
            // The header is YAML, not Markdown: a fence inside it closes it whatever surrounds it.
            Map.entry("closing-fence-in-code-block.md", e(SYNTAX, 3, "YAML syntax error")),
            Map.entry("empty-file.md", e(REQUIRED, 1, "file has no front matter")),
            // Shapes that are not a mapping of text keys.
            Map.entry("empty-front-matter.md", e(SCHEMA_RULE, 1, "missing required key \"title\"")),
            Map.entry("front-matter-list.md", e(SYNTAX, 2, "but it is a list")),
            Map.entry("front-matter-scalar.md", e(SYNTAX, 2, "but it is a single string value")),
            Map.entry("front-matter-null.md", e(SYNTAX, 2, "but it is a single null value")),
            Map.entry("non-string-key-int.md", e(SYNTAX, 3, "key 2024 is an integer, not text")),
            Map.entry("non-string-key-bool.md", e(SYNTAX, 3, "key true is a boolean, not text")),
            Map.entry("null-key.md", e(SYNTAX, 3, "empty (null) key")),
            Map.entry("complex-key.md", e(SYNTAX, 3, "a mapping or list used as a key")),
            Map.entry("duplicate-keys.md", e(SYNTAX, 4, "duplicate key \"title\": first defined on line 2")),
            Map.entry("tab-indentation.md", e(SYNTAX, 4, "a tab character is used for indentation")),
            // Denial of service through YAML: snakeyaml's limits stop them (no mark, so line 1).
            Map.entry("alias-bomb.md", e(SYNTAX, 1, "Number of aliases for non-scalar nodes exceeds")),
            // Numbers that BigDecimal cannot hold, or could only parse in time quadratic in their digits
            // (snakeyaml leaves a scalar this long untyped, so it is text).
            Map.entry("huge-exponent.md", e(SYNTAX, 3, "\"1e99999999999\" is a number too large to check")),
            Map.entry("huge-integer.md", e(SCHEMA_RULE, 3, "weight: expected a number, found a string")),
            Map.entry("recursive-alias.md", e(SYNTAX, 3, "alias of a mapping or list")),
            Map.entry("recursive-alias-map.md", e(SYNTAX, 3, "alias of a mapping or list")),
            Map.entry("deep-yaml-flow.md", e(SYNTAX, 1, "Nesting Depth exceeded max 50")),
            Map.entry("deep-yaml-block.md", e(SYNTAX, 1, "Nesting Depth exceeded max 50")),
            // Bytes that are not UTF-8 text. UTF-16 without a byte-order mark has a NUL in every ASCII
            // character, so it is reported as binary: there is no reliable way to tell it from binary data.
            Map.entry("invalid-utf8.md", e(READ, 6, "invalid UTF-8 at byte offset 37 (byte 0xE9)")),
            Map.entry("utf16le-bom.md", e(READ, 1, "file is UTF-16 (byte-order mark FF FE)")),
            Map.entry("utf16be-bom.md", e(READ, 1, "file is UTF-16 (byte-order mark FE FF)")),
            Map.entry("utf16le-no-bom.md", e(READ, 1, "file looks binary (NUL byte at offset 1)")),
            Map.entry("nul-bytes.md", e(READ, 1, "file looks binary (NUL byte at offset 40)")),
            Map.entry("binary-png.md", e(READ, 1, "file looks binary (NUL byte at offset 8)")),
            // CR-only line endings: the planted finding is on line 6 (line 5 is empty).
            Map.entry("cr-only.md", e(INCREMENT, 6, "heading jumps from h1 to h3")),
            // YAML tags: global ones are refused by snakeyaml before any class is looked up, the rest by us.
            Map.entry("tag-java-url.md", e(SYNTAX, 3, "YAML tag is not allowed in front matter "
                    + "(tag:yaml.org,2002:java.net.URL)")),
            Map.entry("tag-script-engine.md", e(SYNTAX, 3, "(tag:yaml.org,2002:javax.script.ScriptEngineManager)")),
            Map.entry("tag-python-object.md", e(SYNTAX, 3, "(tag:yaml.org,2002:python/object/apply:os.system)")),
            Map.entry("tag-verbatim.md", e(SYNTAX, 3, "YAML tag is not allowed in front matter "
                    + "(tag:yaml.org,2002:java.net.URL)")),
            Map.entry("tag-custom.md", e(SYNTAX, 3, "YAML tag !custom is not supported")),
            Map.entry("tag-timestamp.md", e(SYNTAX, 3, "YAML tag !!timestamp is not supported")),
            Map.entry("tag-bad-uri.md", e(SYNTAX, 1, "Tag must not contain leading or trailing spaces")),
            // The %TAG shorthand cannot reach the YAML reader: its "---" closes the header.
            Map.entry("tag-directive.md", e(SYNTAX, 2, "YAML directive \"%TAG !j! tag:yaml.org,2002:java.net.\"")),
            // YAML 1.1 typing traps stay strings (YAML 1.2 JSON rules), so the schema's types catch them.
            Map.entry("yaml11-yes.md", e(SCHEMA_RULE, 3, "draft: expected a boolean, found a string (\"yes\")")),
            Map.entry("yaml11-on.md", e(SCHEMA_RULE, 3, "comments: expected a boolean, found a string (\"on\")")),
            Map.entry("yaml11-octal.md", e(SCHEMA_RULE, 3, "mode: expected an integer, found a string (\"0123\")")),
            Map.entry("yaml11-bad-date.md", e(SCHEMA_RULE, 3, "\"2024-13-45\" is not a valid date")),
            Map.entry("yaml11-inf.md", e(SCHEMA_RULE, 3, "weight: expected a number, found a string (\".inf\")")),
            // Other header formats.
            Map.entry("toml.md", e(SYNTAX, 1, "TOML front matter (\"+++\") is not supported")),
            Map.entry("json.md", e(SYNTAX, 1, "JSON front matter (a first line that is \"{\") is not supported")),
            // Generated by generate(): huge or deep.
            Map.entry("huge-line-words.md", e(INCREMENT, 10, "heading jumps from h1 to h3")),
            Map.entry("huge-line-unbroken.md", e(INCREMENT, 10, "heading jumps from h1 to h3")),
            Map.entry("huge-yaml-value.md", e(SYNTAX, 1, "over the limit of 1048576")),
            Map.entry("many-headings.md", e(INCREMENT, 200_006, "heading jumps from h2 to h4")),
            Map.entry("deep-blockquote.md", e(INCREMENT, 10, "heading jumps from h1 to h3")),
            Map.entry("deep-list.md", e(INCREMENT, 10, "heading jumps from h1 to h3")),
            Map.entry("deep-ordered-list.md", e(INCREMENT, 10, "heading jumps from h1 to h3")),
            Map.entry("deep-brackets.md", e(INCREMENT, 10, "heading jumps from h1 to h3")),
            Map.entry("pathological-emphasis.md", e(INCREMENT, 10, "heading jumps from h1 to h3")),
            Map.entry("pathological-html-comments.md", e(INCREMENT, 10, "heading jumps from h1 to h3")),
            Map.entry("over-size-limit.md", e(READ, 1, "over the limit of 10485760 bytes"))));

    /** Five lines; the hostile content starts on line 6. */
    private static final String HEAD = "---\ntitle: Hostile\n---\n# Hostile\n\n";
    /**
     * After the hostile line 6: a paragraph on line 8, then a heading that skips a level on line 10. The
     * paragraph is there because commonmark-java 0.32.0 reads the first block after a list nested as deep as
     * its open-block limit (50 lists and their items make 100) as paragraph text: a heading right there would
     * be lost, whatever fmlint does. Only that one block is affected.
     */
    private static final String PLANTED = "\n\nText after it.\n\n### Skipped a level\n";

    @TempDir
    static Path tree;
    @TempDir
    static Path reports;

    @BeforeAll
    static void copyAndGenerate() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path f : files.toList()) {
                Files.copy(f, tree.resolve(f.getFileName()));
            }
        }
        generate(tree);
    }

    /** Writes the inputs too big or too repetitive to commit; see the table for what each must give. */
    static void generate(Path dir) throws IOException {
        write(dir, "huge-line-words.md", HEAD + "lorem ipsum dolor sit amet ".repeat(200_000) + PLANTED);
        write(dir, "huge-line-unbroken.md", HEAD + "a".repeat(5 << 20) + PLANTED);
        write(dir, "huge-yaml-value.md", "---\ntitle: " + "x".repeat(2 << 20) + "\n---\n# Hostile\n");
        StringBuilder headings = new StringBuilder("---\ntitle: Hostile\n---\n# Hostile\n\n");
        for (int i = 1; i <= 200_000; i++) {
            headings.append("## Section ").append(i).append('\n');
        }
        write(dir, "many-headings.md", headings.append("#### Skipped a level\n").toString());
        write(dir, "deep-blockquote.md", HEAD + "> ".repeat(50_000) + "quoted" + PLANTED);
        write(dir, "deep-list.md", HEAD + "- ".repeat(50_000) + "item" + PLANTED);
        write(dir, "deep-ordered-list.md", HEAD + "1. ".repeat(50_000) + "item" + PLANTED);
        write(dir, "deep-brackets.md", HEAD + "[".repeat(50_000) + "x" + "](y)".repeat(50_000) + PLANTED);
        write(dir, "pathological-emphasis.md", HEAD + "a**b" + "c* ".repeat(100_000) + PLANTED);
        write(dir, "pathological-html-comments.md", HEAD + "x <!--".repeat(100_000) + PLANTED);
        byte[] big = (HEAD + "word ".repeat(((10 << 20) / 5) + 1000) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("over-size-limit.md"), big);
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void everyCommittedFixtureHasAnExpectation() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            TreeSet<String> committed = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .collect(Collectors.toCollection(TreeSet::new));
            committed.removeAll(EXPECTED.keySet());
            committed.removeAll(CLEAN);
            assertEquals(new TreeSet<>(), committed, "fixtures without an expected finding");
        }
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void allTogetherFinishWithOneFindingPerBadFileAndExitOne() throws IOException {
        Path json = reports.resolve("report.json");
        // The content rules that look across files or at dates and images would add their own, correct,
        // findings to some fixtures; this test is about the pipeline's one clear finding per broken file.
        CliRun run = CliRun.in(tree, "check", "--no-config", "--schema", SCHEMA, "--format", "text",
                "--disable", "link-target-exists", "--disable", "date-format", "--disable", "unique-field",
                "--disable", "image-alt-text", "--format", "json=" + json, ".");

        assertEquals(1, run.exitCode(), run.err());
        assertNoStackTrace(run.out());
        assertNoStackTrace(run.err());
        assertNoStackTrace(Files.readString(json));

        Map<String, List<JSONObject>> byFile = new TreeMap<>();
        JSONArray files = ReportValidators.jsonReport(Files.readString(json)).getJSONArray("files");
        for (int i = 0; i < files.length(); i++) {
            JSONObject file = files.getJSONObject(i);
            List<JSONObject> findings = new ArrayList<>();
            file.getJSONArray("findings").forEach(f -> findings.add((JSONObject) f));
            byFile.put(file.getString("path"), findings);
        }
        TreeSet<String> expectedFiles = new TreeSet<>(EXPECTED.keySet());
        expectedFiles.addAll(CLEAN);
        assertEquals(expectedFiles, byFile.keySet(), "the run checks exactly the fixtures");

        List<String> wrong = new ArrayList<>();
        for (String clean : CLEAN) {
            if (!byFile.get(clean).isEmpty()) {
                wrong.add(clean + ": expected no finding, got " + byFile.get(clean));
            }
        }
        EXPECTED.forEach((name, want) -> {
            List<JSONObject> got = byFile.get(name);
            if (got.size() != 1) {
                wrong.add(name + ": expected exactly one finding " + want + ", got " + got);
                return;
            }
            JSONObject f = got.get(0);
            if (!f.getString("rule").equals(want.rule()) || f.getInt("line") != want.line()
                    || !f.getString("message").contains(want.words())) {
                wrong.add(name + ": expected " + want + ", got " + f.getString("rule") + " line " + f.getInt("line")
                        + ": " + f.getString("message"));
            }
        });
        assertEquals(List.of(), wrong, String.join("\n", wrong));

        assertEquals(EXPECTED.size(), run.findings().size(), "one text line per bad file:\n" + run.out());
        assertTrue(run.out().contains(EXPECTED.size() + CLEAN.size() + " files checked, " + EXPECTED.size()
                + " with problems"), run.out());
    }

    static void assertNoStackTrace(String output) {
        for (String sign : List.of("\tat ", "Exception in thread", "Caused by:", "StackOverflowError",
                "OutOfMemoryError", "NullPointerException")) {
            assertFalse(output.contains(sign), () -> "output shows \"" + sign + "\":\n"
                    + output.substring(0, Math.min(output.length(), 4000)));
        }
    }
}
