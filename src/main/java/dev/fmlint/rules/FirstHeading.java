package dev.fmlint.rules;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * The body starts with a heading of the given level (h1 by default), so that the page has a title at the
 * top. When the front matter has a title, the site shows it as the page's heading and the body may start
 * with anything. Leading HTML comments are skipped; an HTML heading such as {@code <h1>} counts.
 */
public final class FirstHeading implements Rule {
    private static final RuleMeta META = new RuleMeta("first-heading",
            "The body starts with a top-level heading, unless the front matter has a title",
            Set.of("headings"), Severity.WARNING, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "level": {"description": "the level of the first heading", "type": "integer", "minimum": 1, "maximum": 6},
                "frontMatterTitle": {
                  "description": "a front-matter key whose presence means the page has its title; empty: none",
                  "type": "string"
                },
                "allowPreamble": {"description": "allow content before the first heading", "type": "boolean"}
              }
            }""", false);
    private static final String NOT_FIRST = "the page should start with an h%d heading, not %s; add \"%s Title\" "
            + "above it, or a title in the front matter";
    private static final String WRONG_LEVEL = "the first heading is an h%d, but the page should start with an h%d; "
            + "make it an h%d";

    private static final Pattern HTML_HEADING = Pattern.compile("^\\s*<h([1-6])(?=[\\s>/])", Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        int level = ctx.options().integer("level", 1);
        String titleKey = ctx.options().string("frontMatterTitle", "title");
        if (!titleKey.isEmpty() && hasTitle(ctx, titleKey)) {
            return;
        }
        boolean preamble = ctx.options().bool("allowPreamble", false);
        for (Node block = ctx.markdown().getFirstChild(); block != null; block = block.getNext()) {
            if (isComment(block)) {
                continue;
            }
            int found = headingLevel(block);
            if (found > 0) {
                if (found != level) {
                    ctx.report(ctx.span(block), WRONG_LEVEL.formatted(found, level, level));
                }
                return;
            }
            if (!preamble) {
                ctx.report(ctx.span(block), NOT_FIRST.formatted(level, describe(block), "#".repeat(level)));
                return;
            }
        }
    }

    private static boolean hasTitle(RuleContext ctx, String key) {
        Optional<YamlNode> title = ctx.frontMatter().flatMap(fm -> fm.root().get(key));
        return title.isPresent();
    }

    /** 1-6 for a Markdown heading or an HTML block that opens with {@code <hN>}, else 0. */
    private static int headingLevel(Node block) {
        if (block instanceof Heading h) {
            return h.getLevel();
        }
        if (block instanceof HtmlBlock html) {
            Matcher m = HTML_HEADING.matcher(html.getLiteral());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static boolean isComment(Node block) {
        if (!(block instanceof HtmlBlock html)) {
            return false;
        }
        String s = html.getLiteral().strip();
        return s.startsWith("<!--") && s.endsWith("-->");
    }

    private static String describe(Node block) {
        if (block instanceof Paragraph) {
            return "a paragraph";
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            return "a list";
        }
        if (block instanceof HtmlBlock) {
            return "HTML";
        }
        String name = block.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return (name.matches("^[aeiou].*") ? "an " : "a ") + name;
    }
}
