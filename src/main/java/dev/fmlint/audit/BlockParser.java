package dev.fmlint.audit;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * A CommonMark parser that reads only the block structure. Headings are blocks, and a scan that only
 * counts them need not parse emphasis, links and code spans, which is most of the parsing time; the linter
 * parses each file in full on its own. Thread-safe, like every commonmark {@link Parser}.
 */
final class BlockParser {
    /** The same limit as the linter's parser: deeply nested blocks cannot blow the stack. */
    private static final int MAX_OPEN_BLOCKS = 100;

    private final Parser parser = Parser.builder()
            .inlineParserFactory(context -> (lines, block) -> { })
            .maxOpenBlockParsers(MAX_OPEN_BLOCKS)
            .build();

    Node parse(String body) {
        return parser.parse(body);
    }
}
