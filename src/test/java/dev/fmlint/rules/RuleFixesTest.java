package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Fixes are text edits: applying them must give the expected text, and the rule must then be satisfied. */
class RuleFixesTest {

    @Test
    void tagsStringBecomesAFlowListThatReadsBackAsStrings() {
        String text = "---\ntitle: Trends\ntags: AI, 2024，2025、趋势, GPT-4, Claude\n---\nBody\n";
        String fixed = fixOnce(text, "tags-format");
        assertEquals("---\ntitle: Trends\ntags: [AI, \"2024\", \"2025\", 趋势, GPT-4, Claude]\n---\nBody\n", fixed);
        YamlNode tags = frontMatter(fixed).get("tags").orElseThrow();
        YamlNode.Sequence list = assertInstanceOf(YamlNode.Sequence.class, tags);
        assertEquals(List.of("AI", "2024", "2025", "趋势", "GPT-4", "Claude"),
                list.items().stream().map(i -> ((YamlNode.Scalar) i).value()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "tags: a, b                 | tags: [a, b]",
        "tags: \"yes, no, null, ~\" | tags: [\"yes\", \"no\", \"null\", \"~\"]",
        "tags: 'a: b, #c, [d], e'   | tags: [\"a: b\", \"#c\", \"[d]\", e]",
        "tags: \"\"                 | tags: []",
        "tags: 2024                 | tags: [\"2024\"]",
        "tags: [x, 7, \" y \"]      | tags: [x, \"7\", y]",
    })
    void tagsFixes(String before, String after) {
        String fixed = fixOnce("---\n" + before + "\n---\n", "tags-format");
        assertEquals("---\n" + after + "\n---\n", fixed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "slug: My_Post  Title       | slug: my-post-title",
        "slug: \"Hello World\"      | slug: \"hello-world\"",
        "slug: '--Hello--World-'    | slug: 'hello-world'",
        "slug: Yes                  | slug: \"yes\"",
        "slug: TRUE_                | slug: \"true\"",
        "slug: \"1E5\"              | slug: \"1e5\"",
        "slug: >\\n  Block Value   | slug: block-value",
    })
    void slugFixesKeepTheQuotingStyle(String before, String after) {
        String fixed = fixOnce("---\n" + before.replace("\\n", "\n") + "\n---\n", "slug-format");
        assertEquals("---\n" + after + "\n---\n", fixed);
    }

    @Test
    void slugWithCjkGetsAHintAndNoFix() {
        FileResult result = FixtureLinter.lint("---\nslug: 你好-world\n---\n", FixtureLinter.rule("slug-format"));
        assertEquals(1, result.diagnostics().size());
        assertEquals(null, result.diagnostics().get(0).fix());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "# Hello.                   | # Hello",
        "# Hello .                  | # Hello",
        "# Closed. ##               | # Closed ##",
        "# *Note:*                  | # *Note*",
        "# [Docs.](https://x.org)   | # [Docs](https://x.org)",
        "# 总结。                   | # 总结",
        "# Wait..!                  | # Wait",
        "Foo\\r\\nbar.\\r\\n===     | Foo\\r\\nbar\\r\\n===",
    })
    void trailingPunctuationIsRemoved(String before, String after) {
        String b = before.replace("\\r\\n", "\r\n");
        String a = after.replace("\\r\\n", "\r\n");
        assertEquals(a + "\n", fixOnce(b + "\n", "heading-trailing-punctuation"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "See https://example.com/a_(b).       | See <https://example.com/a_(b)>.",
        "Mail me@example.com, or www.x.org!  | Mail <me@example.com>, or <http://www.x.org>!",
        "详见https://example.com/中文。下一句  | 详见<https://example.com/中文>。下一句",
        "访问https://例子.com，谢谢           | 访问<https://例子.com>，谢谢",
    })
    void bareUrlsBecomeAutolinks(String before, String after) {
        assertEquals(after.strip() + "\n", fixOnce(before.strip() + "\n", "no-bare-urls"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "使用Java开发                 | 使用 Java 开发",
        "使用**Java**开发             | 使用 **Java** 开发",
        "**中文**English和*Go*语言     | **中文** English 和 *Go* 语言",
        "你好, 世界.                  | 你好，世界。",
        "你好， 世界 。参数 （可选）   | 你好，世界。参数（可选）",
        "发布于2024年5月1日,共3个.     | 发布于 2024年5月1日，共 3 个。",
        "[文档Docs](a.md)和`code`中   | [文档 Docs](a.md)和`code`中",
    })
    void cjkSpacingFixes(String before, String after) {
        assertEquals(after.strip() + "\n", fixOnce(before.strip() + "\n", "cjk-spacing"));
    }

    static Stream<Named<Path>> fixableFixtures() {
        return FixtureLinter.fixtures().stream()
                .filter(p -> FixtureLinter.rule(FixtureLinter.ruleId(p)).meta().fixable())
                .map(p -> Named.of(FixtureLinter.ROOT.relativize(p).toString().replace('\\', '/'), p));
    }

    /** Every fix in every fixture converges: once applied, the fixed findings are gone and the file still parses. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixableFixtures")
    void fixesConvergeOnEveryFixture(Path fixture) {
        Rule rule = FixtureLinter.rule(FixtureLinter.ruleId(fixture));
        SourceFile file = FixtureLinter.read(fixture);
        FileResult before = FixtureLinter.lint(file, rule, FixtureLinter.options(fixture));
        String fixed = FixtureLinter.applyFixes(file.text(), before.diagnostics());
        FileResult after = FixtureLinter.lint(SourceFile.of(null, "fixed.md", fixed, false), rule,
                FixtureLinter.options(fixture));
        List<Diagnostic> left = after.diagnostics();
        assertTrue(left.stream().allMatch(d -> d.ruleId().equals(rule.meta().id())),
                "the fixed file must still parse: " + left);
        assertTrue(left.stream().noneMatch(d -> d.fix() != null), "a fix must not need another fix: " + left);
        if (!fixed.equals(file.text())) {
            assertEquals(file.text().contains("\r\n"), fixed.contains("\r\n"), "fixes keep the line endings");
        }
    }

    @Test
    void noFixForAnUnfixableSlug() {
        FileResult result = FixtureLinter.lint("---\nslug: c++ & java\n---\n", FixtureLinter.rule("slug-format"));
        assertFalse(result.diagnostics().isEmpty());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.fix() == null));
    }

    private static String fixOnce(String text, String ruleId) {
        Rule rule = FixtureLinter.rule(ruleId);
        FileResult result = FixtureLinter.lint(text, rule);
        assertFalse(result.diagnostics().isEmpty(), "expected a finding in: " + text);
        String fixed = FixtureLinter.applyFixes(text, result.diagnostics());
        List<Diagnostic> after = FixtureLinter.lint(fixed, rule).diagnostics();
        assertEquals(List.of(), after, "after the fix:\n" + fixed);
        return fixed;
    }

    private static YamlNode.Mapping frontMatter(String text) {
        SourceFile file = SourceFile.of(null, "t.md", text, false);
        int start = text.indexOf('\n') + 1;
        int end = text.indexOf("\n---", start) + 1;
        YamlComposer.Result result = new YamlComposer(YamlComposer.Limits.DEFAULT)
                .compose(file, new dev.fmlint.source.Span(start, end));
        return assertInstanceOf(YamlComposer.Composed.class, result).root();
    }
}
