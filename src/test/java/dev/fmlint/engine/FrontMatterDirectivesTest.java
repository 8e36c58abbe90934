package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmlint.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterDirectivesTest {
    /** Each directive in the YAML between the fences, as its kind and the rule ids its spans cover. */
    private static List<String> found(String yaml) {
        String text = "---\n" + yaml + "---\n# Body\n";
        Span content = new Span(4, 4 + yaml.length());
        return new FrontMatterDirectives().find(text, content).stream()
                .map(c -> c instanceof Directive d
                        ? text.substring(d.span().start(), d.span().start() + 1) + d.kind() + " " + d.rules().stream()
                                .map(r -> text.substring(r.span().start(), r.span().end())).toList()
                        : "unknown " + text.substring(c.span().start(), c.span().end()))
                .toList();
    }

    @Test
    void aCommentAfterAValueAndOneOnItsOwnLine() {
        assertEquals(List.of("#DISABLE_LINE [tags-format, schema]", "#DISABLE_NEXT_LINE [slug-format]"),
                found("tags: a, b  # fmlint-disable-line tags-format schema\n"
                        + "# fmlint-disable-next-line slug-format\nslug: Bad Slug\n"));
    }

    @Test
    void aHashInsideQuotesIsNotAComment() {
        assertEquals(List.of(), found("title: \"C# # fmlint-disable-line title-h1\"\n"));
        assertEquals(List.of(), found("title: 'C# # fmlint-disable-line title-h1'\n"));
        assertEquals(List.of(), found("title: 'it''s # fmlint-disable-line title-h1'\n"));
    }

    @Test
    void aHashGluedToTextIsNotAComment() {
        assertEquals(List.of(), found("title: C#fmlint-disable-line\n"));
    }

    @Test
    void aQuoteInsideAPlainScalarOpensNothing() {
        // The value is the plain scalar "a, 'b"; the comment starts at " # fmlint-…'".
        assertEquals(List.of("#DISABLE_LINE [tags-format']"),
                found("tags: a, 'b # fmlint-disable-line tags-format'\n"));
    }

    @Test
    void aBlockScalarHoldsTextNotComments() {
        assertEquals(List.of(), found("summary: |\n  # fmlint-disable-file\n  text\n"));
    }

    @Test
    void aCommentInAFlowListCounts() {
        assertEquals(List.of("#DISABLE_LINE [tags-format]"),
                found("tags: [a,  # fmlint-disable-line tags-format\n  b]\n"));
    }

    @Test
    void cjkAndEmojiBeforeTheCommentKeepUtf16Offsets() {
        assertEquals(List.of("#DISABLE_LINE [title-h1]"),
                found("title: 見出し😀  # fmlint-disable-line title-h1\n"));
    }

    @Test
    void crlfLinesEndTheComment() {
        assertEquals(List.of("#DISABLE_LINE [a]", "#DISABLE_NEXT_LINE [b]"),
                found("x: 1  # fmlint-disable-line a\r\n# fmlint-disable-next-line b\r\ny: 2\r\n"));
    }

    @Test
    void aMisspeltDirectiveIsFound() {
        assertEquals(List.of("unknown # fmlint-disabel-line x"), found("x: 1  # fmlint-disabel-line x\n"));
    }

    @Test
    void otherCommentsAreIgnored() {
        assertEquals(List.of(), found("# yaml-language-server: $schema=post.json\nx: 1  # fmlint is great\n"));
    }
}
