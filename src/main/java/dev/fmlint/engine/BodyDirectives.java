package dev.fmlint.engine;

import dev.fmlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Finds directive comments in a Markdown body. Only HTML comments that commonmark parsed as HTML count,
 * so a {@code <!-- fmlint-disable -->} shown in a code block or code span, or written as text, is not one.
 * An HTML block may hold several comments, other markup, and lines of a block quote or list item.
 */
final class BodyDirectives {
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";
    /** Blocks whose content HTML reads as text: {@code <!--} inside them does not start a comment. */
    private static final Pattern RAW_TEXT =
            Pattern.compile("(?is)\\s*(<(script|style|textarea)[\\s>]|<!\\[CDATA\\[).*");

    private final DirectiveParser parser = new DirectiveParser();

    /**
     * @param body      the parsed body, with source spans relative to where the body starts
     * @param text      the whole file's text
     * @param bodyStart the offset in {@code text} where the body starts
     */
    List<InlineComment> find(Node body, String text, int bodyStart) {
        List<InlineComment> found = new ArrayList<>();
        body.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                String html = block.getLiteral();
                if (html.contains(DirectiveParser.PREFIX) && !RAW_TEXT.matcher(html).matches()) {
                    scan(block, text, bodyStart, found);
                }
            }

            @Override
            public void visit(HtmlInline inline) {
                // An inline HTML node is one tag or one comment; only a comment can be a directive.
                if (inline.getLiteral().startsWith(OPEN) && inline.getLiteral().contains(DirectiveParser.PREFIX)) {
                    scan(inline, text, bodyStart, found);
                }
            }
        });
        return found;
    }

    private void scan(Node node, String text, int bodyStart, List<InlineComment> found) {
        Source source = Source.of(node, text, bodyStart);
        String s = source.text();
        int open = s.indexOf(OPEN);
        while (open >= 0) {
            // "<!-->" and "<!--->" are complete (empty) comments, so the close may overlap the open.
            int close = s.indexOf(CLOSE, open + 2);
            if (close < 0) {
                return; // an unclosed comment runs to the end of the block and is no directive
            }
            int contentStart = Math.min(open + OPEN.length(), close);
            int after = close + CLOSE.length();
            Span comment = new Span(source.offset(open), source.offset(after - 1) + 1);
            parser.parse(s.substring(contentStart, close), i -> source.offset(contentStart + i), comment)
                    .ifPresent(found::add);
            open = s.indexOf(OPEN, after);
        }
    }

    /**
     * A node's source lines joined with {@code \n}, and where each line is in the file. Inside a block
     * quote or list item the lines are not contiguous in the file: the markers before them are left out.
     */
    private record Source(String text, int[] lineStarts, int[] fileStarts) {
        static Source of(Node node, String fileText, int bodyStart) {
            List<SourceSpan> spans = node.getSourceSpans();
            StringBuilder sb = new StringBuilder();
            int[] lineStarts = new int[spans.size()];
            int[] fileStarts = new int[spans.size()];
            for (int i = 0; i < spans.size(); i++) {
                if (i > 0) {
                    sb.append('\n');
                }
                SourceSpan span = spans.get(i);
                lineStarts[i] = sb.length();
                fileStarts[i] = bodyStart + span.getInputIndex();
                sb.append(fileText, fileStarts[i], fileStarts[i] + span.getLength());
            }
            return new Source(sb.toString(), lineStarts, fileStarts);
        }

        int offset(int index) {
            int line = lineStarts.length - 1;
            while (line > 0 && lineStarts[line] > index) {
                line--;
            }
            return fileStarts[line] + (index - lineStarts[line]);
        }
    }
}
