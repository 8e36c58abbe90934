package dev.fmlint.rules;

import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;
import org.commonmark.node.Heading;

/** The body has at most one h1 heading, ATX ({@code #}) or setext ({@code ===}). */
public final class SingleH1 implements Rule {
    private static final RuleMeta META = new RuleMeta("single-h1",
            "The body has at most one h1 heading", Set.of("headings"), Severity.ERROR, false);
    private static final String EXTRA = "extra h1 \"%s\": the first h1 is on line %d; keep one h1 per file "
            + "and make this one an h2";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        int firstLine = 0;
        for (Heading heading : ctx.headings()) {
            if (heading.getLevel() != 1) {
                continue;
            }
            String text = HeadingText.of(heading);
            if (text.isEmpty() || HeadingText.isDocfxTab(heading)) {
                continue; // an empty "#" is no-empty-heading's finding, and a DocFX tab is no title
            }
            if (firstLine == 0) {
                firstLine = ctx.file().lines().line(ctx.span(heading).start());
            } else {
                ctx.report(ctx.span(heading), EXTRA.formatted(Messages.quote(text), firstLine));
            }
        }
    }
}
