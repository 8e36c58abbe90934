package dev.fmlint.rules;

import dev.fmlint.source.Span;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Spacing and punctuation in Chinese and Japanese text, after the Chinese copywriting guidelines: a space
 * between CJK characters and Latin letters or digits ({@code 使用 Java 8}), full-width punctuation after
 * CJK text ({@code 你好，世界}), and no space around full-width punctuation. Code, HTML, URLs and link
 * targets are never touched; text in emphasis and link text is.
 */
public final class CjkSpacing implements Rule {
    private static final RuleMeta META = new RuleMeta("cjk-spacing",
            "CJK text is spaced from Latin words and uses full-width punctuation", Set.of("cjk", "text"),
            Severity.WARNING, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "spaceBetween": {"description": "a space between CJK and Latin letters or digits", "type": "boolean"},
                "fullWidthPunctuation": {
                  "description": "full-width punctuation after CJK text", "type": "boolean"
                },
                "noSpaceAroundFullWidth": {
                  "description": "no space before or after full-width punctuation", "type": "boolean"
                },
                "skipUnits": {
                  "description": "characters that may follow a digit without a space",
                  "type": "string"
                }
              }
            }""", true);
    private static final String MISSING_SPACE = "missing space between \"%s\" and \"%s\"; CJK and Latin text are "
            + "separated by a space";
    private static final String HALF_WIDTH = "half-width \"%s\" after CJK text; write the full-width \"%s\"";
    private static final String SPACE_AROUND = "space %s full-width \"%s\"; remove it";
    private static final String FIX_SPACE = "add a space";
    private static final String FIX_PUNCTUATION = "use full-width punctuation";
    private static final String FIX_REMOVE = "remove the space";

    private static final String HALF = ",.:;!?";
    private static final String FULL = "，。：；！？";
    private static final String DEFAULT_UNITS = "年月日天号时分秒";

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The options, read once per file. */
    private record Checks(boolean space, boolean punctuation, boolean around, String units) {}

    @Override
    public void check(RuleContext ctx) {
        String text = ctx.file().text();
        if (ctx.file().lines().ascii() || !CjkText.mayHaveCjk(text, ctx.span(ctx.markdown()).start(), text.length())) {
            return; // settled without a walk for text in other languages: free for ASCII, one pass otherwise
        }
        Checks checks = new Checks(ctx.options().bool("spaceBetween", true),
                ctx.options().bool("fullWidthPunctuation", true), ctx.options().bool("noSpaceAroundFullWidth", true),
                ctx.options().string("skipUnits", DEFAULT_UNITS));
        blocks(ctx, ctx.markdown(), checks);
    }

    /** The paragraphs and headings, wherever they are (quotes, lists); code and HTML blocks have no children. */
    private static void blocks(RuleContext ctx, Node parent, Checks checks) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading) {
                block(ctx, child, checks);
            } else {
                blocks(ctx, child, checks);
            }
        }
    }

    /** A piece of a block's text in reading order: a text node, an emphasis opening or closing, or a break. */
    private record Piece(Node node, Kind kind) {}

    private enum Kind { TEXT, OPEN, CLOSE, BREAK }

    private static void block(RuleContext ctx, Node block, Checks checks) {
        if (!hasCjk(block)) {
            return; // most blocks of most files: decided from the text alone, code and HTML unread
        }
        List<Piece> pieces = new ArrayList<>();
        flatten(ctx, block, pieces);
        Text previous = null;
        Node firstOpen = null;
        Node lastClose = null;
        for (Piece p : pieces) {
            switch (p.kind()) {
                case TEXT -> {
                    Text text = (Text) p.node();
                    inside(ctx, text, checks);
                    if (previous != null && checks.space()) {
                        boundary(ctx, previous.getLiteral(), text, firstOpen, lastClose, checks);
                    }
                    previous = text;
                    firstOpen = null;
                    lastClose = null;
                }
                case OPEN -> {
                    if (firstOpen == null) {
                        firstOpen = p.node();
                    }
                }
                case CLOSE -> lastClose = p.node();
                case BREAK -> previous = null;
            }
        }
    }

    /** Whether any text of an inline container has a CJK character (or anything from U+2E80 up). */
    private static boolean hasCjk(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text ? CjkText.mayHaveCjk(text.getLiteral()) : hasCjk(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The block's inlines as pieces. Emphasis is transparent: {@code 中文**English**} still needs its space.
     * Code, HTML, images, line breaks and link boundaries break the text: nothing is checked across them.
     */
    private static void flatten(RuleContext ctx, Node parent, List<Piece> pieces) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                pieces.add(new Piece(child, Kind.TEXT));
            } else if (child instanceof Emphasis || child instanceof StrongEmphasis) {
                pieces.add(new Piece(child, Kind.OPEN));
                flatten(ctx, child, pieces);
                pieces.add(new Piece(child, Kind.CLOSE));
            } else if (child instanceof Link link && ctx.file().text().charAt(ctx.span(link).start()) != '<') {
                pieces.add(new Piece(child, Kind.BREAK));
                flatten(ctx, child, pieces); // the link's text is prose; its target and autolinks are not
                pieces.add(new Piece(child, Kind.BREAK));
            } else {
                pieces.add(new Piece(child, Kind.BREAK));
            }
        }
    }

    /** The checks within one text node, when its source is its text (no escapes or entities to map). */
    private static void inside(RuleContext ctx, Text text, Checks checks) {
        String s = text.getLiteral();
        if (!CjkText.mayHaveCjk(s)) {
            return; // no CJK (surrogate pairs are >= FIRST too)
        }
        Span span = ctx.span(text);
        if (span.length() != s.length() || !ctx.file().text().startsWith(s, span.start())) {
            return; // escapes or entities, which would shift positions
        }
        boolean[] url = urls(s);
        int base = span.start();
        int n = s.length();
        char[] chars = s.toCharArray();
        for (int i = 0, next; i < n; i = next) {
            if (url == null) {
                i = nextToCheck(chars, i);
            }
            int cp = Character.codePointAt(chars, i);
            next = i + Character.charCount(cp);
            int following = next < n ? Character.codePointAt(chars, next) : -1;
            if (in(url, i)) {
                continue;
            }
            int after = following >= 0 && !in(url, next) ? following : -1;
            // A space is wanted only between a CJK character (from FIRST up) and a Latin one (below it).
            if (checks.space() && after >= 0 && (cp >= CjkText.FIRST) != (after >= CjkText.FIRST)
                    && needsSpace(cp, after, checks.units())) {
                ctx.report(Span.at(base + next), MISSING_SPACE.formatted(str(cp), str(after)),
                        Fix.replace(FIX_SPACE, Span.at(base + next), " "));
            }
            if (checks.punctuation() && isHalfWidthMark(cp) && i > 0 && !in(url, i - 1)
                    && CjkText.isCjk(s.codePointBefore(i)) && single(s, i)) {
                int end = next;
                while (end < s.length() && s.charAt(end) == ' ') {
                    end++;
                }
                int resumed = end < s.length() ? s.codePointAt(end) : -1;
                boolean sentenceGoesOn = resumed < 0 || end > next || !isLatinOrDigit(resumed);
                if (sentenceGoesOn) {
                    String full = String.valueOf(FULL.charAt(HALF.indexOf(cp)));
                    ctx.report(new Span(base + i, base + next), HALF_WIDTH.formatted(str(cp), full),
                            Fix.replace(FIX_PUNCTUATION, new Span(base + i, base + (resumed < 0 ? next : end)), full));
                }
            }
            if (checks.around() && CjkText.isFullWidthPunctuation(cp)) {
                spacesAround(ctx, s, i, next, base, url);
            }
        }
    }

    /**
     * The first position from {@code i} on where a check below can find something: a change between CJK and
     * other text, a half-width mark, or a character from U+3000 up that is not a plain ideograph (full-width
     * punctuation, surrogates). The rest of a run of Chinese or of English text is passed over here, reading
     * the array without a call per character, which is most of the cost of this rule on a CJK corpus.
     */
    private static int nextToCheck(char[] chars, int from) {
        int i = from;
        for (int last = chars.length - 1; i < last; i++) {
            char c = chars[i];
            if ((c >= CjkText.FIRST) != (chars[i + 1] >= CjkText.FIRST)
                    || (c < 0x80 ? isHalfWidthMark(c) : c >= 0x3000 && (c <= 0x303F || c >= 0xD800))) {
                return i;
            }
        }
        return i;
    }

    /** Spaces right before or after the full-width punctuation at {@code [i, next)}, inside the text. */
    private static void spacesAround(RuleContext ctx, String s, int i, int next, int base, boolean[] url) {
        int start = i;
        while (start > 0 && s.charAt(start - 1) == ' ') {
            start--;
        }
        // A "|" next to the spaces is a table cell border (GitHub tables are text here): the spaces are padding.
        if (start < i && start > 0 && !in(url, start - 1) && s.charAt(start - 1) != '|') {
            ctx.report(new Span(base + start, base + i), SPACE_AROUND.formatted("before", s.substring(i, next)),
                    Fix.replace(FIX_REMOVE, new Span(base + start, base + i), ""));
        }
        int end = next;
        while (end < s.length() && s.charAt(end) == ' ') {
            end++;
        }
        if (end > next && end < s.length() && !in(url, end) && s.charAt(end) != '|'
                && !CjkText.isFullWidthPunctuation(s.codePointAt(end))) { // the next mark reports its own
            ctx.report(new Span(base + next, base + end), SPACE_AROUND.formatted("after", s.substring(i, next)),
                    Fix.replace(FIX_REMOVE, new Span(base + next, base + end), ""));
        }
    }

    /**
     * Between the last character of one text and the first of the next, across emphasis markers: the space
     * goes before the first marker that opens there, else after the last that closes there.
     */
    private static void boundary(RuleContext ctx, String before, Text next, Node firstOpen, Node lastClose,
                                 Checks checks) {
        String after = next.getLiteral();
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        int a = before.codePointBefore(before.length());
        int b = after.codePointAt(0);
        // The URLs last: finding them means reading both texts again, and most boundaries need no space.
        if (needsSpace(a, b, checks.units()) && !in(urls(before), before.length() - 1) && !in(urls(after), 0)) {
            int at = firstOpen != null ? ctx.span(firstOpen).start()
                    : lastClose != null ? ctx.span(lastClose).end() : ctx.span(next).start();
            ctx.report(Span.at(at), MISSING_SPACE.formatted(str(a), str(b)), Fix.replace(FIX_SPACE, Span.at(at), " "));
        }
    }

    /**
     * Whether a space belongs between two characters: CJK next to a Latin letter or digit, except a digit
     * next to a unit such as 年 or 月, so that {@code 2024年5月1日} can be written as one word.
     */
    private static boolean needsSpace(int a, int b, String units) {
        if (CjkText.isCjk(a) && isLatinOrDigit(b)) {
            return !(isDigit(b) && units.indexOf(a) >= 0);
        }
        return isLatinOrDigit(a) && CjkText.isCjk(b) && !(isDigit(a) && units.indexOf(b) >= 0);
    }

    /** One of {@link #HALF}, without a search: asked of every ASCII character of a CJK text. */
    private static boolean isHalfWidthMark(int cp) {
        return cp == ',' || cp == '.' || cp == ':' || cp == ';' || cp == '!' || cp == '?';
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static boolean isLatinOrDigit(int cp) {
        if (cp < 0x80) {
            return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return cp < 0x2E80 && Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** A lone mark: "..." and "!!" are left alone. */
    private static boolean single(String s, int i) {
        char c = s.charAt(i);
        return !(i + 1 < s.length() && s.charAt(i + 1) == c) && !(i > 0 && s.charAt(i - 1) == c);
    }

    /**
     * Which characters of a text belong to a URL or an e-mail address, as GitHub would link them; null when
     * none do (most texts).
     */
    private static boolean[] urls(String s) {
        if (s.indexOf(':') < 0 && s.indexOf('@') < 0 && s.indexOf("www.") < 0) {
            return null;
        }
        boolean[] in = null;
        for (LiteralAutolinks.Found f : LiteralAutolinks.find(s, 0, s.length(), at -> false)) {
            if (in == null) {
                in = new boolean[s.length() + 1];
            }
            for (int k = f.start(); k < f.end(); k++) {
                in[k] = true;
            }
        }
        return in;
    }

    private static boolean in(boolean[] url, int i) {
        return url != null && url[i];
    }

    private static String str(int cp) {
        return new String(Character.toChars(cp));
    }
}
