package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.fmlint.markdown.MarkdownParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyDirectivesTest {
    /** Each comment found, as the text its span covers, then each rule id as the text its span covers. */
    private static List<String> found(String text, int bodyStart) {
        return new BodyDirectives().find(new MarkdownParser().parse(text.substring(bodyStart)), text, bodyStart)
                .stream()
                .map(c -> {
                    String comment = text.substring(c.span().start(), c.span().end());
                    if (c instanceof Directive d) {
                        return comment + " " + d.rules().stream()
                                .map(r -> "[" + text.substring(r.span().start(), r.span().end()) + "]").toList();
                    }
                    return comment;
                })
                .toList();
    }

    private static List<String> found(String text) {
        return found(text, 0);
    }

    @Test
    void aCommentOnItsOwnLineAndOneAfterText() {
        assertEquals(List.of("<!-- fmlint-disable a --> [[a]]", "<!-- fmlint-disable-line b --> [[b]]"),
                found("<!-- fmlint-disable a -->\n\n# Title <!-- fmlint-disable-line b -->\n"));
    }

    @Test
    void anHtmlBlockMayHoldSeveralCommentsAndOtherMarkup() {
        assertEquals(List.of("<!-- fmlint-disable a --> [[a]]", "<!-- fmlint-enable --> []"),
                found("<div>\n<!-- fmlint-disable a --> <!-- note --> <!-- fmlint-enable -->\n</div>\n"));
    }

    @Test
    void aMultiLineCommentInABlockQuoteMapsIdsOnLaterLinesToTheFile() {
        String text = "> <!-- fmlint-disable\n>   rule-a\n>   rule-b -->\n";
        List<String> all = found(text);
        assertEquals(1, all.size(), all.toString());
        assertEquals("<!-- fmlint-disable\n>   rule-a\n>   rule-b --> [[rule-a], [rule-b]]", all.get(0));
    }

    @Test
    void anInlineCommentOverTwoQuotedLinesMapsToTheFileToo() {
        assertEquals(List.of("<!-- fmlint-disable-line\n> rule-a --> [[rule-a]]"),
                found("> Text <!-- fmlint-disable-line\n> rule-a --> more\n"));
    }

    @Test
    void commentsInCodeBlocksAndCodeSpansAreNotDirectives() {
        String text = """
                ```markdown
                <!-- fmlint-disable-file -->
                ```

                    <!-- fmlint-disable-file -->

                Write `<!-- fmlint-disable-file -->` to silence a whole file.

                \\<!-- fmlint-disable-file -->
                """;
        assertEquals(List.of(), found(text));
    }

    @Test
    void commentsInScriptAndStyleBlocksAreText() {
        assertEquals(List.of(), found("<script>\n<!-- fmlint-disable-file -->\n</script>\n"));
        assertEquals(List.of(), found("<style>\n<!-- fmlint-disable-file -->\n</style>\n"));
    }

    @Test
    void anAttributeValueThatLooksLikeACommentIsNotOne() {
        assertEquals(List.of(), found("Text <abbr title=\"<!-- fmlint-disable-file -->\">x</abbr>\n"));
    }

    @Test
    void anUnclosedCommentIsNoDirective() {
        assertEquals(List.of(), found("<!-- fmlint-disable-file\n\ntext\n"));
    }

    @Test
    void aReasonWithDashesIsAValidComment() {
        assertEquals(List.of("<!-- fmlint-disable-line x -- legacy post --> [[x]]"),
                found("# T <!-- fmlint-disable-line x -- legacy post -->\n"));
    }

    @Test
    void offsetsCountFromTheBodyStartWithCrlfAndCjk() {
        String text = "---\r\ntitle: 見出し\r\n---\r\n# 見出し\r\n\r\n"
                + "段落 <!-- fmlint-disable-line 規則 -->\r\n";
        int bodyStart = text.indexOf("# ");
        assertEquals(List.of("<!-- fmlint-disable-line 規則 --> [[規則]]"), found(text, bodyStart));
    }

    @Test
    void aMisspeltDirectiveIsFoundToo() {
        List<InlineComment> all = new BodyDirectives().find(new MarkdownParser().parse("<!-- fmlint-disabel x -->\n"),
                "<!-- fmlint-disabel x -->\n", 0);
        assertInstanceOf(InlineComment.Unknown.class, all.get(0));
    }
}
