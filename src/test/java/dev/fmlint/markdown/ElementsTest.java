package dev.fmlint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class ElementsTest {
    private static String describe(Node node) {
        if (node instanceof Heading h) {
            return "heading" + h.getLevel();
        } else if (node instanceof Link l) {
            return "link " + l.getDestination();
        } else if (node instanceof Image i) {
            return "image " + i.getDestination();
        } else if (node instanceof LinkReferenceDefinition d) {
            return "definition " + d.getDestination();
        } else if (node instanceof HtmlInline h) {
            return "html " + h.getLiteral();
        } else if (node instanceof HtmlBlock h) {
            return "html-block " + h.getLiteral().strip();
        }
        return "other " + node.getClass().getSimpleName();
    }

    @Test
    void findsEveryElementInDocumentOrderNestedOnesToo() {
        String body = """
                # Title [home](a.md)

                Text with *[an emphasised link](b.md)* and [![badge](c.png)](d.md) and <span id="x">.

                > - ## Deep <a name="y"></a>
                >   ![alt ![inner](e.png)](f.png)

                <div id="z"></div>

                [ref]: g.md

                ```
                [not a link](h.md) # not a heading
                ```
                """;
        List<String> found = Elements.of(new MarkdownParser().parse(body)).stream().map(ElementsTest::describe).toList();
        assertEquals(List.of("heading1", "link a.md", "link b.md", "link d.md", "image c.png", "html <span id=\"x\">",
                "heading2", "html <a name=\"y\">", "html </a>", "image f.png", "image e.png",
                "html-block <div id=\"z\"></div>", "definition g.md"), found);
    }

    @Test
    void aBodyWithoutElementsHasNone() {
        assertEquals(List.of(), Elements.of(new MarkdownParser().parse("Just *text*, `code`  \nand more.\n")));
    }
}
