package dev.fmlint.frontmatter;

import dev.fmlint.source.LineIndex;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;

/**
 * Finds the YAML header: a {@code ---} line at the very start of the file, closed by the next {@code ---}
 * or {@code ...} line. Trailing spaces on a fence line are allowed, as Jekyll and Hugo allow them.
 */
public final class FrontMatterSplitter {

    /** Where the header is, if anywhere. */
    public sealed interface Split permits None, Block, Unterminated, Unsupported {}

    /** No header: the whole file is the body. */
    public record None() implements Split {}

    /**
     * A header.
     *
     * @param block     the opening fence to the end of the closing fence line
     * @param content   the YAML text between the fences
     * @param bodyStart where the body begins, after the closing fence's line break
     */
    public record Block(Span block, Span content, int bodyStart) implements Split {}

    /** An opening fence that nothing closes. */
    public record Unterminated(Span opening) implements Split {}

    /** A header in a format fmlint does not read (TOML between {@code +++}). */
    public record Unsupported(Span opening, String format) implements Split {}

    public Split split(SourceFile file) {
        LineIndex lines = file.lines();
        String first = lines.lineText(1);
        if (isFence(first, "+++")) {
            return new Unsupported(new Span(0, lines.lineEnd(1)), "TOML");
        }
        if (!isFence(first, "---") || lines.lineCount() < 2) {
            return new None();
        }
        for (int line = 2; line <= lines.lineCount(); line++) {
            String text = lines.lineText(line);
            if (isFence(text, "---") || isFence(text, "...")) {
                int contentStart = lines.lineStart(2);
                int closeStart = lines.lineStart(line);
                int bodyStart = line < lines.lineCount() ? lines.lineStart(line + 1) : lines.lineEnd(line);
                return new Block(new Span(0, lines.lineEnd(line)), new Span(contentStart, closeStart), bodyStart);
            }
        }
        return new Unterminated(new Span(0, lines.lineEnd(1)));
    }

    private static boolean isFence(String line, String fence) {
        if (!line.startsWith(fence)) {
            return false;
        }
        for (int i = fence.length(); i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
