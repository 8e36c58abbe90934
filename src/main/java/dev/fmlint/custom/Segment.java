package dev.fmlint.custom;

import dev.fmlint.frontmatter.YamlFlowWriter;
import dev.fmlint.source.Span;

/**
 * A piece of an {@link Item}'s text and where it comes from in the file.
 *
 * @param from    start in the item's text (UTF-16 offset)
 * @param to      end in the item's text
 * @param source  the file span it was read from: the same text when {@code writing} is not FIXED
 * @param writing how the text is written there, which decides whether and how it can be edited in place
 */
record Segment(int from, int to, Span source, Writing writing) {

    boolean exact() {
        return writing != Writing.FIXED;
    }

    /** How a piece of text is written in the file. */
    enum Writing {
        /** Not verbatim (escapes, entities, folded lines): positions are approximate, no edits. */
        FIXED,
        /** Markdown text: any replacement is the user's own Markdown. */
        MARKDOWN,
        /** A plain YAML scalar. */
        PLAIN,
        /** A single-quoted YAML scalar without escapes. */
        SINGLE_QUOTED,
        /** A double-quoted YAML scalar without escapes. */
        DOUBLE_QUOTED;

        /** Whether writing {@code replacement} in place keeps the value a string that reads back as {@code result}. */
        boolean accepts(String replacement, String result) {
            return switch (this) {
                case FIXED -> false;
                case MARKDOWN -> true;
                case PLAIN -> YamlFlowWriter.scalar(result).equals(result);
                case SINGLE_QUOTED -> replacement.chars().noneMatch(c -> c == '\'' || Character.isISOControl(c));
                case DOUBLE_QUOTED -> replacement.chars().noneMatch(c -> c == '"' || c == '\\'
                        || Character.isISOControl(c));
            };
        }
    }
}
