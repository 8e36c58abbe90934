package dev.fmlint.frontmatter;

import dev.fmlint.source.LineIndex;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;

/**
 * Finds the YAML header: a {@code ---} line at the very start of the file, closed by the next {@code ---}
 * or {@code ...} line. Trailing spaces on a fence line are allowed, as Jekyll and Hugo allow them.
 *
 * <p>Headers in other formats that Hugo reads are recognised so that they get a clear "not supported"
 * finding instead of being linted as Markdown: TOML between {@code +++} lines, and JSON, which Hugo takes
 * from a first line that is a lone <code>{</code>. Only a lone brace counts, so a body that starts with a
 * Liquid or Jinja tag (<code>{% raw %}</code>, <code>{{ title }}</code>) is still an ordinary body.
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

    /**
     * A header in a format fmlint does not read.
     *
     * @param format  its name: {@code TOML} or {@code JSON}
     * @param opening the line that shows the format (the opening {@code +++}, or the {@code {}})
     */
    public record Unsupported(Span opening, String format) implements Split {
        /** What the finding says: the format, how it was recognised, and what to write instead. */
        public String message() {
            String sign = format.equals("JSON") ? "a first line that is \"{\"" : "\"+++\"";
            return format + " front matter (" + sign + ") is not supported; write it as YAML between \"---\" lines";
        }
    }

    public Split split(SourceFile file) {
        LineIndex lines = file.lines();
        String first = lines.lineText(1);
        if (isFence(first, "+++")) {
            return new Unsupported(new Span(0, lines.lineEnd(1)), "TOML");
        }
        if (isFence(first, "{")) {
            return new Unsupported(new Span(0, lines.lineEnd(1)), "JSON");
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
