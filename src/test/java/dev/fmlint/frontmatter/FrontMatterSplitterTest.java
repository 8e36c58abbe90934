package dev.fmlint.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.fmlint.source.SourceFile;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();

    private static SourceFile file(String text) {
        return SourceFile.of(null, "t.md", text, false);
    }

    @Test
    void findsBlockAndBody() {
        SourceFile f = file("---\ntitle: x\n---\n# Body\n");
        var block = assertInstanceOf(FrontMatterSplitter.Block.class, splitter.split(f));
        assertEquals("title: x\n", f.slice(block.content()));
        assertEquals("# Body\n", f.text().substring(block.bodyStart()));
        assertEquals("---\ntitle: x\n---", f.slice(block.block()));
    }

    @Test
    void dotsCloseToo() {
        SourceFile f = file("---\na: 1\n...\nbody");
        assertEquals("body", f.text().substring(
                assertInstanceOf(FrontMatterSplitter.Block.class, splitter.split(f)).bodyStart()));
    }

    @Test
    void crlfAndTrailingSpacesOnFences() {
        SourceFile f = file("--- \r\na: 1\r\n---\t\r\nbody\r\n");
        var block = assertInstanceOf(FrontMatterSplitter.Block.class, splitter.split(f));
        assertEquals("a: 1\r\n", f.slice(block.content()));
        assertEquals("body\r\n", f.text().substring(block.bodyStart()));
    }

    @Test
    void crOnlyLineEndings() {
        SourceFile f = file("---\ra: 1\r---\rbody");
        var block = assertInstanceOf(FrontMatterSplitter.Block.class, splitter.split(f));
        assertEquals("a: 1\r", f.slice(block.content()));
    }

    @Test
    void emptyBlockAndBlockAtEndOfFile() {
        SourceFile empty = file("---\n---\n");
        assertEquals("", empty.slice(assertInstanceOf(FrontMatterSplitter.Block.class, splitter.split(empty)).content()));
        SourceFile noBody = file("---\na: 1\n---");
        var block = assertInstanceOf(FrontMatterSplitter.Block.class, splitter.split(noBody));
        assertEquals(noBody.text().length(), block.bodyStart());
    }

    @Test
    void fenceMustBeTheVeryFirstLine() {
        assertInstanceOf(FrontMatterSplitter.None.class, splitter.split(file("\n---\na: 1\n---\n")));
        assertInstanceOf(FrontMatterSplitter.None.class, splitter.split(file("# Title\n---\n")));
        assertInstanceOf(FrontMatterSplitter.None.class, splitter.split(file("----\na\n----\n")));
        assertInstanceOf(FrontMatterSplitter.None.class, splitter.split(file("")));
    }

    @Test
    void unterminatedPointsAtTheOpeningLine() {
        SourceFile f = file("---\ntitle: x\n# Body\n");
        var u = assertInstanceOf(FrontMatterSplitter.Unterminated.class, splitter.split(f));
        assertEquals(1, f.lines().line(u.opening().start()));
    }

    @Test
    void tomlIsRecognisedAsUnsupported() {
        var u = assertInstanceOf(FrontMatterSplitter.Unsupported.class, splitter.split(file("+++\na = 1\n+++\n")));
        assertEquals("TOML", u.format());
    }

    @Test
    void jsonIsRecognisedAsUnsupported() {
        SourceFile f = file("{\n  \"title\": \"x\"\n}\n# Body\n");
        var u = assertInstanceOf(FrontMatterSplitter.Unsupported.class, splitter.split(f));
        assertEquals("JSON", u.format());
        assertEquals("{", f.slice(u.opening()));
        assertEquals("JSON front matter (a first line that is \"{\") is not supported; write it as YAML between "
                + "\"---\" lines", u.message());
        assertInstanceOf(FrontMatterSplitter.Unsupported.class, splitter.split(file("{  \r\n\"a\": 1\r\n}\r\n")));
    }

    @Test
    void bodiesThatOnlyStartWithABraceAreNotJson() {
        assertInstanceOf(FrontMatterSplitter.None.class, splitter.split(file("{% raw %}\n# Body\n")));
        assertInstanceOf(FrontMatterSplitter.None.class, splitter.split(file("{{ page.title }}\n")));
        assertInstanceOf(FrontMatterSplitter.None.class, splitter.split(file("{\"title\": \"x\"}\n# Body\n")));
        assertInstanceOf(FrontMatterSplitter.None.class, splitter.split(file(" {\n}\n")));
    }
}
