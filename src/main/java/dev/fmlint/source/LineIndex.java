package dev.fmlint.source;

import java.util.Arrays;

/**
 * Line starts of one text, for turning UTF-16 offsets into 1-based lines and code-point columns.
 * LF, CRLF and a lone CR each end a line, as in CommonMark; YAML's extra breaks (NEL, U+2028) do not.
 * The same pass finds whether the text is all ASCII, which lets columns and the rules that look for other
 * scripts skip their own pass over most English files.
 */
public final class LineIndex {
    private final String text;
    private final int[] starts;
    private final boolean ascii;

    public LineIndex(String text) {
        this.text = text;
        int[] found = new int[64];
        int count = 0;
        found[count++] = 0;
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            seen |= c;
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
        this.ascii = seen < 0x80;
    }

    /** Whether every character of the text is below U+0080. */
    public boolean ascii() {
        return ascii;
    }

    /** Number of lines; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return starts.length;
    }

    /** 1-based line of a UTF-16 offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(starts, clamp(offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of a UTF-16 offset, counted in Unicode code points. */
    public int column(int offset) {
        int o = clamp(offset);
        int start = starts[line(o) - 1];
        return (ascii ? o - start : text.codePointCount(start, o)) + 1;
    }

    /** UTF-16 offset where a 1-based line starts. */
    public int lineStart(int line) {
        return starts[Math.max(0, Math.min(line, starts.length) - 1)];
    }

    /** UTF-16 offset where a 1-based line's content ends (before its line break). */
    public int lineEnd(int line) {
        int end = line < starts.length ? starts[line] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its line break. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** UTF-16 offset of a 1-based line and a 0-based code-point column within it. */
    public int offset(int line, int codePointColumn) {
        int start = lineStart(line);
        int end = lineEnd(line);
        int available = text.codePointCount(start, end);
        return text.offsetByCodePoints(start, Math.min(Math.max(codePointColumn, 0), available));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
