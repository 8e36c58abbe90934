package dev.fmlint.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading and checking custom rule definitions: what a valid one becomes, and one clear error for each mistake. */
class DefinitionReaderTest {
    @TempDir
    Path dir;

    private static final String HEAD = "customRules:\n  - id: r\n    message: m\n";

    @Test
    void aValidRuleBecomesRuleMetadata() {
        CustomRule rule = Rules.one("""
                  - id: no-http-links
                    message: "link {value} uses http"
                    scope: link-url
                    forbid: '^http://(.*)'
                    suggest: 'https://$1'
                """);
        assertEquals("no-http-links", rule.meta().id());
        assertEquals(Severity.ERROR, rule.meta().defaultSeverity());
        assertEquals("link … uses http", rule.meta().summary());
        assertTrue(rule.meta().fixable());
        assertEquals(".fmlint.yaml:2:5", rule.origin());
        CustomRule described = Rules.one("""
                  - id: short
                    description: Titles are short
                    message: too long
                    severity: warning
                    field: title
                    max-length: 5
                """);
        assertEquals("Titles are short", described.meta().summary());
        assertEquals(Severity.WARNING, described.meta().defaultSeverity());
        assertFalse(described.meta().fixable());
    }

    @Test
    void theDocumentationPageSaysWhatTheRuleDoes() {
        CustomRule rule = Rules.one("""
                  - id: no-todo
                    message: remove {match}
                    scope: body
                    forbid: '\\bTODO\\b'
                    when: [{field: draft, not: true}, {pointer: /meta/kind, equals: post}]
                """);
        assertEquals("""
                # no-todo

                remove …

                A custom rule, defined in .fmlint.yaml:2:5.

                ## What it checks

                - Looks at: the body text, code left out
                - Only when: draft is not true and /meta/kind is "post"
                - Check: forbid `\\bTODO\\b`
                - Default severity: error
                - Message: remove {match}
                """, rule.documentation());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
            Arguments.of("unknown key, with a suggestion", HEAD + "    scope: body\n    forbd: TODO\n",
                ".fmlint.yaml:5:5: custom rule \"r\": unknown key \"forbd\"; did you mean \"forbid\"?"),
            Arguments.of("unknown key, listing the keys", HEAD + "    scope: body\n    colour: red\n",
                ".fmlint.yaml:5:5: custom rule \"r\": unknown key \"colour\"; the keys are id, description, message, "
                + "severity, field, pointer, scope, includeCode, forbid, suggest, require, one-of, one-of-file, "
                + "min-length, max-length, not-equal-field, when"),
            Arguments.of("missing id", "customRules:\n  - message: m\n    scope: body\n    forbid: x\n",
                ".fmlint.yaml:2:5: custom rule: missing \"id\": name the rule in kebab-case, e.g. no-todo"),
            Arguments.of("id not kebab-case", "customRules:\n  - id: No_Todo\n    message: m\n    scope: body\n"
                + "    forbid: x\n", ".fmlint.yaml:2:9: custom rule \"No_Todo\": id \"No_Todo\" is not kebab-case "
                + "(lowercase words and digits joined by hyphens, e.g. no-todo)"),
            Arguments.of("id not text", "customRules:\n  - id: 12\n    message: m\n    scope: body\n    forbid: x\n",
                ".fmlint.yaml:2:9: custom rule: id must be text, found integer 12 (quote it)"),
            Arguments.of("missing message", "customRules:\n  - id: r\n    scope: body\n    forbid: x\n",
                ".fmlint.yaml:2:5: custom rule \"r\": missing \"message\": say what is wrong and how to fix it; "
                + "{value} and {match} insert the text found"),
            Arguments.of("unknown placeholder", "customRules:\n  - id: r\n    message: bad {valeu}\n    scope: body\n"
                + "    forbid: x\n", ".fmlint.yaml:3:14: custom rule \"r\": message has an unknown placeholder "
                + "{valeu}; use {value} (the text checked) or {match} (the text that matched)"),
            Arguments.of("severity off", HEAD + "    severity: off\n    scope: body\n    forbid: x\n",
                ".fmlint.yaml:4:15: custom rule \"r\": severity must be warning or error, found \"off\" (turn a rule "
                + "off under rules: instead)"),
            Arguments.of("no scope", HEAD + "    forbid: x\n", ".fmlint.yaml:2:5: custom rule \"r\": missing a scope: "
                + "give field (a front-matter key), pointer (a JSON pointer such as /author/name) or scope (body, "
                + "headings, link-text, link-url, image-alt)"),
            Arguments.of("two scopes", HEAD + "    field: title\n    scope: body\n    forbid: x\n",
                ".fmlint.yaml:5:5: custom rule \"r\": has two scopes, field and scope; give only one"),
            Arguments.of("unknown scope", HEAD + "    scope: bdy\n    forbid: x\n",
                ".fmlint.yaml:4:12: custom rule \"r\": unknown scope \"bdy\"; did you mean \"body\"? (scopes: body, "
                + "headings, link-text, link-url, image-alt; for front matter use field or pointer)"),
            Arguments.of("pointer without a slash", HEAD + "    pointer: author/name\n    forbid: x\n",
                ".fmlint.yaml:4:14: custom rule \"r\": \"author/name\" is not a JSON pointer: it starts with \"/\" "
                + "(e.g. /author/name), and \"~\" is written ~0 and a \"/\" in a key ~1"),
            Arguments.of("includeCode on a field", HEAD + "    field: title\n    includeCode: true\n    forbid: x\n",
                ".fmlint.yaml:5:5: custom rule \"r\": includeCode only applies to the body, headings, link-text and "
                + "image-alt scopes"),
            Arguments.of("no check", HEAD + "    scope: body\n", ".fmlint.yaml:2:5: custom rule \"r\": has no check: "
                + "give forbid, require, one-of, one-of-file, min-length, max-length or not-equal-field"),
            Arguments.of("look-around", HEAD + "    scope: body\n    forbid: 'TODO(?=:)'\n",
                ".fmlint.yaml:5:13: custom rule \"r\": forbid pattern \"TODO(?=:)\" cannot be used: invalid or "
                + "unsupported Perl syntax: \"(?=\" (fmlint matches patterns with RE2/J, which runs in linear time "
                + "but has no look-around and no backreferences)"),
            Arguments.of("backreference", HEAD + "    scope: body\n    require: '(\\w+) \\1'\n",
                ".fmlint.yaml:5:14: custom rule \"r\": require pattern \"(\\\\w+) \\\\1\" cannot be used: invalid "
                + "escape sequence: \"\\\\1\" (fmlint matches patterns with RE2/J, which runs in linear time but has "
                + "no look-around and no backreferences)"),
            Arguments.of("suggest without forbid", HEAD + "    scope: body\n    require: x\n    suggest: y\n",
                ".fmlint.yaml:6:5: custom rule \"r\": suggest needs a forbid pattern: it replaces what forbid matches"),
            Arguments.of("suggest with a missing group", HEAD + "    scope: body\n    forbid: '(a)'\n    suggest: '$2'\n",
                ".fmlint.yaml:6:14: custom rule \"r\": suggest refers to group $2, but the forbid pattern has 1 group"),
            Arguments.of("suggest with a stray dollar", HEAD + "    scope: body\n    forbid: a\n    suggest: 'US$'\n",
                ".fmlint.yaml:6:14: custom rule \"r\": suggest has a \"$\" that is not a group reference ($1, "
                + "${name}); write \\$ for a dollar sign"),
            Arguments.of("one-of empty", HEAD + "    field: category\n    one-of: []\n",
                ".fmlint.yaml:5:13: custom rule \"r\": one-of must be a non-empty list of values, e.g. [news, howto]"),
            Arguments.of("one-of with a mapping", HEAD + "    field: category\n    one-of: [a, {b: c}]\n",
                ".fmlint.yaml:5:17: custom rule \"r\": one-of items must be plain values (text, numbers, booleans), "
                + "found a mapping"),
            Arguments.of("one-of and one-of-file", HEAD + "    field: category\n    one-of: [a]\n"
                + "    one-of-file: c.txt\n", ".fmlint.yaml:6:5: custom rule \"r\": give one-of or one-of-file, not both"),
            Arguments.of("one-of-file missing", HEAD + "    field: category\n    one-of-file: lists/c.txt\n",
                ".fmlint.yaml:5:18: custom rule \"r\": one-of-file \"lists/c.txt\": file not found"),
            Arguments.of("min over max", HEAD + "    field: title\n    min-length: 9\n    max-length: 3\n",
                ".fmlint.yaml:5:17: custom rule \"r\": min-length 9 is more than max-length 3"),
            Arguments.of("negative length", HEAD + "    field: title\n    max-length: -1\n",
                ".fmlint.yaml:5:17: custom rule \"r\": max-length must be a whole number, 0 or more; found integer -1"),
            Arguments.of("when is a word", HEAD + "    scope: body\n    forbid: x\n    when: draft\n",
                ".fmlint.yaml:6:11: custom rule \"r\": when must be a condition such as {field: draft, not: true}, "
                + "or a list of them (all must hold)"),
            Arguments.of("when with two tests", HEAD + "    scope: body\n    forbid: x\n"
                + "    when: {field: draft, not: true, equals: false}\n", ".fmlint.yaml:6:37: custom rule \"r\": a when "
                + "condition has exactly one test: equals, not or exists; found not and equals"),
            Arguments.of("when without a field", HEAD + "    scope: body\n    forbid: x\n    when: {not: true}\n",
                ".fmlint.yaml:6:11: custom rule \"r\": a when condition names one value: field (a front-matter key) or "
                + "pointer (a JSON pointer), not none"),
            Arguments.of("when with an unknown key", HEAD + "    scope: body\n    forbid: x\n"
                + "    when: {field: draft, is: true}\n", ".fmlint.yaml:6:26: custom rule \"r\": unknown key \"is\"; the "
                + "keys are field, pointer, equals, not, exists"),
            Arguments.of("exists is not a boolean", HEAD + "    scope: body\n    forbid: x\n"
                + "    when: {field: draft, exists: yes}\n", ".fmlint.yaml:6:34: custom rule \"r\": exists must be true or "
                + "false, found string yes"),
            Arguments.of("not a mapping", "customRules:\n  - no TODO please\n", ".fmlint.yaml:2:5: custom rule: expected "
                + "a mapping with an id, a message, a scope and a check (or {include: FILE}); found string no TODO "
                + "please"),
            Arguments.of("include with rule keys", "customRules:\n  - include: more.yaml\n    id: x\n",
                ".fmlint.yaml:3:5: an include entry has only the key include; write the rule \"id: ...\" in the "
                + "included file or as an entry of its own"),
            Arguments.of("include of a missing file", "customRules:\n  - include: more.yaml\n",
                ".fmlint.yaml:2:14: include \"more.yaml\": file not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsOneErrorWithItsLine(String name, String config, String expected) {
        assertEquals(expected, Rules.error(dir, config));
    }

    @Test
    void everyBadRuleIsReportedOnItsOwnLine() {
        String error = Rules.error(dir, """
                customRules:
                  - id: a
                    message: m
                    scope: body
                  - id: ok
                    message: m
                    scope: body
                    forbid: x
                  - id: b
                    message: m
                    scope: body
                    forbid: '('
                """);
        assertEquals(List.of(
                ".fmlint.yaml:2:5: custom rule \"a\": has no check: give forbid, require, one-of, one-of-file, "
                        + "min-length, max-length or not-equal-field",
                ".fmlint.yaml:12:13: custom rule \"b\": forbid pattern \"(\" cannot be used: missing closing ): \"(\" "
                        + "(fmlint matches patterns with RE2/J, which runs in linear time but has no look-around and "
                        + "no backreferences)"), error.lines().toList());
    }

    @Test
    void includedFilesAreReadRelativeToTheFileThatNamesThem() throws Exception {
        write("rules/content.yaml", """
                # yaml-language-server: $schema=../schemas/fmlint-config.schema.json
                customRules:
                  - id: from-include
                    message: m
                    field: category
                    one-of-file: categories.txt
                """);
        write("rules/categories.txt", "news\n");
        List<CustomRule> rules = Rules.read(dir, """
                customRules:
                  - include: rules/content.yaml
                  - id: inline
                    message: m
                    scope: body
                    forbid: x
                """);
        assertEquals(List.of("from-include", "inline"), rules.stream().map(r -> r.meta().id()).toList());
        assertEquals("rules/content.yaml:3:5", rules.get(0).origin());
    }

    @Test
    void includedFilesAreCheckedAsStrictlyAsTheConfiguration() throws IOException {
        write("more.yaml", "customRules:\n  - id: x\n    message: m\n    scope: body\n    forbid: '(?!a)'\n");
        assertTrue(Rules.error(dir, "customRules:\n  - include: more.yaml\n").startsWith(
                "more.yaml:5:13: custom rule \"x\": forbid pattern \"(?!a)\" cannot be used"));
        write("more.yaml", "rules:\n  single-h1: off\ncustomRules: []\n");
        assertEquals("more.yaml:1:1: an included rules file holds only customRules: [...], found \"rules\"",
                Rules.error(dir, "customRules:\n  - include: more.yaml\n"));
        write("more.yaml", "customRules:\n  - include: more.yaml\n");
        assertEquals("more.yaml:2:14: more.yaml is already included (at .fmlint.yaml:2:14); include a file once",
                Rules.error(dir, "customRules:\n  - include: more.yaml\n"));
        write("more.yaml", "customRules: [\n");
        assertTrue(Rules.error(dir, "customRules:\n  - include: more.yaml\n").startsWith("more.yaml:"));
    }

    @Test
    void oneOfFileReadsLinesOrAYamlList() throws Exception {
        write("c.txt", "# the categories\nnews\n\n  howto  \n");
        write("c.yaml", "- news\n- 2024\n- yes\n");
        String rule = "customRules:\n  - id: c\n    message: '\"{value}\" is not a category'\n    field: category\n"
                + "    one-of-file: %s\n";
        CustomRule fromLines = Rules.read(dir, rule.formatted("c.txt")).get(0);
        assertEquals(List.of(), Rules.findings(fromLines, "---\ncategory: howto\n---\n"));
        assertEquals(List.of("2:11 \"# the categories\" is not a category"),
                Rules.findings(fromLines, "---\ncategory: '# the categories'\n---\n"));
        CustomRule fromYaml = Rules.read(dir, rule.formatted("c.yaml")).get(0);
        assertEquals(List.of("2:25 \"true\" is not a category"),
                Rules.findings(fromYaml, "---\ncategory: [2024, 'yes', true]\n---\n"));
        write("c.yaml", "news: 1\n");
        assertEquals(".fmlint.yaml:5:18: custom rule \"c\": one-of-file \"c.yaml\": line 1: expected a YAML list of "
                + "values (- value)", Rules.error(dir, rule.formatted("c.yaml")));
        write("c.txt", "# nothing\n");
        assertEquals(".fmlint.yaml:5:18: custom rule \"c\": one-of-file \"c.txt\": it has no values",
                Rules.error(dir, rule.formatted("c.txt")));
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
