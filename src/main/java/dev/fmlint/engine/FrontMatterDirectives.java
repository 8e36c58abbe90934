package dev.fmlint.engine;

import dev.fmlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.CommentToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Finds directive comments ({@code # fmlint-disable-line rule}) in front-matter YAML with snakeyaml's own
 * scanner. Whether a {@code #} starts a comment depends on the whole YAML grammar, not on the line alone:
 * it does not inside quotes ({@code "a # b"}), in a block scalar ({@code |}), or glued to text
 * ({@code a#b}), and a quote inside a plain scalar ({@code a, 'b # c'}) opens nothing. The scanner that
 * read the header decides this exactly; a hand-written line scan would get some of these wrong.
 */
final class FrontMatterDirectives {
    private final DirectiveParser parser = new DirectiveParser();

    /**
     * @param text    the whole file's text
     * @param content the YAML between the fences
     */
    List<InlineComment> find(String text, Span content) {
        String yaml = text.substring(content.start(), content.end());
        if (!yaml.contains(DirectiveParser.PREFIX)) {
            return List.of();
        }
        List<InlineComment> found = new ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        ScannerImpl scanner = new ScannerImpl(new StreamReader(yaml), options);
        try {
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                if (scanner.getToken() instanceof CommentToken comment
                        && comment.getValue().contains(DirectiveParser.PREFIX)) {
                    // Marks count code points, spans UTF-16 units; the value is the rest of the line after '#'.
                    int hash = content.start() + yaml.offsetByCodePoints(0, comment.getStartMark().getIndex());
                    String value = comment.getValue();
                    parser.parse(value, i -> hash + 1 + i, new Span(hash, hash + 1 + value.length()))
                            .ifPresent(found::add);
                }
            }
        } catch (YAMLException e) {
            // The composer read this header without error, so this does not happen; if it did, the comments
            // would silence nothing, which shows findings rather than hiding them.
        }
        return found;
    }
}
