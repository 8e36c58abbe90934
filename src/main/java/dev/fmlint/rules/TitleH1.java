package dev.fmlint.rules;

import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Heading;

/**
 * The front-matter {@code title} and the body's h1 agree. Option {@code mode}: {@code same} (default: the
 * first h1, if any, reads the same as the title), {@code forbid} (no h1 when there is a title, because the
 * site renders the title as the h1), {@code any} (no check).
 */
public final class TitleH1 implements Rule {
    private static final RuleMeta META = new RuleMeta("title-h1",
            "The body's h1 matches the front-matter title", Set.of("headings", "front-matter"),
            Severity.ERROR, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "mode": {
                  "description": "same: the first h1 reads as the title; forbid: no h1 when there is a title; any: no check",
                  "enum": ["same", "forbid", "any"]
                }
              }
            }""", false);
    private static final String MISMATCH = "h1 \"%s\" does not match the front-matter title \"%s\" (line %d); "
            + "make them the same";
    private static final String FORBIDDEN = "h1 \"%s\" repeats the page heading: the front-matter title "
            + "(line %d) is shown as the h1; remove this h1 or make it an h2";
    private static final String BAD_MODE = "option mode of title-h1 must be same, forbid or any, not \"%s\"";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        String mode = ctx.options().string("mode", "same");
        if (!List.of("same", "forbid", "any").contains(mode)) {
            throw new IllegalArgumentException(BAD_MODE.formatted(Messages.quote(mode)));
        }
        Optional<YamlNode> value = ctx.frontMatter().flatMap(fm -> fm.root().get("title"));
        if (mode.equals("any") || value.isEmpty() || !(value.get() instanceof YamlNode.Scalar scalar)
                || scalar.asString().isEmpty()) {
            return;
        }
        String title = HeadingText.normalize(scalar.asString().get());
        if (title.isEmpty()) {
            return; // a blank title is a schema problem, with nothing to compare against
        }
        int titleLine = ctx.file().lines().line(scalar.span().start());
        List<Heading> h1s = new ArrayList<>();
        for (Heading heading : ctx.headings()) {
            if (heading.getLevel() == 1 && !HeadingText.of(heading).isEmpty()) { // empty: no-empty-heading
                h1s.add(heading);
            }
        }
        if (mode.equals("forbid")) {
            for (Heading h1 : h1s) {
                ctx.report(ctx.span(h1), FORBIDDEN.formatted(Messages.quote(HeadingText.of(h1)), titleLine));
            }
        } else if (!h1s.isEmpty()) {
            // Only the first h1 is the page's heading; further ones are single-h1's findings.
            Heading first = h1s.get(0);
            String text = HeadingText.of(first);
            if (!text.equals(title)) {
                ctx.report(ctx.span(first), MISMATCH.formatted(Messages.quote(text), Messages.quote(title), titleLine));
            }
        }
    }
}
