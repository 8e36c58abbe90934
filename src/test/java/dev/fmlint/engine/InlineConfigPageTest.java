package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The examples on {@code rules/inline-config.md} are true: each {@code markdown} block, linted with every
 * built-in rule and {@code --report-unused-disables}, gives the inline-config findings of the {@code text}
 * block after it, or none. (The catalog test runs the pages of rules; this is a core check.)
 */
class InlineConfigPageTest {
    @Test
    void examplesShowWhatIsReported() throws IOException {
        Path page = Path.of("rules", CoreChecks.INLINE_CONFIG + ".md");
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
        Linter linter = new Linter(YamlComposer.Limits.DEFAULT, new InlineOptions(
                registry.catalog().stream().map(RuleMeta::id).collect(Collectors.toSet()), true));
        FileSettings settings = FileSettings.defaults(
                registry.all().stream().map(ConfiguredRule::withDefaults).toList(), SchemaSelector.NONE);
        Node doc = Parser.builder().build().parse(Files.readString(page, StandardCharsets.UTF_8));
        int examples = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof FencedCodeBlock block) || !block.getInfo().equals("markdown")) {
                continue;
            }
            examples++;
            String expected = n.getNext() instanceof FencedCodeBlock next && next.getInfo().equals("text")
                    ? next.getLiteral() : "";
            List<Diagnostic> found = linter.lint(SourceFile.of(null, "page.md", block.getLiteral(), false), settings)
                    .diagnostics();
            String actual = found.stream().filter(d -> d.ruleId().equals(CoreChecks.INLINE_CONFIG))
                    .map(d -> d.start().line() + ":" + d.start().column() + " " + d.ruleId() + " " + d.message() + "\n")
                    .collect(Collectors.joining());
            assertEquals(expected, actual, page + ": an example does not report what the page says:\n"
                    + block.getLiteral());
        }
        assertTrue(examples >= 2, page + " needs a failing and a passing example");
    }
}
