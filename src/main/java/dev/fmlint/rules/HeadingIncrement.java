package dev.fmlint.rules;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;
import org.commonmark.node.Heading;

/** Heading levels go down one step at a time (h2 then h3, never h2 then h4). */
public final class HeadingIncrement implements Rule {
    private static final RuleMeta META = new RuleMeta("heading-increment",
            "Heading levels increase by one at a time", Set.of("headings"), Severity.ERROR, false);
    private static final String SKIPPED = "heading jumps from h%d to h%d; use h%d here";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        int previous = 0;
        for (Heading heading : ctx.headings()) {
            int level = heading.getLevel();
            if (previous > 0 && level > previous + 1) {
                ctx.report(ctx.span(heading), SKIPPED.formatted(previous, level, previous + 1));
            }
            previous = level;
        }
    }
}
