package dev.fmlint.spi;

import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;

/**
 * A place in a file as people read it, kept after the file's text is gone: for findings that a
 * {@link CrossFileRule} reports at the end of a run. Lines are 1-based; columns are 1-based and count code
 * points, as in reports.
 */
public record Location(int line, int column, int endLine, int endColumn) {
    public Location {
        if (line < 1 || column < 1 || endLine < line || endColumn < 1 || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad location " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** Where {@code span} is in {@code file}. */
    public static Location of(SourceFile file, Span span) {
        var lines = file.lines();
        int line = lines.line(span.start());
        int column = codePoints(file, lines.lineStart(line), span.start()) + 1;
        if (span.end() <= lines.lineEnd(line)) { // the usual case: one line, one lookup
            return new Location(line, column, line, column + codePoints(file, span.start(), span.end()));
        }
        return new Location(line, column, lines.line(span.end()), lines.column(span.end()));
    }

    private static int codePoints(SourceFile file, int from, int to) {
        return file.lines().ascii() ? to - from : file.text().codePointCount(from, to);
    }
}
