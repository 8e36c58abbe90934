package dev.fmlint.markdown;

import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one configured CommonMark parser: source spans on every block and inline, and explicit nesting
 * limits so that a later library default cannot reopen the deep-nesting holes fixed in 0.30.
 * Thread-safe: commonmark's {@code parse} uses fresh state per call.
 */
public final class MarkdownParser {
    private static final int MAX_OPEN_BLOCKS = 100;
    private static final int MAX_INLINE_NESTING = 100;

    private final Parser parser = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(MAX_OPEN_BLOCKS)
            .maxInlineNesting(MAX_INLINE_NESTING)
            .build();

    /** Parses a body; node spans' input indexes are relative to {@code body}. */
    public Node parse(String body) {
        return parser.parse(body);
    }
}
