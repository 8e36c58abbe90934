package dev.fmlint.rules;

import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * A heading is not followed directly by a heading of the same or a higher level: that section would be
 * empty. A heading followed by a deeper one (h2 then h3) opens subsections and is fine. HTML comments and
 * link reference definitions in between are not content.
 */
public final class NoEmptySection implements Rule {
    private static final RuleMeta META = new RuleMeta("no-empty-section",
            "Every section has content before the next heading of the same or a higher level",
            Set.of("headings"), Severity.WARNING, false);
    private static final String EMPTY = "section \"%s\" is empty: the h%d on line %d follows it directly; write "
            + "its content, or remove the heading";
    private static final String UNTITLED = "this h%d's section is empty: the h%d on line %d follows it directly; "
            + "write its content, or remove the heading";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        blocks(ctx, ctx.markdown());
    }

    /** Walks the blocks that can hold headings, and not the inline text of paragraphs: a heading is a block. */
    private static void blocks(RuleContext ctx, Node parent) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                heading(ctx, heading);
            } else if (block instanceof BlockQuote || block instanceof ListBlock || block instanceof ListItem) {
                blocks(ctx, block);
            }
        }
    }

    private static void heading(RuleContext ctx, Heading heading) {
        Node next = heading.getNext();
        while (next != null && !isContent(next)) {
            next = next.getNext();
        }
        if (next instanceof Heading following && following.getLevel() <= heading.getLevel()) {
            int line = ctx.file().lines().line(ctx.span(following).start());
            String text = HeadingText.of(heading);
            ctx.report(ctx.span(heading), text.isEmpty()
                    ? UNTITLED.formatted(heading.getLevel(), following.getLevel(), line)
                    : EMPTY.formatted(Messages.quote(text), following.getLevel(), line));
        }
    }

    /** Whether a reader sees the block: HTML comments and link reference definitions show nothing. */
    private static boolean isContent(Node block) {
        if (block instanceof LinkReferenceDefinition) {
            return false;
        }
        if (block instanceof HtmlBlock html) {
            String s = html.getLiteral().strip();
            return !(s.startsWith("<!--") && s.endsWith("-->"));
        }
        return true;
    }
}
