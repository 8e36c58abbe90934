package dev.fmlint.bench;

import java.io.StringReader;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The least work any front-matter linter must do per file: find the {@code ---} header, compose it with
 * snakeyaml (nodes only, no Java objects), and parse the body with commonmark-java's default parser. No
 * positions, no rules, no findings. Shared by the {@link Floor} program and the JMH {@code floor} benchmark.
 */
public final class FloorParse {
    private static final Parser PARSER = Parser.builder().build(); // thread-safe, built once

    /** Parses one document; returns a number that depends on the result, so nothing can be optimised away. */
    public static int parse(String text) {
        int bodyStart = 0;
        int h = 0;
        if (text.startsWith("---")) {
            int lineStart = text.indexOf('\n') + 1;
            while (lineStart > 0 && lineStart < text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                int end = lineEnd < 0 ? text.length() : lineEnd;
                String line = text.substring(lineStart, end).stripTrailing();
                if (line.equals("---") || line.equals("...")) {
                    String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                    org.yaml.snakeyaml.nodes.Node root = newYaml().compose(new StringReader(yaml));
                    h = root == null ? 0 : root.getNodeId().ordinal() + 1;
                    bodyStart = lineEnd < 0 ? text.length() : lineEnd + 1;
                    break;
                }
                lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
            }
        }
        Node doc = PARSER.parse(text.substring(bodyStart));
        return h + (doc.getFirstChild() == null ? 0 : 1);
    }

    /** A snakeyaml instance per document: {@link Yaml} is not thread-safe. */
    static Yaml newYaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private FloorParse() {}
}
