package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmlint.report.FileResult;
import dev.fmlint.spi.RuleOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What fixtures cannot hold: real images, folders with other letter case, site paths, symbolic links. */
class LinkTargetExistsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> run(Path file, Map<String, Object> options) {
        List<FileResult> results = FixtureLinter.run(List.of(file), FixtureLinter.rule("link-target-exists"),
                f -> new RuleOptions(options), f -> dir.relativize(f).toString(), dir);
        return results.get(0).diagnostics().stream()
                .map(d -> d.start().line() + ":" + d.start().column() + " " + d.message()).toList();
    }

    @Test
    void imagesAndFoldersAreFoundWithTheirExactCase() throws IOException {
        write("docs/Images/Logo.png", "png");
        Path page = write("docs/page.md", """
                ![ok](Images/Logo.png) ![folder case](images/Logo.png) ![file case](Images/logo.png)
                [folder](Images/) [nested](./Images/../Images/Logo.png) [file as folder](Images/Logo.png/x)
                """);
        assertEquals(List.of(
                "1:24 image \"images/Logo.png\" does not exist; \"images\" is spelled \"Images\" on disk, and letter case matters",
                "1:56 image \"Images/logo.png\" does not exist; \"logo.png\" is spelled \"Logo.png\" on disk, and letter case matters",
                "2:57 link target \"Images/Logo.png/x\" does not exist"), run(page, Map.of()));
    }

    @Test
    void missingFoldersShareOneHint() throws IOException {
        Files.createDirectories(dir.resolve("docs/Snippets/cpp"));
        Path page = write("docs/page.md", """
                [a](snippets/cpp/a.cpp) [b](snippets/cpp/b.cpp) [c](gone/deeper/c.cpp) [d](Snippets/cpp/d.cpp)
                """);
        assertEquals(List.of(
                "1:1 link target \"snippets/cpp/a.cpp\" does not exist; \"snippets\" is spelled \"Snippets\" on disk, and letter case matters",
                "1:25 link target \"snippets/cpp/b.cpp\" does not exist; \"snippets\" is spelled \"Snippets\" on disk, and letter case matters",
                "1:49 link target \"gone/deeper/c.cpp\" does not exist",
                "1:72 link target \"Snippets/cpp/d.cpp\" does not exist"), run(page, Map.of()));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "/p | /p/docs | a.md              | /p/docs/a.md",
        "/p | /p/docs | ./x/../a.md       | /p/docs/a.md",
        "/p | /p/docs | ../a.md           | /p/a.md",
        "/p | /p/docs | ../../a.md        | ",
        "/p | /p/docs | ../../p/a.md      | /p/a.md",
        "/p | /p/docs | ../../pa/a.md     | ",
        "/p | /p/docs | x//y/./           | /p/docs/x/y",
        "/p | /p/docs | /a.md             | ",
    })
    void linksResolveAsText(String root, String folder, String link, String expected) {
        assertEquals(expected == null ? "" : expected,
                LinkPath.resolve(root, folder, null, link).orElse(""));
    }

    @Test
    void sitePathsAreCheckedOnlyWithASiteRoot() throws IOException {
        write("site/guide.md", "# Guide\n\n## Setup\n");
        Path page = write("site/blog/post.md", "[a](/guide.md#setup) [b](/guide.md#nope) [c](/missing.md)\n");
        assertEquals(List.of(), run(page, Map.of()));
        assertEquals(List.of("1:22 \"/guide.md\" has no heading or anchor \"#nope\"",
                "1:42 link target \"/missing.md\" does not exist"), run(page, Map.of("siteRoot", "site")));
        assertEquals(List.of(), run(page, Map.of("siteRoot", "../elsewhere")));
    }

    @Test
    void aLinkThroughASymbolicLinkOutOfTheProjectIsNotRead() throws IOException {
        Path outside = Files.createTempFile("outside", ".md");
        try {
            Files.writeString(outside, "# Secret\n");
            Files.createSymbolicLink(dir.resolve("link.md"), outside);
            Path page = write("page.md", "[a](link.md#secret) [b](link.md#anything)\n");
            assertEquals(List.of(), run(page, Map.of()));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void filesOutsideTheRunAreReadForTheirHeadingsOnce() throws IOException {
        write("other.md", "---\ntitle: x\n---\n# Other\n\n## Part\n");
        Path page = write("page.md", "[a](other.md#part) [b](other.md#other) [c](other.md#nope)\n");
        assertEquals(List.of("1:40 \"other.md\" has no heading or anchor \"#nope\""), run(page, Map.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Hello World                 | hello-world",
        "Q&A: What's *new*?          | qa-whats-new",
        "快速 开始                    | 快速-开始",
        "C++ & C# — 入门              | c--c--入门",
        "  Spaces   inside           | spaces---inside",
        "Émoji 🎉 party              | émoji--party",
        "foo_bar-baz.qux             | foo_bar-bazqux",
        "全角，标点。                 | 全角标点",
    })
    void slugsAreGitHubs(String heading, String slug) {
        assertEquals(slug, HeadingAnchors.slug(heading.strip()));
    }

    @Test
    void repeatedHeadingsGetNumberedAnchors() {
        var doc = new dev.fmlint.markdown.MarkdownParser().parse("# A\n## A\n## A-1\n## A\n");
        assertEquals(List.of("a", "a-1", "a-1-1", "a-2"), List.copyOf(HeadingAnchors.of(doc)));
    }

    @Test
    void lineBreaksInHeadingsAndIdsSurviveTheAnchorSources() {
        var doc = new dev.fmlint.markdown.MarkdownParser().parse("""
                Two
                lines {#both
                }
                ===

                Soft\\
                break
                -----

                <a id="x
                y"></a> and an entity: Car&#13;riage
                ====
                """);
        String sources = HeadingAnchors.sources(dev.fmlint.markdown.Elements.of(doc));
        assertEquals(List.of("twolines-both", "softbreak", "and-an-entity-carriage", "x y"),
                List.copyOf(HeadingAnchors.of(sources))); // a heading's anchor comes before the ids inside it
    }

    @Test
    void htmlIdsAndNamesAreAnchors() {
        var doc = new dev.fmlint.markdown.MarkdownParser().parse("""
                <a  NAME = 'one'></a><span id=two class="x"></span>
                <p data-id="no" aid="no" id-x="no" title="id=no">text</p>

                Inline <a id="three">anchor</a> and <b name=four>.

                ## Heading {#five}
                """);
        assertEquals(List.of("one", "two", "three", "four", "five", "heading-five"), List.copyOf(HeadingAnchors.of(doc)));
    }

    @Test
    void percentEncodingIsDecoded() {
        assertEquals("安装 指南", LinkPath.decode("%E5%AE%89%E8%A3%85%20%E6%8C%87%E5%8D%97"));
        assertEquals("100%", LinkPath.decode("100%"));
        assertEquals("%FF", LinkPath.decode("%FF"));
    }
}
