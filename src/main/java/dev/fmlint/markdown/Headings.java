package dev.fmlint.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The headings of a body, in document order, found by walking only the blocks that can hold one (the
 * document, block quotes, lists and their items): a full visit also walks every inline of every paragraph,
 * and several rules need the headings of each file.
 */
public final class Headings {
    private Headings() {}

    public static List<Heading> of(Node body) {
        List<Heading> found = new ArrayList<>();
        collect(body, found);
        return List.copyOf(found);
    }

    private static void collect(Node parent, List<Heading> found) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                found.add(heading);
            } else if (child instanceof Block && !(child instanceof Paragraph)) {
                collect(child, found); // code and HTML blocks have no children; a paragraph holds only inlines
            }
        }
    }
}
