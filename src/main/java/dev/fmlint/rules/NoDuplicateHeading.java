package dev.fmlint.rules;

import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;

/**
 * Sibling headings (same level, same parent heading) have different text, so that their anchors and the
 * table of contents tell them apart. "## Usage" may appear once under each "# Tool".
 */
public final class NoDuplicateHeading implements Rule {
    private static final RuleMeta META = new RuleMeta("no-duplicate-heading",
            "Sibling headings have different text", Set.of("headings"), Severity.WARNING, false);
    private static final String DUPLICATE = "duplicate heading \"%s\": a sibling heading on line %d has the same "
            + "text; rename one of them or merge the sections";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        // The open sections, innermost last; the bottom one is the document.
        Deque<Section> open = new ArrayDeque<>(List.of(new Section(0)));
        for (Heading heading : ctx.headings()) {
            int level = heading.getLevel();
            while (open.peekLast().level >= level) {
                open.removeLast();
            }
            Section parent = open.peekLast();
            String text = HeadingText.of(heading);
            if (!text.isEmpty()) { // empty headings are no-empty-heading's business
                int line = ctx.file().lines().line(ctx.span(heading).start());
                Integer first = parent.children.putIfAbsent(level + " " + text, line);
                if (first != null) {
                    ctx.report(ctx.span(heading), DUPLICATE.formatted(Messages.quote(text), first));
                }
            }
            open.addLast(new Section(level));
        }
    }

    /** A heading's section: the first line of each child heading, keyed by level and text. */
    private static final class Section {
        final int level;
        final Map<String, Integer> children = new HashMap<>();

        Section(int level) {
            this.level = level;
        }
    }
}
