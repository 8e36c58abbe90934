package dev.fmlint.spi;

import dev.fmlint.source.Span;
import java.util.List;

/**
 * A proposed change: text edits against the original file, never a re-serialisation.
 *
 * @param description what the fix does, in a few words ("write tags as a YAML list")
 */
public record Fix(String description, List<Edit> edits) {
    public Fix {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    public static Fix replace(String description, Span span, String replacement) {
        return new Fix(description, List.of(new Edit(span, replacement)));
    }

    /** Replace the text of {@code span} with {@code replacement}. */
    public record Edit(Span span, String replacement) {
        public Edit {
            if (span == null || replacement == null) {
                throw new IllegalArgumentException("an edit needs a span and a replacement");
            }
        }
    }
}
