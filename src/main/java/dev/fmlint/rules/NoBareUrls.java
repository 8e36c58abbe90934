package dev.fmlint.rules;

import dev.fmlint.source.LineIndex;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * URLs and e-mail addresses in text are written as links: {@code <https://example.com>} or
 * {@code [text](https://example.com)}. CommonMark leaves a bare {@code https://example.com} as plain text;
 * only GitHub-flavoured renderers link it. What counts as a bare URL follows GitHub's "literal autolinks",
 * as markdownlint's MD034 does. Code, HTML, existing links and text inside inline HTML elements are left
 * alone.
 */
public final class NoBareUrls implements Rule {
    private static final RuleMeta META = new RuleMeta("no-bare-urls",
            "URLs and e-mail addresses in text are links, not bare text", Set.of("links"), Severity.WARNING, true);
    private static final String BARE_URL = "bare URL \"%s\"; write it as <%s> (or [text](%s)) so that every "
            + "Markdown renderer links it";
    private static final String BARE_EMAIL = "bare e-mail address \"%s\"; write it as <%s> so that every Markdown "
            + "renderer links it";
    private static final String FIX = "write the URL as an autolink";

    private static final Pattern TAG = Pattern.compile("^<([^!>][^/\\s>]*)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        ctx.markdown().accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                inlines(ctx, paragraph, new int[1]);
            }

            @Override
            public void visit(Heading heading) {
                inlines(ctx, heading, new int[1]);
            }
        });
    }

    /**
     * Checks a block's inlines in order. {@code depth[0]} counts the {@code [} still open in the block's text.
     */
    private static void inlines(RuleContext ctx, Node parent, int[] depth) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || child instanceof Image || child instanceof Code) {
                continue;
            }
            if (child instanceof HtmlInline html) {
                Node close = matchingClose(html);
                if (close != null) {
                    child = close; // text inside an inline element is the element's business
                }
                continue;
            }
            if (child instanceof Text text) {
                text(ctx, text, depth);
            } else {
                inlines(ctx, child, depth);
            }
        }
    }

    private static void text(RuleContext ctx, Text text, int[] depth) {
        Span span = ctx.span(text);
        LineIndex lines = ctx.file().lines();
        int line = lines.line(span.start());
        int lineStart = lines.lineStart(line);
        String lineText = lines.lineText(line);
        int from = span.start() - lineStart;
        int to = Math.min(span.end(), lines.lineEnd(line)) - lineStart;
        int[] cursor = {from};
        var found = LiteralAutolinks.find(lineText, from, to, at -> {
            // Count the brackets up to here; a backslash escapes the next character.
            for (; cursor[0] < at; cursor[0]++) {
                char c = lineText.charAt(cursor[0]);
                if (c == '\\') {
                    cursor[0]++;
                } else if (c == '[') {
                    depth[0]++;
                } else if (c == ']' && depth[0] > 0) {
                    depth[0]--;
                }
            }
            return depth[0] > 0;
        });
        for (LiteralAutolinks.Found f : found) {
            String url = shown(lineText.substring(f.start(), f.end()));
            Span where = new Span(lineStart + f.start(), lineStart + f.start() + url.length());
            boolean www = url.regionMatches(true, 0, "www.", 0, 4);
            boolean email = !www && !url.contains(":");
            // <www.example.com> would be an HTML tag: an autolink needs a scheme, and GitHub's is http.
            String target = www ? "http://" + url : url;
            String quoted = Messages.quote(url);
            String link = Messages.quote(target);
            ctx.report(where, email ? BARE_EMAIL.formatted(quoted, link) : BARE_URL.formatted(quoted, link, link),
                    Fix.replace(FIX, where, "<" + target + ">"));
        }
        // Brackets after the last candidate still count for the next text of the block.
        for (int i = cursor[0]; i < to; i++) {
            char c = lineText.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth[0]++;
            } else if (c == ']' && depth[0] > 0) {
                depth[0]--;
            }
        }
    }

    /**
     * The URL as the writer meant it: GitHub reads on until a space, so {@code https://example.com。下一句}
     * would take the Chinese sentence into the link. The URL stops at the first full-width punctuation
     * ({@code 。，）}...). CJK letters stay: a path or a host name may be Chinese.
     */
    static String shown(String url) {
        for (int i = 1; i < url.length(); ) {
            int cp = url.codePointAt(i);
            if (CjkText.isFullWidthPunctuation(cp)) {
                return url.substring(0, i);
            }
            i += Character.charCount(cp);
        }
        return url;
    }

    /** The inline HTML sibling that closes an opening tag, as markdownlint pairs them, or null. */
    private static Node matchingClose(HtmlInline open) {
        Matcher m = TAG.matcher(open.getLiteral());
        if (!m.find() || m.group(1).startsWith("/")) {
            return null;
        }
        String name = m.group(1);
        int count = 1;
        for (Node n = open.getNext(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html) {
                Matcher t = TAG.matcher(html.getLiteral());
                if (t.find()) {
                    String other = t.group(1);
                    boolean close = other.startsWith("/");
                    if ((close ? other.substring(1) : other).equals(name)) {
                        count += close ? -1 : 1;
                        if (count == 0) {
                            return n;
                        }
                    }
                }
            }
        }
        return null;
    }
}
