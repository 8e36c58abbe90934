package dev.fmlint.rules;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;
import org.commonmark.node.Heading;

/**
 * Every heading has text: not a bare {@code #}, and not only markup such as {@code <br>} or an image without
 * alt text.
 */
public final class NoEmptyHeading implements Rule {
    private static final RuleMeta META = new RuleMeta("no-empty-heading",
            "Every heading has text", Set.of("headings"), Severity.ERROR, false);
    private static final String EMPTY = "h%d heading has no text; write the heading text or delete the heading";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (Heading heading : ctx.headings()) {
            if (HeadingText.of(heading).isEmpty()) {
                ctx.report(ctx.span(heading), EMPTY.formatted(heading.getLevel()));
            }
        }
    }
}
