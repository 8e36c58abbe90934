package dev.fmlint.custom;

import dev.fmlint.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Builds an {@link Item} from pieces of Markdown text, keeping the map from text offsets to file offsets. */
final class TextRun {
    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();
    private int lastEnd;

    TextRun(int start) {
        this.lastEnd = start;
    }

    void append(String piece, Span source, boolean verbatim) {
        if (piece.isEmpty()) {
            return;
        }
        int from = text.length();
        text.append(piece);
        segments.add(new Segment(from, text.length(), source,
                verbatim ? Segment.Writing.MARKDOWN : Segment.Writing.FIXED));
        lastEnd = source.end();
    }

    /** Text that is not written as such (a line break between blocks): it points just past the last piece. */
    void separator(String piece) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            int from = text.length();
            text.append(piece);
            segments.add(new Segment(from, text.length(), Span.at(lastEnd), Segment.Writing.FIXED));
        }
    }

    Item finish(Span whole) {
        String s = text.toString();
        if (s.endsWith("\n")) {
            // The last block's line break ends the text, it is not part of it (so "$" means the end).
            Segment last = segments.remove(segments.size() - 1);
            s = s.substring(0, s.length() - 1);
            if (last.from() < s.length()) {
                Span source = last.exact() ? new Span(last.source().start(), last.source().end() - 1) : last.source();
                segments.add(new Segment(last.from(), s.length(), source, last.writing()));
            }
        }
        return new Item(s, whole, segments);
    }
}
