package dev.fmlint.source;

/**
 * A range of a file's text: UTF-16 offsets into {@link SourceFile#text()}, start inclusive, end exclusive.
 * This is the one coordinate system inside fmlint; only reports turn it into lines and columns.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public int length() {
        return end - start;
    }
}
