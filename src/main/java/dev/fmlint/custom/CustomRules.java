package dev.fmlint.custom;

import dev.fmlint.config.ConfigException;
import dev.fmlint.config.ConfigNode;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the declarative rules of a configuration: the entries of {@code customRules:}, and the files that
 * {@code - include: FILE} entries name (relative to the file that names them; their top level is
 * {@code customRules: [...]} again, so the configuration schema describes them too). Every bad definition is
 * one error line, {@code file:line:col: custom rule "id": what is wrong}; all of them are reported together.
 */
public final class CustomRules {
    private static final long MAX_INCLUDE_BYTES = 1 << 20;

    private final List<CustomRule> rules = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Files included so far, with where: a file is included once, which also stops include cycles. */
    private final Map<Path, String> included = new LinkedHashMap<>();

    private CustomRules() {}

    /** The rules the entries define, in order; an error listing every bad definition. */
    public static List<CustomRule> read(List<ConfigNode> entries) throws ConfigException {
        CustomRules reading = new CustomRules();
        entries.forEach(e -> reading.entry(e.node(), e.source()));
        if (!reading.problems.isEmpty()) {
            throw new ConfigException(String.join(System.lineSeparator(), reading.problems));
        }
        return List.copyOf(reading.rules);
    }

    /**
     * Checks the value of one file's {@code customRules} key as written, before the file is checked against
     * the configuration schema, so that a bad rule gets this reader's precise message rather than a schema's.
     */
    public static void check(ConfigNode customRules) throws ConfigException {
        if (!(customRules.node() instanceof YamlNode.Sequence list)) {
            throw new ConfigException(customRules.where() + ": customRules must be a list of rules (- id: ...)");
        }
        read(list.items().stream().map(item -> new ConfigNode(item, customRules.source())).toList());
    }

    private void entry(YamlNode node, SourceFile source) {
        if (node instanceof YamlNode.Mapping m && m.get("include").isPresent()) {
            include(m, source);
            return;
        }
        try {
            rules.add(new DefinitionReader(source).read(node));
        } catch (BadDefinition e) {
            problems.add(new ConfigNode(node, source).where(e.span()) + ": " + e.getMessage());
        }
    }

    private void include(YamlNode.Mapping m, SourceFile source) {
        ConfigNode at = new ConfigNode(m, source);
        for (YamlNode.Entry e : m.entries()) {
            if (!e.key().equals("include")) {
                problems.add(at.where(e.keySpan()) + ": an include entry has only the key include; write the rule \""
                        + Messages.quote(e.key()) + ": ...\" in the included file or as an entry of its own");
                return;
            }
        }
        YamlNode value = m.get("include").orElseThrow();
        if (!(value instanceof YamlNode.Scalar s) || !(s.value() instanceof String name) || name.isBlank()) {
            problems.add(at.where(value.span()) + ": include must be the path of a rules file");
            return;
        }
        if (source.path() == null) {
            problems.add(at.where(value.span()) + ": include can only be used in a configuration file on disk");
            return;
        }
        Path file = source.path().toAbsolutePath().getParent().resolve(name).normalize();
        String display = Path.of(source.displayPath()).resolveSibling(name).normalize().toString();
        String first = included.putIfAbsent(file, at.where(value.span()));
        if (first != null) {
            problems.add(at.where(value.span()) + ": " + display + " is already included (at " + first
                    + "); include a file once");
            return;
        }
        SourceDecoder.Result read = new SourceReader(MAX_INCLUDE_BYTES).read(file, display);
        if (read instanceof SourceDecoder.Undecodable bad) {
            problems.add(at.where(value.span()) + ": include \"" + Messages.quote(name) + "\": " + bad.message());
            return;
        }
        rulesFile(((SourceDecoder.Decoded) read).file());
    }

    /** An included file: a mapping whose only key is customRules (a $schema key for editors is allowed). */
    private void rulesFile(SourceFile file) {
        YamlComposer.Result composed = new YamlComposer(YamlComposer.Limits.DEFAULT)
                .compose(file, new Span(0, file.text().length()));
        if (composed instanceof YamlComposer.Failed failed) {
            for (Finding f : failed.findings()) {
                problems.add(new ConfigNode(null, file).where(f.span()) + ": " + f.message());
            }
            return;
        }
        YamlNode.Mapping root = ((YamlComposer.Composed) composed).root();
        ConfigNode at = new ConfigNode(root, file);
        for (YamlNode.Entry e : root.entries()) {
            if (!e.key().equals("customRules") && !e.key().equals("$schema")) {
                problems.add(at.where(e.keySpan()) + ": an included rules file holds only customRules: [...], "
                        + "found \"" + Messages.quote(e.key()) + "\"");
                return;
            }
        }
        YamlNode list = root.get("customRules").orElse(null);
        if (!(list instanceof YamlNode.Sequence rulesList)) {
            problems.add(at.where(list == null ? root.span() : list.span())
                    + ": an included rules file holds a list under customRules: (- id: ...)");
            return;
        }
        rulesList.items().forEach(item -> entry(item, file));
    }
}
