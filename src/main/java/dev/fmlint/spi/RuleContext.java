package dev.fmlint.spi;

import dev.fmlint.markdown.Elements;
import dev.fmlint.markdown.Headings;
import java.util.List;
import org.commonmark.node.Heading;

import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import java.util.Optional;
import org.commonmark.node.Node;

/** What a rule sees of one file, and where it reports. One context per file and rule; not shared. */
public interface RuleContext {
    SourceFile file();

    /** The parsed front matter, empty when the file has none (or it could not be parsed). */
    Optional<FrontMatter> frontMatter();

    /** The body's CommonMark tree; turn a node into a file position with {@link #span(Node)}. */
    Node markdown();

    /**
     * The body's headings (ATX and setext) in document order, also those in block quotes and list items;
     * never a heading inside code or HTML. Shared by the rules of a file, so use it rather than walking the
     * tree for headings.
     */
    default List<Heading> headings() {
        return Headings.of(markdown());
    }

    /**
     * The body's headings, links, images, link reference definitions and raw HTML (inline and blocks), in
     * document order and nested ones too. Shared by the rules of a file, so use it rather than walking every
     * inline of the tree for them.
     */
    default List<Node> elements() {
        return Elements.of(markdown());
    }

    /** The span in the whole file that a body node covers (front matter included in the offsets). */
    Span span(Node node);

    RuleOptions options();

    void report(Span where, String message);

    void report(Span where, String message, Fix fix);
}
