package dev.fmlint.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The nodes of a body that name a place or point to one: headings, links, images, link reference
 * definitions and raw HTML (inline and blocks), in document order, nested ones too (an image inside a link,
 * a link inside a heading). Found in one walk of every node, which several rules of a file would otherwise
 * each make; plain text, code and line breaks, most of the nodes, are passed over without a second look.
 */
public final class Elements {
    private Elements() {}

    public static List<Node> of(Node body) {
        List<Node> found = new ArrayList<>();
        collect(body, found);
        return Collections.unmodifiableList(found); // not copied: it is made and read once per file
    }

    private static void collect(Node parent, List<Node> found) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text || node instanceof SoftLineBreak || node instanceof Code
                    || node instanceof HardLineBreak) {
                continue;
            }
            if (node instanceof Heading || node instanceof Link || node instanceof Image
                    || node instanceof LinkReferenceDefinition || node instanceof HtmlInline
                    || node instanceof HtmlBlock) {
                found.add(node);
            }
            collect(node, found);
        }
    }
}
