package dev.fmlint.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YamlComposerTest {
    private final YamlComposer composer = new YamlComposer(YamlComposer.Limits.DEFAULT);

    private YamlComposer.Result compose(String yaml) {
        SourceFile file = SourceFile.of(null, "t.md", "---\n" + yaml + "---\nbody\n", false);
        FrontMatterSplitter.Block block = (FrontMatterSplitter.Block) new FrontMatterSplitter().split(file);
        return composer.compose(file, block.content());
    }

    private YamlNode.Mapping root(String yaml) {
        YamlComposer.Result r = compose(yaml);
        if (r instanceof YamlComposer.Failed f) {
            throw new AssertionError("unexpected findings: " + f.findings());
        }
        return ((YamlComposer.Composed) r).root();
    }

    private Finding onlyFinding(String yaml) {
        YamlComposer.Result r = compose(yaml);
        List<Finding> findings = assertInstanceOf(YamlComposer.Failed.class, r).findings();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    private int line(String yaml, Finding f) {
        return SourceFile.of(null, "t.md", "---\n" + yaml, false).lines().line(f.span().start());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "yes|string", "no|string", "on|string", "off|string", "Yes|string", "NO|string", "y|string",
        "0123|string", "0x1F|string", "0o17|string", "1:20|string", "2024-01-05|string",
        "2024-01-05T10:00:00Z|string", ".inf|string", ".nan|string", "1_000|string",
        "true|boolean", "False|boolean", "TRUE|boolean",
        "123|integer", "-7|integer", "+5|integer", "0|integer",
        "1.5|number", "1e3|number", "-0.25|number",
        "null|null", "~|null", "'yes'|string", "\"123\"|string",
    })
    void typesPlainScalarsByJsonRulesNotYaml11(String written, String type) {
        YamlNode value = root("v: " + written + "\n").get("v").orElseThrow();
        assertEquals(type, value.jsonType(), written);
    }

    @Test
    void emptyValueIsNullButQuotedEmptyIsAString() {
        assertEquals("null", root("v:\n").get("v").orElseThrow().jsonType());
        assertEquals("string", root("v: ''\n").get("v").orElseThrow().jsonType());
    }

    @Test
    void keepsValuesExactly() {
        YamlNode.Mapping m = root("a: 2024-01-05\nb: 0123\nc: 12345678901234567890123\nd: 3.10\ne: yes\n");
        assertEquals("2024-01-05", scalar(m, "a"));
        assertEquals("0123", scalar(m, "b"));
        assertEquals(new BigInteger("12345678901234567890123"), scalar(m, "c"));
        assertEquals(new BigDecimal("3.10"), scalar(m, "d"));
        assertEquals("yes", scalar(m, "e"));
    }

    private static Object scalar(YamlNode.Mapping m, String key) {
        return ((YamlNode.Scalar) m.get(key).orElseThrow()).value();
    }

    @Test
    void spansPointAtKeysAndValuesInTheFile() {
        String yaml = "title: \"你好，世界\"\ntags:\n  - a\n  - b\n";
        SourceFile file = SourceFile.of(null, "t.md", "---\n" + yaml + "---\n", false);
        YamlNode.Mapping m = root(yaml);
        YamlNode.Entry tags = m.entry("tags").orElseThrow();
        assertEquals(3, file.lines().line(tags.keySpan().start()));
        YamlNode second = ((YamlNode.Sequence) tags.value()).items().get(1);
        assertEquals(5, file.lines().line(second.span().start()));
        assertEquals(5, file.lines().column(second.span().start()));
        YamlNode title = m.get("title").orElseThrow();
        assertEquals("\"你好，世界\"", file.slice(title.span()));
    }

    @Test
    void spansStayRightAfterCharactersOutsideTheBasicPlane() {
        String yaml = "emoji: \"😀😀\"\nnext: x\n";
        SourceFile file = SourceFile.of(null, "t.md", "---\n" + yaml + "---\n", false);
        YamlNode next = root(yaml).get("next").orElseThrow();
        assertEquals("x", file.slice(next.span()));
        assertEquals(3, file.lines().line(next.span().start()));
    }

    @Test
    void duplicateKeyNamesBothLines() {
        String yaml = "title: a\nslug: b\ntitle: c\n";
        Finding f = onlyFinding(yaml);
        assertEquals("duplicate key \"title\": first defined on line 2; remove one of them", f.message());
        assertEquals(4, line(yaml, f));
    }

    @Test
    void numericAndStringKeysCollide() {
        List<Finding> findings = assertInstanceOf(YamlComposer.Failed.class, compose("1: a\n\"1\": b\n")).findings();
        assertEquals(List.of("key 1 is an integer, not text; quote it (\"1\") to use it as a name",
                "duplicate key \"1\": first defined on line 2; remove one of them"),
                findings.stream().map(Finding::message).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2024|an integer", "1.5|a number", "true|a boolean", "False|a boolean"})
    void keysThatAreNotTextAreRefused(String key, String type) {
        String yaml = "title: x\n" + key + ": value\n";
        Finding f = onlyFinding(yaml);
        assertTrue(f.message().startsWith("key " + key + " is " + type + ", not text; quote it"), f.message());
        assertEquals(3, line(yaml, f));
        assertEquals("value", scalar(root("title: x\n'" + key + "': value\n"), key));
    }

    @Test
    void directiveThatWouldEmptyTheHeaderIsRefused() {
        String yaml = "# tags for java\n%TAG !j! tag:yaml.org,2002:java.net.\n";
        Finding f = onlyFinding(yaml);
        assertEquals("YAML directive \"%TAG !j! tag:yaml.org,2002:java.net.\" is not supported in front matter (its "
                + "\"---\" line would close the header); remove it", f.message());
        assertEquals(3, line(yaml, f));
        assertTrue(onlyFinding("%YAML 1.2\n").message().startsWith("YAML directive \"%YAML 1.2\""));
    }

    @Test
    void globalTagsAreRefusedAndNothingIsBuilt() {
        Finding f = onlyFinding("x: !!java.net.URL [\"http://127.0.0.1:1/\"]\n");
        assertTrue(f.message().contains("not allowed") || f.message().contains("not supported"), f.message());
        assertEquals(2, line("x: !!java.net.URL [\"http://127.0.0.1:1/\"]\n", f));
    }

    @Test
    void localAndUnsupportedStandardTagsAreRefused() {
        assertTrue(onlyFinding("x: !custom value\n").message().contains("YAML tag !custom is not supported"));
        assertTrue(onlyFinding("x: !!timestamp 2024-01-01\n").message().contains("!!timestamp"));
        assertTrue(onlyFinding("x: !!binary aGVsbG8=\n").message().contains("!!binary"));
    }

    @Test
    void explicitStandardTagsWork() {
        YamlNode.Mapping m = root("a: !!str 123\nb: !!int \"42\"\n");
        assertEquals("123", scalar(m, "a"));
        assertEquals(42L, scalar(m, "b"));
        assertEquals("\"abc\" is not a valid !!int value", onlyFinding("c: !!int abc\n").message());
    }

    @Test
    void aliasesOfCollectionsAreRefusedButScalarAliasesWork() {
        assertEquals("x", scalar(root("a: &v x\nb: *v\n"), "b"));
        assertTrue(onlyFinding("a: &l [1, 2]\nb: *l\n").message().startsWith("alias of a mapping or list"));
        assertTrue(onlyFinding("base: &b {x: 1}\nchild:\n  <<: *b\n").message().startsWith("alias"));
    }

    @Test
    void recursiveAliasIsRefusedWithoutOverflow() {
        assertTrue(onlyFinding("a: &x [*x]\n").message().startsWith("alias"));
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(p);
            }
            yaml.append("]\n");
        }
        YamlComposer.Result r = compose(yaml.toString());
        assertInstanceOf(YamlComposer.Failed.class, r);
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "a: " + "[".repeat(500) + "]".repeat(500) + "\n";
        Finding f = onlyFinding(yaml);
        assertTrue(f.message().toLowerCase().contains("nesting") || f.message().contains("depth"), f.message());
    }

    @Test
    void tabIndentationGetsAHint() {
        String yaml = "a:\n\tb: 1\n";
        Finding f = onlyFinding(yaml);
        assertTrue(f.message().contains("tab"), f.message());
        assertEquals(3, line(yaml, f));
    }

    @Test
    void syntaxErrorPointsAtItsLine() {
        String yaml = "title: ok\nslug: [unclosed\nx: 1\n";
        Finding f = onlyFinding(yaml);
        assertTrue(f.message().startsWith("YAML syntax error: "), f.message());
        assertTrue(line(yaml, f) >= 3, "line " + line(yaml, f));
    }

    @Test
    void frontMatterMustBeAMapping() {
        assertEquals("front matter must be a mapping of keys to values, but it is a list; "
                + "write it as \"key: value\" lines", onlyFinding("- a\n- b\n").message());
        assertTrue(onlyFinding("just text\n").message().contains("a single string value"));
    }

    @Test
    void emptyFrontMatterIsAnEmptyMapping() {
        assertTrue(root("").entries().isEmpty());
        assertTrue(root("# only a comment\n").entries().isEmpty());
    }

    @Test
    void nullAndComplexKeysAreRefused() {
        assertTrue(onlyFinding("~: x\n").message().startsWith("empty (null) key"));
        assertTrue(onlyFinding("? [a, b]\n: x\n").message().contains("used as a key"));
    }

    @Test
    void controlCharactersInKeysAreEscapedInMessages() {
        Finding f = onlyFinding("\"a\\e[31m\": 1\n\"a\\e[31m\": 2\n");
        assertTrue(f.message().contains("\\u001B"), f.message());
        assertTrue(f.message().chars().noneMatch(c -> c == 0x1b));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e99999999999", "-2.5E+99999999999", "1e1001", "1e-1001"})
    void aNumberBeyondWhatCanBeCheckedIsOneFindingNotACrash(String number) {
        Finding f = onlyFinding("n: " + number + "\n");
        assertEquals(YamlComposer.RULE_ID, f.ruleId());
        assertEquals("\"" + number + "\" is a number too large to check (over 1000 digits or powers of ten); "
                + "quote it if it is text, or write a smaller number", f.message());
        assertEquals(2, line("n: " + number + "\n", f));
    }

    @Test
    void aNumberWithTooManyDigitsIsOneFindingAndOneAtTheLimitIsANumber() {
        String limit = "9".repeat(1000);
        assertEquals(new BigInteger(limit), ((YamlNode.Scalar) root("n: " + limit + "\n").get("n").get()).value());
        assertEquals(YamlComposer.RULE_ID, onlyFinding("n: " + limit + "9\n").ruleId());
        assertEquals(new BigDecimal("1e-1000"), ((YamlNode.Scalar) root("n: 1e-1000\n").get("n").get()).value());
    }
}
