package dev.fmlint.rules;

import dev.fmlint.source.Span;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Images have alt text: a Markdown image {@code ![alt](src)} has non-blank alt text, and an HTML
 * {@code <img>} has an {@code alt} attribute ({@code alt=""} marks a decorative image and is fine, as is
 * {@code aria-hidden="true"}).
 */
public final class ImageAltText implements Rule {
    private static final RuleMeta META = new RuleMeta("image-alt-text",
            "Images have alt text", Set.of("images", "accessibility"), Severity.WARNING, false);
    private static final String MARKDOWN = "image \"%s\" has no alt text; describe what it shows between the "
            + "brackets: ![a short description](%s)";
    private static final String HTML = "<img> has no alt attribute; add alt=\"a short description\", or alt=\"\" "
            + "if the image is only decoration";

    private static final Pattern IMG = Pattern.compile("<img(?=[\\s/>])[^>]*>?", Pattern.CASE_INSENSITIVE);
    /** As markdownlint reads attributes: the name, an equals sign, and a value (possibly empty). */
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARIA_HIDDEN =
            Pattern.compile("\\saria-hidden\\s*=\\s*['\"]?true['\"\\s/>]", Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (Node node : ctx.elements()) {
            if (inAltText(node)) {
                continue; // an image's alt text is text: what looks like an image there is not one
            }
            if (node instanceof Image image) {
                if (altText(image).isBlank()) {
                    String src = image.getDestination();
                    ctx.report(ctx.span(image), MARKDOWN.formatted(Messages.quote(src), Messages.quote(src)));
                }
            } else if (node instanceof HtmlInline html) {
                if (hasImg(html.getLiteral())) {
                    checkHtml(ctx, ctx.span(html));
                }
            } else if (node instanceof HtmlBlock html) {
                if (hasImg(html.getLiteral())) {
                    checkHtml(ctx, ctx.span(html));
                }
            }
        }
    }

    private static boolean inAltText(Node node) {
        for (Node n = node.getParent(); n != null && !(n instanceof Block); n = n.getParent()) {
            if (n instanceof Image) {
                return true;
            }
        }
        return false;
    }

    /** Whether HTML holds "<img" in any letter case; most HTML does not. */
    private static boolean hasImg(String html) {
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            // Most "<" start another tag, or are code: one character tells.
            if (lt + 1 < html.length() && (html.charAt(lt + 1) | 0x20) == 'i'
                    && html.regionMatches(true, lt, "<img", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static void checkHtml(RuleContext ctx, Span span) {
        String source = ctx.file().slice(span);
        // The source, not the literal, so that positions are exact (a block in a quote keeps its "> ").
        Matcher tag = IMG.matcher(source);
        while (tag.find()) {
            String text = tag.group();
            if (!ALT.matcher(text).find() && !ARIA_HIDDEN.matcher(text + " ").find()) {
                int start = span.start() + tag.start();
                ctx.report(new Span(start, span.start() + tag.end()), HTML);
            }
        }
    }

    /** The alt text a reader would get: the image's text and code, without markup. */
    private static String altText(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                sb.append(text.getLiteral());
            } else if (node instanceof Code code) {
                sb.append(code.getLiteral());
            } else {
                sb.append(altText(node));
            }
        }
        return sb.toString();
    }
}
