package dev.fmlint.rules;

import dev.fmlint.source.Span;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Headings do not end like sentences: no trailing {@code . , ; : !} or their full-width forms
 * {@code 。 ， ； ： ！}. Questions ({@code ?}, {@code ？}, also {@code ?!}) and ellipses ({@code ...}) are
 * fine. Only punctuation written literally in the heading's text counts: not in code spans, inline HTML,
 * image alt text, escapes ({@code \.}), entities ({@code &amp;}) or emoji shortcodes ({@code :tada:}).
 */
public final class HeadingTrailingPunctuation implements Rule {
    private static final RuleMeta META = new RuleMeta("heading-trailing-punctuation",
            "Headings do not end with punctuation such as . , ; : ! or 。，；：！", Set.of("headings"),
            Severity.WARNING, true);
    private static final String TRAILING = "heading ends with \"%s\"; remove the trailing punctuation "
            + "(a heading is a title, not a sentence)";
    private static final String FIX = "remove trailing punctuation";

    private static final String FLAGGED = ".,;:!。，；：！";
    private static final String QUESTION = "?？";
    /** An entity reference at the end of the source: its {@code ;} is syntax, not punctuation. */
    private static final Pattern ENTITY_AT_END =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});$");
    /** {@code :tada:} or {@code :+1:} after a space; {@code 10:30:} is a time followed by a colon. */
    private static final Pattern SHORTCODE_AT_END =
            Pattern.compile("(?:^|\\s):(?:[+-]1|[a-z0-9_+-]*[a-z][a-z0-9_+-]*):$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (Heading heading : ctx.headings()) {
            if (lastLeaf(heading) instanceof Text text) {
                check(ctx, heading, text);
            }
        }
    }

    private static void check(RuleContext ctx, Heading heading, Text text) {
        String literal = stripEnd(text.getLiteral());
        int runStart = literal.length();
        while (runStart > 0 && (FLAGGED + QUESTION).indexOf(literal.charAt(runStart - 1)) >= 0) {
            runStart--;
        }
        String run = literal.substring(runStart);
        if (!flagged(run) || SHORTCODE_AT_END.matcher(literal).find()
                || HeadingText.of(heading).equals(HeadingText.normalize(run))) {
            return; // nothing trailing, a question or ellipsis, an emoji code, or a heading that is only punctuation
        }
        Span textSpan = ctx.span(text);
        String source = stripEnd(ctx.file().slice(textSpan));
        if (!source.endsWith(run) || ENTITY_AT_END.matcher(source).find() || escaped(source, run)) {
            return; // written as an entity or escape: the writer meant it, and a text edit could break it
        }
        int end = textSpan.start() + source.length();
        Span where = new Span(end - run.length(), end);
        int cut = where.start();
        while (cut > textSpan.start() && (source.charAt(cut - 1 - textSpan.start()) == ' '
                || source.charAt(cut - 1 - textSpan.start()) == '\t')) {
            cut--;
        }
        ctx.report(where, TRAILING.formatted(run), Fix.replace(FIX, new Span(cut, end), ""));
    }

    /** A trailing run is reported unless it is empty, asks a question, or is an ellipsis. */
    private static boolean flagged(String run) {
        if (run.isEmpty() || run.chars().anyMatch(c -> QUESTION.indexOf(c) >= 0)) {
            return false;
        }
        return !(run.length() >= 3 && run.chars().allMatch(c -> c == '.'));
    }

    private static boolean escaped(String source, String run) {
        int backslashes = 0;
        for (int i = source.length() - run.length() - 1; i >= 0 && source.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The heading's last inline with content, in reading order; code, HTML and images end the search. */
    private static Node lastLeaf(Node node) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            if (child instanceof Text t) {
                if (!stripEnd(t.getLiteral()).isEmpty()) {
                    return t;
                }
            } else if (child instanceof Code || child instanceof HtmlInline || child instanceof Image) {
                return child;
            } else if (child.getFirstChild() != null) {
                Node inner = lastLeaf(child);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && HeadingText.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
