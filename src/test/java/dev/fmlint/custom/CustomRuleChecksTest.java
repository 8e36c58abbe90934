package dev.fmlint.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each scope and each check of custom rules, on real files through the linter, with CJK text. */
class CustomRuleChecksTest {

    private static final String BODY = """
            ---
            title: 中文
            ---
            # 标题 TODO

            正文 TODO 和 `TODO` 代码。

                TODO indented

            ```
            TODO fenced
            ```

            <!-- TODO in a comment -->
            """;

    @Test
    void bodyTextLeavesOutCodeAndHtml() {
        CustomRule rule = Rules.one("""
                  - id: no-todo
                    message: found {match}
                    scope: body
                    forbid: TODO
                """);
        assertEquals(List.of("4:6 found TODO", "6:4 found TODO"), Rules.findings(rule, BODY));
    }

    @Test
    void includeCodeAddsCodeSpansAndBlocks() {
        CustomRule rule = Rules.one("""
                  - id: no-todo
                    message: found {match}
                    scope: body
                    includeCode: true
                    forbid: TODO
                """);
        assertEquals(List.of("4:6 found TODO", "6:4 found TODO", "6:12 found TODO", "8:5 found TODO",
                "11:1 found TODO"), Rules.findings(rule, BODY));
    }

    @Test
    void bodyTextJoinsLinesAndBlocks() {
        CustomRule rule = Rules.one("""
                  - id: phrase
                    message: '"{match}"'
                    scope: body
                    forbid: 'click\\s+here|(?s)end\\..*start'
                """);
        // A soft line break reads as a space; blocks are separated by a newline; "$" is the end of the text.
        assertEquals(List.of("1:6 \"click here\"", "4:5 \"end.\\nstart\""),
                Rules.findings(rule, "Just click\nhere.\n\nThe end.\n\nstart again\n"));
    }

    @Test
    void headingsAreCheckedOneByOne() {
        CustomRule rule = Rules.one("""
                  - id: heading-capital
                    message: heading "{value}" starts with a small letter
                    scope: headings
                    require: '^[\\p{Lu}\\p{Han}\\d]'
                """);
        assertEquals(List.of("3:1 heading \"bad start\" starts with a small letter"),
                Rules.findings(rule, "# Good\n\n## bad start\n\n### 中文标题\n\nbody text\n"));
    }

    @Test
    void linkUrlsAreFoundInInlineLinksAutolinksAndDefinitions() {
        CustomRule rule = Rules.one("""
                  - id: no-http-links
                    message: "{value} uses http://"
                    severity: warning
                    scope: link-url
                    forbid: '^http://(.*)$'
                    suggest: 'https://$1'
                """);
        String text = "见 [站点](http://example.com/路径) 和 <http://auto.example>。\n\n[用][ref]\n\n"
                + "[ref]: http://ref.example \"t\"\n\n[fine](https://ok.example)\n";
        assertEquals(List.of("1:8 http://example.com/路径 uses http://", "1:34 http://auto.example uses http://",
                "5:8 http://ref.example uses http://"), Rules.findings(rule, text));
        assertEquals(text.replace("http://", "https://"), Rules.fixed(rule, text));
    }

    @Test
    void linkTextAndImageAlt() {
        CustomRule linkText = Rules.one("""
                  - id: no-click-here
                    message: link text "{value}" says nothing
                    scope: link-text
                    forbid: '(?i)^\\s*(click here|这里)\\s*$'
                """);
        assertEquals(List.of("1:2 link text \"Click here\" says nothing", "1:40 link text \"这里\" says nothing"),
                Rules.findings(linkText, "[Click here](a.md) or [docs](b.md) or [这里](c.md)\n"));
        CustomRule alt = Rules.one("""
                  - id: alt-text
                    message: image needs alt text
                    scope: image-alt
                    min-length: 1
                """);
        assertEquals(List.of("1:13 image needs alt text"), Rules.findings(alt, "![图](a.png) ![](b.png)\n"));
    }

    @Test
    void fieldValuesListsAndPointers() {
        CustomRule tags = Rules.one("""
                  - id: known-tags
                    message: unknown tag "{value}"
                    field: tags
                    one-of: [news, 中文, 2024]
                """);
        assertEquals(List.of("2:14 unknown tag \"howto\""),
                Rules.findings(tags, "---\ntags: [news, howto, 中文, 2024]\n---\n"));
        CustomRule author = Rules.one("""
                  - id: author-name
                    message: 'author name "{value}" is not a full name'
                    pointer: /author/name
                    require: '\\s'
                """);
        assertEquals(List.of("3:9 author name \"佐藤\" is not a full name"),
                Rules.findings(author, "---\nauthor:\n  name: 佐藤\n---\n"));
        assertEquals(List.of(), Rules.findings(author, "---\nauthor:\n  name: 佐藤 花子\n---\n"));
        assertEquals(List.of(), Rules.findings(author, "---\nauthor: 佐藤\n---\n"));
        assertEquals(List.of(), Rules.findings(author, "no front matter\n"));
    }

    @Test
    void lengthsCountCodePoints() {
        CustomRule rule = Rules.one("""
                  - id: title-length
                    message: title "{value}" has the wrong length
                    field: title
                    min-length: 2
                    max-length: 4
                """);
        assertEquals(List.of(), Rules.findings(rule, "---\ntitle: 中文标题\n---\n"));
        assertEquals(List.of(), Rules.findings(rule, "---\ntitle: 👍👍👍👍\n---\n"));
        assertEquals(List.of("2:8 title \"中文标题啊\" has the wrong length"),
                Rules.findings(rule, "---\ntitle: 中文标题啊\n---\n"));
        assertEquals(List.of("2:8 title \"中\" has the wrong length"), Rules.findings(rule, "---\ntitle: 中\n---\n"));
    }

    @Test
    void notEqualFieldIgnoresCaseAndWhiteSpace() {
        CustomRule rule = Rules.one("""
                  - id: excerpt-not-title
                    message: the excerpt repeats the title
                    field: excerpt
                    not-equal-field: title
                """);
        assertEquals(List.of("3:10 the excerpt repeats the title"),
                Rules.findings(rule, "---\ntitle: Hello 世界\nexcerpt: \" hello   世界 \"\n---\n"));
        assertEquals(List.of(), Rules.findings(rule, "---\ntitle: Hello 世界\nexcerpt: 你好，世界\n---\n"));
        assertEquals(List.of(), Rules.findings(rule, "---\nexcerpt: Hello\n---\n"));
    }

    @Test
    void whenConditionsDecideWhereARuleRuns() {
        String rule = """
                  - id: no-todo
                    message: TODO
                    scope: body
                    forbid: TODO
                    when: %s
                """;
        CustomRule notDraft = Rules.one(rule.formatted("{field: draft, not: true}"));
        assertEquals(1, Rules.findings(notDraft, "TODO\n").size());
        assertEquals(1, Rules.findings(notDraft, "---\ndraft: false\n---\nTODO\n").size());
        assertEquals(0, Rules.findings(notDraft, "---\ndraft: true\n---\nTODO\n").size());
        CustomRule published = Rules.one(rule.formatted("{field: draft, equals: false}"));
        assertEquals(0, Rules.findings(published, "TODO\n").size());
        assertEquals(1, Rules.findings(published, "---\ndraft: false\n---\nTODO\n").size());
        CustomRule both = Rules.one(rule.formatted("[{field: slug, exists: true}, {pointer: /meta/版本, equals: 2}]"));
        assertEquals(0, Rules.findings(both, "---\nslug: s\n---\nTODO\n").size());
        assertEquals(0, Rules.findings(both, "---\nslug: ~\nmeta: {版本: 2}\n---\nTODO\n").size());
        assertEquals(1, Rules.findings(both, "---\nslug: s\nmeta: {版本: 2.0}\n---\nTODO\n").size());
    }

    @Test
    void suggestFixesFrontMatterValuesOnlyWhereTheReplacementIsSafe() {
        String rule = """
                  - id: no-todo
                    message: TODO in title
                    field: title
                    forbid: TODO
                    suggest: '%s'
                """;
        CustomRule done = Rules.one(rule.formatted("完成"));
        assertEquals("---\ntitle: 完成 中文\n---\n", Rules.fixed(done, "---\ntitle: TODO 中文\n---\n"));
        assertEquals("---\ntitle: \"x 完成\"\n---\n", Rules.fixed(done, "---\ntitle: \"x TODO\"\n---\n"));
        assertEquals("---\ntitle: 'x 完成'\n---\n", Rules.fixed(done, "---\ntitle: 'x TODO'\n---\n"));
        // An escape makes the value differ from its text: the finding covers the value, with no fix.
        assertEquals(List.of("2:8 TODO in title"), Rules.findings(done, "---\ntitle: \"\\tTODO\"\n---\n"));
        assertNull(Rules.diagnostics(done, "---\ntitle: \"\\tTODO\"\n---\n").get(0).fix());
        // "a: b" would turn a plain value into a mapping; a quote would end a quoted one.
        CustomRule colon = Rules.one(rule.formatted("a: b"));
        assertNull(Rules.diagnostics(colon, "---\ntitle: x TODO\n---\n").get(0).fix());
        CustomRule quote = Rules.one(rule.formatted("say \"hi\""));
        assertNull(Rules.diagnostics(quote, "---\ntitle: \"x TODO\"\n---\n").get(0).fix());
        assertEquals("---\ntitle: x say \"hi\"\n---\n", Rules.fixed(quote, "---\ntitle: x TODO\n---\n"));
    }

    @Test
    void messagesEscapeWhatTheyEcho() {
        CustomRule rule = Rules.one("""
                  - id: no-newline
                    message: 'title "{value}" has a line break'
                    field: title
                    forbid: '\\n'
                """);
        assertEquals(List.of("2:8 title \"a\\\"b\\nc\" has a line break"),
                Rules.findings(rule, "---\ntitle: \"a\\\"b\\nc\"\n---\n"));
    }

    @Test
    void emptyMatchesCountOnlyOnEmptyText() {
        CustomRule stars = Rules.one("  - id: x\n    message: m\n    field: title\n    forbid: 'x*'\n");
        assertEquals(List.of(), Rules.findings(stars, "---\ntitle: abc\n---\n"));
        CustomRule blank = Rules.one("  - id: blank\n    message: blank title\n    field: title\n    forbid: '^\\s*$'\n");
        // In a quoted value the finding points inside the quotes, at the text itself.
        assertEquals(List.of("2:9 blank title"), Rules.findings(blank, "---\ntitle: '  '\n---\n"));
        assertEquals(List.of("2:9 blank title"), Rules.findings(blank, "---\ntitle: ''\n---\n"));
        // A null value counts as absent: whether a key must be there is the schema's business.
        assertEquals(List.of(), Rules.findings(blank, "---\ntitle:\n---\n"));
        assertEquals(List.of(), Rules.findings(blank, "---\ntitle: 中文\n---\n"));
    }

    @Test
    void numbersAndBooleansCompareAsWritten() {
        CustomRule rule = Rules.one("  - id: year\n    message: year {value}\n    field: year\n    one-of: [2023, 2024]\n");
        assertEquals(List.of(), Rules.findings(rule, "---\nyear: 2024\n---\n"));
        assertEquals(List.of(), Rules.findings(rule, "---\nyear: '2024'\n---\n"));
        assertEquals(List.of("2:7 year 2025"), Rules.findings(rule, "---\nyear: 2025\n---\n"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void nestedQuantifiersRunInLinearTime() {
        CustomRule rule = Rules.one("""
                  - id: redos
                    message: m
                    scope: body
                    forbid: '(a+)+$'
                    require: '^(.*a){12}$'
                """);
        String text = "a".repeat(100_000) + "!\n";
        // RE2/J scans the text in linear time. java.util.regex needs seconds for the require pattern on 40
        // characters, and longer than the timeout here.
        assertEquals(List.of("1:1 m"), Rules.findings(rule, text));
    }
}
