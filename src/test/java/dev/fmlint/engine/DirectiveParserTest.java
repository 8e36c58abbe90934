package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectiveParserTest {
    private static final int BASE = 100;
    private static final Span COMMENT = new Span(90, 200);

    private static Optional<InlineComment> parse(String content) {
        return new DirectiveParser().parse(content, i -> BASE + i, COMMENT);
    }

    private static Directive directive(String content) {
        return assertInstanceOf(Directive.class, parse(content).orElseThrow());
    }

    private static List<String> ids(Directive d) {
        return d.rules().stream().map(Directive.RuleRef::id).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "' fmlint-disable ', DISABLE",
        "fmlint-enable, ENABLE",
        "' fmlint-disable-line ', DISABLE_LINE",
        "' fmlint-disable-next-line ', DISABLE_NEXT_LINE",
        "' fmlint-disable-file ', DISABLE_FILE",
    })
    void eachKeywordIsADirectiveForAllRules(String content, Directive.Kind kind) {
        Directive d = directive(content);
        assertEquals(kind, d.kind());
        assertTrue(d.allRules());
        assertEquals(COMMENT, d.span());
    }

    @Test
    void ruleIdsAreSeparatedBySpacesOrCommasAndKeepTheirPlace() {
        Directive d = directive(" fmlint-disable-line a-b, c\td ");
        assertEquals(List.of("a-b", "c", "d"), ids(d));
        // " fmlint-disable-line " is 21 characters, so "a-b" starts at index 21.
        assertEquals(new Span(BASE + 21, BASE + 24), d.rules().get(0).span());
        assertEquals(new Span(BASE + 26, BASE + 27), d.rules().get(1).span());
    }

    @Test
    void aReasonAfterTwoDashesIsNotARuleId() {
        assertEquals(List.of("tags-format"),
                ids(directive(" fmlint-disable-line tags-format -- legacy post, see #12 ")));
        assertEquals(List.of(), ids(directive(" fmlint-disable -- whole section is generated ")));
        assertEquals(List.of("x"), ids(directive(" fmlint-disable x --")));
    }

    @Test
    void dashesInsideAnIdAreNotAReason() {
        assertEquals(List.of("x--y", "z"), ids(directive(" fmlint-disable x--y z")));
    }

    @Test
    void noSpaceAroundTheKeywordIsFine() {
        assertEquals(Directive.Kind.DISABLE, directive("fmlint-disable").kind());
        assertEquals(List.of("a"), ids(directive("\nfmlint-enable\na\n")));
    }

    @Test
    void aMisspeltKeywordIsAnUnknownDirectiveWithItsPlace() {
        InlineComment.Unknown u = assertInstanceOf(InlineComment.Unknown.class,
                parse("  fmlint-disabel heading-increment ").orElseThrow());
        assertEquals("fmlint-disabel", u.keyword());
        assertEquals(new Span(BASE + 2, BASE + 16), u.keywordSpan());
    }

    @ParameterizedTest
    @CsvSource({"' just a note '", "' see fmlint-disable in the docs '", "' FMLINT-DISABLE '", "''",
        "' markdownlint-disable '"})
    void commentsNotStartingWithThePrefixAreNotDirectives(String content) {
        assertEquals(Optional.empty(), parse(content));
    }

    @Test
    void cjkRuleTextKeepsUtf16Offsets() {
        Directive d = directive(" fmlint-disable-line 見出し x ");
        assertEquals(List.of("見出し", "x"), ids(d));
        assertEquals(new Span(BASE + 25, BASE + 26), d.rules().get(1).span());
    }
}
