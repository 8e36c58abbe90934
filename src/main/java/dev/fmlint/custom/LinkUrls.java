package dev.fmlint.custom;

import dev.fmlint.source.Span;
import dev.fmlint.spi.RuleContext;
import java.util.Optional;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * Finds where a link's destination is written. Inline links ({@code [text](url)}) and autolinks
 * ({@code <url>}) hold it; reference links ({@code [text][ref]}) do not, so their URL is checked once, at
 * the definition ({@code [ref]: url}). A destination written with escapes or entities cannot be found
 * verbatim: findings then cover the whole link.
 */
final class LinkUrls {
    private LinkUrls() {}

    static Optional<Item> ofLink(RuleContext ctx, Link link) {
        Span span = ctx.span(link);
        String slice = ctx.file().slice(span);
        String url = link.getDestination();
        if (slice.startsWith("<")) {
            return Optional.of(find(url, span, slice, 1));
        }
        Node last = link.getLastChild();
        int textEnd = last == null ? 1 : ctx.span(last).end() - span.start();
        if (textEnd < 0 || !slice.startsWith("](", textEnd)) {
            return Optional.empty(); // a reference link
        }
        return Optional.of(find(url, span, slice, textEnd + 2));
    }

    static Item ofDefinition(RuleContext ctx, LinkReferenceDefinition definition) {
        Span span = ctx.span(definition);
        String slice = ctx.file().slice(span);
        int colon = slice.indexOf("]:");
        return find(definition.getDestination(), span, slice, colon < 0 ? 0 : colon + 2);
    }

    private static Item find(String url, Span span, String slice, int from) {
        int at = url.isEmpty() ? -1 : slice.indexOf(url, from);
        if (at < 0) {
            return Item.single(url, span, Segment.Writing.FIXED, span.start());
        }
        Span written = new Span(span.start() + at, span.start() + at + url.length());
        return Item.single(url, written, Segment.Writing.MARKDOWN, written.start());
    }
}
