package dev.fmlint.custom;

import dev.fmlint.source.Span;
import java.util.List;

/**
 * One thing a custom rule checks: a front-matter value, a heading, a link's text or URL, an image's alt
 * text, or the whole body text. The text is what a reader sees (Markdown decoded); segments map its
 * offsets back to the file, exactly where the text is written verbatim and roughly where it is not.
 *
 * @param span where a finding about the whole item points
 */
record Item(String text, Span span, List<Segment> segments) {
    Item {
        segments = List.copyOf(segments);
    }

    /** An item written in one piece, e.g. a front-matter scalar. */
    static Item single(String text, Span span, Segment.Writing writing, int textStart) {
        Span source = writing == Segment.Writing.FIXED ? span : new Span(textStart, textStart + text.length());
        return new Item(text, span, List.of(new Segment(0, text.length(), source, writing)));
    }

    /** The file span of the text from {@code from} to {@code to} (UTF-16 offsets into {@link #text()}). */
    Span locate(int from, int to) {
        if (segments.isEmpty()) {
            return span;
        }
        Segment first = containing(from);
        Segment last = to > from ? containing(to - 1) : first;
        int start = first.exact() ? first.source().start() + (from - first.from()) : first.source().start();
        int end = last.exact() ? last.source().start() + (to - last.from()) : last.source().end();
        return new Span(start, Math.max(start, end));
    }

    /** The segment holding all the text from {@code from} to {@code to}, when that is one verbatim segment. */
    Segment verbatim(int from, int to) {
        if (segments.isEmpty()) {
            return null;
        }
        Segment s = containing(from);
        return s.exact() && s.from() <= from && to <= s.to() ? s : null;
    }

    /** Segments are sorted and together cover the text; an offset at the very end belongs to the last one. */
    private Segment containing(int offset) {
        for (Segment s : segments) {
            if (offset < s.to()) {
                return s;
            }
        }
        return segments.get(segments.size() - 1);
    }
}
