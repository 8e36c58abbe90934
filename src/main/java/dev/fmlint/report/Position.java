package dev.fmlint.report;

/** A place in a file as people read it: 1-based line, 1-based column counted in Unicode code points. */
public record Position(int line, int column) implements Comparable<Position> {
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("position must be 1-based: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
}
