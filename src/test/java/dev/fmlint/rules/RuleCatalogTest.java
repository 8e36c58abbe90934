package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.engine.CoreChecks;
import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.RuleOptions;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conventions that make a rule a rule: a kebab-case id, a class of the same name, a page in
 * {@code rules/}, and a fixture folder with failing, passing, CJK, CRLF and BOM cases.
 */
class RuleCatalogTest {
    static final Path PAGES = Path.of("rules");
    static final List<String> SECTIONS = List.of("Why", "Examples", "Options", "Fix", "When not to use it");
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Parser PARSER = Parser.builder().build();

    static List<Rule> rules() {
        return new BuiltinRules().rules();
    }

    static List<RuleMeta> documented() {
        List<RuleMeta> all = new ArrayList<>(CoreChecks.ALL);
        rules().forEach(r -> all.add(r.meta()));
        return all;
    }

    @Test
    void idsAreUniqueAndKebabCase() {
        Set<String> seen = new HashSet<>();
        for (RuleMeta meta : documented()) {
            assertTrue(KEBAB.matcher(meta.id()).matches(), meta.id() + " is not kebab-case");
            assertTrue(seen.add(meta.id()), "two rules or checks share the id " + meta.id());
        }
    }

    @Test
    void theServiceLoaderFindsEveryBuiltinRule() {
        List<String> loaded = RuleRegistry.load(getClass().getClassLoader()).all().stream()
                .map(r -> r.meta().id()).toList();
        assertEquals(rules().stream().map(r -> r.meta().id()).toList(), loaded);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void classIsNamedAfterTheIdAndHoldsNoState(Rule rule) {
        String id = rule.meta().id();
        String pascal = Arrays.stream(id.split("-"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
        assertEquals(pascal, rule.getClass().getSimpleName(), "the class of " + id + " is named after it");
        assertTrue(Modifier.isFinal(rule.getClass().getModifiers()), id + ": rule classes are final");
        for (Field f : rule.getClass().getDeclaredFields()) {
            assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()),
                    id + ": rules are stateless, but " + f.getName() + " is a mutable or instance field; "
                            + "keep per-file state in check()");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void hasAPageWithTheRequiredSections(RuleMeta meta) throws IOException {
        Path page = PAGES.resolve(meta.id() + ".md");
        assertTrue(Files.isRegularFile(page), "missing documentation for " + meta.id() + ": " + page);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# " + meta.id() + "\n"),
                page + " must start with the line \"# " + meta.id() + "\"");

        Node doc = PARSER.parse(text);
        Node summary = doc.getFirstChild().getNext();
        assertInstanceOf(Paragraph.class, summary, page + ": the title is followed by a one-line summary");
        String shown = TextContentRenderer.builder().build().render(summary).strip();
        assertTrue(shown.equals(meta.summary()) || shown.equals(meta.summary() + "."),
                page + ": the summary must be the RuleMeta summary \"" + meta.summary() + "\", not \"" + shown + "\"");

        List<String> h2s = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 2) {
                    h2s.add(TextContentRenderer.builder().build().render(heading).strip());
                }
            }
        });
        List<String> required = h2s.stream().filter(SECTIONS::contains).toList();
        assertEquals(SECTIONS, required, page + " needs these H2 sections, once each and in this order");

        assertNotNull(getClass().getResource("/fmlint/rules/" + meta.id() + ".md"),
                "the page of " + meta.id() + " is not packaged under /fmlint/rules/");
    }

    /**
     * The examples are true: each {@code markdown} block on a rule's page, linted with that rule, gives the
     * findings in the {@code text} block right after it, or none when there is no such block. Options go in
     * the info string as YAML values: {@code ```markdown mode=forbid max=60}. Blocks with
     * {@code file=PATH} are files of one run, for cross-file rules: all of a page's such blocks are written to
     * one folder and checked together, and each one's text block lists that file's findings. Other blocks
     * with {@code file=PATH} ({@code yaml file=tags.yml}) are written to that folder too, unchecked.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void examplesShowWhatTheRuleReports(Rule rule) throws IOException {
        Path page = PAGES.resolve(rule.meta().id() + ".md");
        Node doc = PARSER.parse(Files.readString(page, StandardCharsets.UTF_8));
        int examples = 0;
        Map<String, Example> run = new LinkedHashMap<>();
        Map<String, String> others = new LinkedHashMap<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock other && !other.getInfo().startsWith("markdown")
                    && other.getInfo().contains(" file=")) {
                // Another file of the run, such as a vocabulary: written next to the examples, not linted.
                others.put(other.getInfo().substring(other.getInfo().indexOf(" file=") + 6).trim(), other.getLiteral());
                continue;
            }
            if (!(n instanceof FencedCodeBlock block) || !block.getInfo().startsWith("markdown")) {
                continue;
            }
            examples++;
            Map<String, Object> options = new HashMap<>();
            String file = null;
            for (String token : block.getInfo().substring("markdown".length()).trim().split("\\s+")) {
                if (token.startsWith("file=")) {
                    file = token.substring("file=".length());
                } else if (token.contains("=")) {
                    // The value is YAML, so that max=60 is a number and words=[a,b] a list.
                    options.put(token.substring(0, token.indexOf('=')),
                            FixtureLinter.yaml(token.substring(token.indexOf('=') + 1)));
                }
            }
            FixtureLinter.assertValidOptions(rule, options, page + ": " + block.getInfo());
            String expected = n.getNext() instanceof FencedCodeBlock next && next.getInfo().equals("text")
                    ? next.getLiteral() : "";
            if (file != null) {
                assertTrue(run.put(file, new Example(block.getLiteral(), new RuleOptions(options), expected)) == null,
                        page + ": two examples are the file " + file);
                continue;
            }
            FileResult result = FixtureLinter.lint(SourceFile.of(null, page.toString(), block.getLiteral(), false),
                    rule, new RuleOptions(options));
            assertEquals(expected, FixtureLinter.golden(result, rule.meta().id()),
                    page + ": an example does not report what the page says:\n" + block.getLiteral());
        }
        assertTrue(examples >= 2, page + " needs a failing and a passing example in ```markdown blocks");
        if (!run.isEmpty()) {
            checkOneRun(page, rule, run, others);
        }
    }

    private record Example(String text, RuleOptions options, String expected) {}

    private static void checkOneRun(Path page, Rule rule, Map<String, Example> examples, Map<String, String> others)
            throws IOException {
        Path dir = Files.createTempDirectory("fmlint-example");
        try {
            for (Map.Entry<String, String> e : others.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            List<Path> files = new ArrayList<>();
            Map<Path, Example> byPath = new HashMap<>();
            for (Map.Entry<String, Example> e : examples.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue().text(), StandardCharsets.UTF_8);
                files.add(file);
                byPath.put(file, e.getValue());
            }
            List<FileResult> results = FixtureLinter.run(files, rule, f -> byPath.get(f).options(),
                    f -> dir.relativize(f).toString().replace('\\', '/'), dir);
            for (int i = 0; i < files.size(); i++) {
                Example example = byPath.get(files.get(i));
                assertEquals(example.expected(), FixtureLinter.golden(results.get(i), rule.meta().id()),
                        page + ": the example file " + results.get(i).file() + " does not report what the page says");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * An options schema is an object schema that refuses unknown keys and compiles, and every option it
     * declares is documented, as {@code `name`}, in the page's Options section.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void optionsHaveASchemaAndAreDocumented(Rule rule) throws Exception {
        RuleMeta meta = rule.meta();
        String page = Files.readString(PAGES.resolve(meta.id() + ".md"), StandardCharsets.UTF_8);
        String options = page.substring(page.indexOf("\n## Options\n"), page.indexOf("\n## Fix\n"));
        if (!meta.takesOptions()) {
            assertTrue(options.contains("None"), meta.id() + " takes no options; its Options section says None");
            return;
        }
        org.json.JSONObject schema = new org.json.JSONObject(meta.optionsSchema());
        assertEquals("object", schema.optString("type"), meta.id() + ": the options schema is an object schema");
        assertEquals(Boolean.FALSE, schema.opt("additionalProperties"),
                meta.id() + ": the options schema refuses unknown keys (additionalProperties: false)");
        new dev.fmlint.schema.SchemaLoader().compile(meta.optionsSchema(), meta.id());
        for (String name : schema.getJSONObject("properties").keySet()) {
            assertTrue(options.contains("`" + name + "`"), meta.id() + ": option " + name + " is not documented in "
                    + "the Options section of its page");
        }
    }

    @Test
    void everyPageBelongsToARuleOrACoreCheck() throws IOException {
        Set<String> ids = documented().stream().map(RuleMeta::id).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(PAGES)) {
            List<String> strays = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md"))
                    .filter(n -> !n.endsWith(".md") || !ids.contains(n.substring(0, n.length() - 3)))
                    .sorted().toList();
            assertEquals(List.of(), strays, "pages in rules/ must be named <id>.md after a rule or core check");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void hasFixturesOfEveryKind(Rule rule) throws IOException {
        String id = rule.meta().id();
        List<Path> fixtures = FixtureLinter.fixtures().stream()
                .filter(p -> FixtureLinter.ruleId(p).equals(id)).toList();
        boolean failing = false;
        boolean passing = false;
        boolean crlf = false;
        boolean bom = false;
        boolean cjk = false;
        boolean fixed = false;
        for (Path p : fixtures) {
            FileResult result = FixtureLinter.lint(p);
            failing |= !result.diagnostics().isEmpty();
            passing |= result.diagnostics().isEmpty();
            fixed |= result.diagnostics().stream().anyMatch(d -> d.fix() != null);
            byte[] bytes = Files.readAllBytes(p);
            String text = new String(bytes, StandardCharsets.UTF_8);
            crlf |= text.contains("\r\n");
            bom |= bytes.length >= 3
                    && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
            cjk |= CJK.matcher(text).find();
        }
        assertTrue(failing, id + " needs a fixture with findings in fixtures/" + id);
        assertTrue(passing, id + " needs a fixture without findings in fixtures/" + id);
        assertTrue(crlf, id + " needs a fixture with CRLF line endings");
        assertTrue(bom, id + " needs a fixture that starts with a UTF-8 byte-order mark");
        assertTrue(cjk, id + " needs a fixture with CJK text");
        assertEquals(rule.meta().fixable(), fixed, id + ": RuleMeta.fixable must say whether its fixtures show fixes");
    }
}
