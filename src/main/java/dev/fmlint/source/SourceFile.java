package dev.fmlint.source;

import java.nio.file.Path;

/**
 * One decoded document.
 *
 * @param path        where it was read from, or null for standard input
 * @param displayPath the name reports use (relative to the working folder when possible)
 * @param text        the decoded text without its byte-order mark
 * @param hadBom      whether the bytes started with a UTF-8 byte-order mark
 */
public record SourceFile(Path path, String displayPath, String text, boolean hadBom, LineIndex lines) {
    public SourceFile {
        if (displayPath == null || text == null || lines == null) {
            throw new IllegalArgumentException("displayPath, text and lines are required");
        }
    }

    public static SourceFile of(Path path, String displayPath, String text, boolean hadBom) {
        return new SourceFile(path, displayPath, text, hadBom, new LineIndex(text));
    }

    /** The text a span covers. */
    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }
}
