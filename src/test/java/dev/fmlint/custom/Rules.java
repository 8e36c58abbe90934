package dev.fmlint.custom;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.fmlint.config.ConfigException;
import dev.fmlint.config.ConfigNode;
import dev.fmlint.engine.ConfiguredRule;
import dev.fmlint.engine.FileSettings;
import dev.fmlint.engine.Linter;
import dev.fmlint.engine.SchemaSelector;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Test helpers: custom rules from configuration text, and their findings on a Markdown text. */
final class Rules {
    private Rules() {}

    /** The rules under {@code customRules:} of a configuration at {@code dir/.fmlint.yaml} with this text. */
    static List<CustomRule> read(Path dir, String config) throws ConfigException {
        SourceFile source = SourceFile.of(dir.resolve(".fmlint.yaml"), ".fmlint.yaml", config, false);
        YamlComposer.Result composed = new YamlComposer(YamlComposer.Limits.DEFAULT)
                .compose(source, new Span(0, config.length()));
        YamlNode.Mapping root = assertInstanceOf(YamlComposer.Composed.class, composed).root();
        YamlNode list = root.get("customRules").orElseThrow();
        List<ConfigNode> entries = new ArrayList<>();
        assertInstanceOf(YamlNode.Sequence.class, list).items().forEach(i -> entries.add(new ConfigNode(i, source)));
        return CustomRules.read(entries);
    }

    /** One rule, written as the YAML of a single list entry (indented as under "customRules:"). */
    static CustomRule one(String ruleYaml) {
        try {
            List<CustomRule> rules = read(Path.of("."), "customRules:\n" + ruleYaml);
            return rules.get(0);
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The error reading this configuration gives. */
    static String error(Path dir, String config) {
        try {
            read(dir, config);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected an error for:\n" + config);
    }

    static List<Diagnostic> diagnostics(CustomRule rule, String markdown) {
        SourceFile file = SourceFile.of(null, "test.md", markdown, false);
        List<ConfiguredRule> rules = List.of(ConfiguredRule.withDefaults(rule));
        return new Linter(YamlComposer.Limits.DEFAULT).lint(file, FileSettings.defaults(rules, SchemaSelector.NONE))
                .diagnostics().stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** {@code line:col message} of each finding, in report order. */
    static List<String> findings(CustomRule rule, String markdown) {
        return diagnostics(rule, markdown).stream()
                .map(d -> d.start().line() + ":" + d.start().column() + " " + d.message()).toList();
    }

    /** The text with every finding's fix applied (edits do not overlap in these tests). */
    static String fixed(CustomRule rule, String markdown) {
        List<Diagnostic> ds = new ArrayList<>(diagnostics(rule, markdown).stream().filter(d -> d.fix() != null).toList());
        StringBuilder sb = new StringBuilder(markdown);
        ds.stream().flatMap(d -> d.fix().edits().stream())
                .sorted(Comparator.comparingInt((dev.fmlint.spi.Fix.Edit e) -> e.span().start()).reversed())
                .forEach(e -> sb.replace(e.span().start(), e.span().end(), e.replacement()));
        return sb.toString();
    }
}
