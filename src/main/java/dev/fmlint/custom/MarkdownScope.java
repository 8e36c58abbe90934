package dev.fmlint.custom;

import dev.fmlint.source.Span;
import dev.fmlint.spi.RuleContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * A part of the Markdown body: the whole body text, each heading, each link's text or URL, or each image's
 * alt text. Code is left out unless {@code includeCode} is set.
 */
record MarkdownScope(Kind kind, boolean includeCode) implements Scope {

    /** The body scopes, by the name the configuration uses. */
    enum Kind {
        BODY("the body text"),
        HEADINGS("each heading"),
        LINK_TEXT("each link's text"),
        LINK_URL("each link's URL"),
        IMAGE_ALT("each image's alt text");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static List<String> words() {
            return Arrays.stream(values()).map(Kind::word).toList();
        }
    }

    @Override
    public String describe() {
        return kind.description + (kind == Kind.LINK_URL ? "" : includeCode ? ", code included" : ", code left out");
    }

    @Override
    public List<Item> items(RuleContext ctx) {
        Node document = ctx.markdown();
        Span body = new Span(bodyStart(ctx), ctx.file().text().length());
        if (kind == Kind.BODY) {
            TextRun run = new TextRun(body.start());
            new InlineText(ctx, run, includeCode).collect(document);
            return List.of(run.finish(body));
        }
        List<Item> items = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (kind == Kind.HEADINGS) {
                    items.add(textOf(ctx, heading));
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                if (kind == Kind.LINK_TEXT) {
                    items.add(textOf(ctx, link));
                } else if (kind == Kind.LINK_URL) {
                    LinkUrls.ofLink(ctx, link).ifPresent(items::add);
                }
                visitChildren(link);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                if (kind == Kind.LINK_URL) {
                    items.add(LinkUrls.ofDefinition(ctx, definition));
                }
            }

            @Override
            public void visit(Image image) {
                if (kind == Kind.IMAGE_ALT) {
                    items.add(textOf(ctx, image));
                }
                visitChildren(image);
            }
        });
        return items;
    }

    private Item textOf(RuleContext ctx, Node node) {
        Span span = ctx.span(node);
        TextRun run = new TextRun(span.start());
        new InlineText(ctx, run, includeCode).collect(node);
        return run.finish(span);
    }

    /** Where the body starts: the front matter's end, or the start of the file. */
    private static int bodyStart(RuleContext ctx) {
        return ctx.frontMatter().map(fm -> fm.block().end()).orElse(0);
    }
}
