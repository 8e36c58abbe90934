package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Declarative rules through the real entry point: the README's four examples, errors, listing, overrides. */
class CustomRulesEndToEndTest {
    @TempDir
    Path dir;

    /** The README's four example rules, word for word. */
    static final String EXAMPLES = """
            extends: recommended
            customRules:
              - id: no-todo-in-published
                message: "remove {match} before publishing, or set draft: true"
                scope: body
                forbid: '\\bTODO\\b'
                when: {field: draft, not: true}
              - id: category-known
                description: The category is one of the site's categories
                message: 'category "{value}" is not one of the site''s categories (see categories.txt)'
                field: category
                one-of-file: categories.txt
              - id: excerpt-not-title
                message: the excerpt only repeats the title; summarise the post instead
                field: excerpt
                not-equal-field: title
              - id: no-http-links
                severity: warning
                message: "link to {value} uses http://; use https://"
                scope: link-url
                forbid: '^http://(.*)$'
                suggest: 'https://$1'
            """;

    @BeforeEach
    void repository() throws IOException {
        write(".git/HEAD", "ref: refs/heads/main\n");
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void theFourExampleRules() throws IOException {
        write(".fmlint.yaml", EXAMPLES);
        write("categories.txt", "# one per line\nnews\nhowto\n随笔\n");
        write("posts/published.md", """
                ---
                title: 你好 World
                category: rants
                excerpt: "你好  world"
                ---
                # 你好 World

                正文 TODO here, but not `TODO` in code.

                See [the site](http://example.com/页面) or <https://example.org>.

                [ref]: http://ref.example
                """);
        write("posts/draft.md", """
                ---
                title: Draft
                draft: true
                category: 随笔
                excerpt: A draft about drafts
                ---
                # Draft

                TODO write this
                """);
        CliRun run = CliRun.in(dir, "check");
        assertEquals("""
                posts/published.md:3:11   error    category "rants" is not one of the site's categories (see categories.txt)  category-known
                posts/published.md:4:10   error    the excerpt only repeats the title; summarise the post instead  excerpt-not-title
                posts/published.md:8:4    error    remove TODO before publishing, or set draft: true  no-todo-in-published
                posts/published.md:10:16  warning  link to http://example.com/页面 uses http://; use https://  no-http-links
                posts/published.md:12:8   warning  link to http://ref.example uses http://; use https://  no-http-links

                2 files checked, 1 with problems: 3 errors, 2 warnings
                """, run.out());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("fmlint: checked 2 files in "), run.err());
    }

    @Test
    void customRulesAreListedDocumentedAndConfigurableLikeAnyRule() throws IOException {
        write(".fmlint.yaml", EXAMPLES + """
                rules:
                  excerpt-not-title: off
                overrides:
                  - files: drafts/**
                    rules:
                      no-http-links: off
                """);
        write("categories.txt", "news\n");
        CliRun list = CliRun.in(dir, "rules");
        assertTrue(list.out().matches("(?s).*\\nno-http-links\\s+warning\\s+yes\\s+link to … uses http://; use https://\\n.*"),
                list.out());
        assertTrue(list.out().matches("(?s).*\\ncategory-known\\s+error\\s+The category is one of the site's categories\\n.*"),
                list.out());
        CliRun page = CliRun.in(dir, "rules", "category-known");
        assertTrue(page.out().startsWith("# category-known\n\nThe category is one of the site's categories\n\n"
                + "A custom rule, defined in .fmlint.yaml:8:5.\n"), page.out());
        assertTrue(page.out().contains("- Check: one of \"news\" (one-of-file categories.txt)\n"), page.out());
        write("drafts/a.md", "---\ntitle: T\nexcerpt: T\n---\n# T\n\n[x](http://x.example)\n");
        write("b.md", "---\ntitle: T\nexcerpt: T\n---\n# T\n\n[x](http://x.example)\n");
        assertEquals(List.of("b.md:7:5  warning  link to http://x.example uses http://; use https://  no-http-links"),
                CliRun.in(dir, "check").findings());
        CliRun printConfig = CliRun.in(dir, "print-config", "b.md");
        assertTrue(printConfig.out().matches("(?s).*no-http-links\\s+warning\\s+custom rule \\.fmlint\\.yaml:17:5.*"),
                printConfig.out());
        assertTrue(printConfig.out().matches("(?s).*excerpt-not-title\\s+off\\s+\\.fmlint\\.yaml:24:3.*"),
                printConfig.out());
        CliRun typo = CliRun.in(dir, "check", "--disable", "no-http-link");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("did you mean \"no-http-links\""), typo.err());
    }

    @Test
    void rulesMayLiveInAnIncludedFileOrAnExtendedConfiguration() throws IOException {
        write("shared/base.yaml", """
                customRules:
                  - include: content-rules.yaml
                """);
        write("shared/content-rules.yaml", """
                customRules:
                  - id: category-known
                    message: unknown category {value}
                    field: category
                    one-of-file: categories.yaml
                """);
        write("shared/categories.yaml", "- news\n- howto\n");
        write(".fmlint.yaml", "extends: [recommended, shared/base.yaml]\n");
        write("a.md", "---\ntitle: A\ncategory: sports\n---\n# A\n");
        assertEquals(List.of("a.md:3:11  error    unknown category sports  category-known"), CliRun.in(dir, "check").findings());
    }

    static Stream<Arguments> badConfigs() {
        String head = "customRules:\n  - id: r\n    message: m\n";
        return Stream.of(
            Arguments.of("missing id", "customRules:\n  - message: m\n    scope: body\n    forbid: x\n",
                "fmlint: .fmlint.yaml:2:5: custom rule: missing \"id\": name the rule in kebab-case, e.g. no-todo"),
            Arguments.of("unknown key", head + "    scope: body\n    forbid: x\n    sugest: y\n",
                "fmlint: .fmlint.yaml:6:5: custom rule \"r\": unknown key \"sugest\"; did you mean \"suggest\"?"),
            Arguments.of("bad regex", head + "    scope: body\n    forbid: '(?<!https)://'\n",
                "fmlint: .fmlint.yaml:5:13: custom rule \"r\": forbid pattern \"(?<!https)://\" cannot be used: invalid "
                + "named capture: \"(?<!https)://\" (fmlint matches patterns with RE2/J, which runs in linear time but has no "
                + "look-around and no backreferences)"),
            Arguments.of("unknown scope", head + "    scope: links\n    forbid: x\n",
                "fmlint: .fmlint.yaml:4:12: custom rule \"r\": unknown scope \"links\" (scopes: body, headings, "
                + "link-text, link-url, image-alt; for front matter use field or pointer)"),
            Arguments.of("id of a built-in rule", "customRules:\n  - id: title-h1\n    message: m\n    field: t\n"
                + "    forbid: x\n", "fmlint: rule id \"title-h1\" of the custom rule at .fmlint.yaml:2:5 is already "
                + "taken by the built-in rule title-h1 (dev.fmlint.rules.TitleH1); rule ids must be unique, so give it "
                + "another id"),
            Arguments.of("id of a core check", "customRules:\n  - id: schema\n    message: m\n    field: t\n"
                + "    forbid: x\n", "fmlint: rule id \"schema\" of the custom rule at .fmlint.yaml:2:5 is already taken "
                + "by fmlint's core check schema; rule ids must be unique, so give it another id"),
            Arguments.of("two custom rules with one id", head + "    field: t\n    forbid: x\n" + head.substring(13)
                + "    field: u\n    forbid: y\n", "fmlint: rule id \"r\" of the custom rule at .fmlint.yaml:6:5 is "
                + "already taken by the custom rule at .fmlint.yaml:2:5; rule ids must be unique, so give it another id"),
            Arguments.of("missing one-of-file", head + "    field: category\n    one-of-file: cats.txt\n",
                "fmlint: .fmlint.yaml:5:18: custom rule \"r\": one-of-file \"cats.txt\": file not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void eachBadDefinitionIsOneClearUsageError(String name, String config, String expected) throws IOException {
        write(".fmlint.yaml", config);
        write("a.md", "# A\n");
        CliRun run = CliRun.in(dir, "check");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(expected + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aReDoSShapedPatternCannotHangARun() throws IOException {
        write(".fmlint.yaml", """
                customRules:
                  - id: redos
                    message: matched
                    scope: body
                    forbid: '(a+)+$'
                  - id: redos-field
                    message: matched
                    field: title
                    forbid: '^(.*a){12}$'
                """);
        String as = "a".repeat(200_000);
        write("a.md", "---\ntitle: " + "a".repeat(5_000) + "!\n---\n" + as + "!\n");
        CliRun run = CliRun.in(dir, "check");
        assertEquals(List.of(), run.findings(), run.out());
        assertEquals(0, run.exitCode(), run.err());
    }
}
