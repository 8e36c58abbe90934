package dev.fmlint.custom;

import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.Messages;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@code one-of-file}: a {@code .yaml}/{@code .yml} file holding a YAML list of values, or any
 * other file with one value per line (trimmed; blank lines and lines starting with {@code #} skipped).
 * YAML values are taken as written ({@code yes} stays the text "yes"). Errors never echo the file's text.
 */
final class AllowedValues {
    private static final long MAX_BYTES = 1 << 20;

    private AllowedValues() {}

    /** The values; an exception whose message says what is wrong with the file. */
    static List<String> read(Path file, String display) {
        SourceDecoder.Result read = new SourceReader(MAX_BYTES).read(file, display);
        if (read instanceof SourceDecoder.Undecodable bad) {
            throw new IllegalArgumentException(bad.message());
        }
        String text = ((SourceDecoder.Decoded) read).file().text();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> values = name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(text) : lines(text);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("it has no values");
        }
        return values;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<String> yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit((int) MAX_BYTES);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = Messages.oneLine(String.valueOf(e.getProblem()));
            throw new IllegalArgumentException("line " + line + ": " + problem);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("it cannot be read as YAML (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof SequenceNode list)) {
            throw new IllegalArgumentException("line " + (root.getStartMark().getLine() + 1)
                    + ": expected a YAML list of values (- value)");
        }
        List<String> values = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw new IllegalArgumentException("line " + (item.getStartMark().getLine() + 1)
                        + ": list items must be plain values, not lists or mappings");
            }
            values.add(scalar.getValue());
        }
        return values;
    }
}
