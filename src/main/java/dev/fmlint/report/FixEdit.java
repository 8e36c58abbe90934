package dev.fmlint.report;

/**
 * Where one edit of a {@link dev.fmlint.spi.Fix} applies, as people and report formats count: the text from
 * {@code start} up to (not including) {@code end} is replaced. An empty range ({@code start} equal to
 * {@code end}) is an insertion.
 *
 * @param start       first replaced character: 1-based line, 1-based code-point column
 * @param end         the character after the replaced text, in the same units
 * @param replacement the new text
 */
public record FixEdit(Position start, Position end, String replacement) {
    public FixEdit {
        if (start == null || end == null || replacement == null) {
            throw new IllegalArgumentException("a fix edit needs a start, an end and a replacement");
        }
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("fix edit ends before it starts: " + start + " > " + end);
        }
    }
}
