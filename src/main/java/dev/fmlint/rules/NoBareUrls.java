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

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        blocks(ctx, ctx.markdown());
    }

    /** The paragraphs and headings, wherever they are (quotes, lists); code and HTML blocks have no children. */
    private static void blocks(RuleContext ctx, Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading) {
                if (mayHaveAutolink(child)) {
                    inlines(ctx, child, new int[1]);
                }
            } else {
                blocks(ctx, child);
            }
        }
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

    /** Whether any text of a block, outside links and code, has what an autolink needs. */
    private static boolean mayHaveAutolink(Node block) {
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text ? trigger(text.getLiteral())
                    : !(child instanceof Link || child instanceof Image || child instanceof Code) && mayHaveAutolink(child)) {
                return true;
            }
        }
        return false;
    }

    private static void text(RuleContext ctx, Text text, int[] depth) {
        String literal = text.getLiteral();
        if (literal.indexOf('[') < 0 && literal.indexOf(']') < 0 && !trigger(literal)) {
            return; // decided without looking up where the text is
        }
        Span span = ctx.span(text);
        String source = ctx.file().text();
        if (!mayHaveAutolink(source, span.start(), span.end())) {
            countBrackets(source, span.start(), span.end(), depth);
            return; // most text: no "://", "www." or "@", so no autolink can start in it
        }
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
        countBrackets(lineText, cursor[0], to, depth);
    }

    /** Counts the {@code [} still open after {@code [from, to)}; a backslash escapes the next character. */
    private static void countBrackets(String s, int from, int to, int[] depth) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth[0]++;
            } else if (c == ']' && depth[0] > 0) {
                depth[0]--;
            }
        }
    }

    /** Whether a text has what every autolink needs: "://", "www." or "@" (in one pass over it). */
    private static boolean trigger(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '@' || (c == ':' && i + 2 < n && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/')
                    || (c == '.' && i >= 3 && (s.charAt(i - 1) | 0x20) == 'w' && (s.charAt(i - 2) | 0x20) == 'w'
                        && (s.charAt(i - 3) | 0x20) == 'w')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an autolink could start in {@code [from, to)}: every kind needs "://", "www." or "@" written
     * next to its start, with no character between that would end a text node.
     */
    private static boolean mayHaveAutolink(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '@' || (c == ':' && s.startsWith("//", i + 1))
                    || ((c == '.') && i - from >= 3 && s.regionMatches(true, i - 3, "www", 0, 3))) {
                return true;
            }
        }
        return false;
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
        String name = tagName(open.getLiteral());
        if (name == null || name.startsWith("/")) {
            return null;
        }
        int count = 1;
        for (Node n = open.getNext(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html) {
                String other = tagName(html.getLiteral());
                if (other != null) {
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

    /**
     * A tag's name as markdownlint reads it ({@code ^<([^!>][^/\s>]*)}): {@code a} for {@code <a href>},
     * {@code /a} for {@code </a>}; null for comments, declarations and anything else.
     */
    private static String tagName(String html) {
        if (html.length() < 2 || html.charAt(0) != '<' || html.charAt(1) == '!' || html.charAt(1) == '>') {
            return null;
        }
        int end = 2;
        while (end < html.length() && html.charAt(end) != '/' && html.charAt(end) != '>'
                && !Character.isWhitespace(html.charAt(end))) {
            end++;
        }
        return html.substring(1, end);
    }
}
