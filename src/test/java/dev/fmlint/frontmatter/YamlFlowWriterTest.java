package dev.fmlint.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.YamlNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlFlowWriterTest {
    /** Strings that YAML would read as something else, or could not read plain at all. */
    private static final List<String> TRICKY = List.of("AI", "GPT-4", "趋势", "2024", "-1", "+1", "0x1F", "0o17",
            "1_000", "1:20", "1.5", ".5", "1e5", ".inf", ".NaN", "true", "False", "yes", "No", "on", "OFF", "y", "n",
            "null", "Null", "~", "", " ", " a", "a ", "2024-01-05", "2024-01-05T10:00:00Z", "a, b", "a: b", "a:b",
            "#tag", "a #b", "[x]", "{x}", "x]", "-", "- x", "?", "? x", "&anchor", "*alias", "!tag", "|", ">",
            "'q'", "\"q\"", "it's", "say \"hi\"", "back\\slash", "%x", "@x", "`x`", "=", "<<", "tab\there",
            "new\nline", "cr\rx", "nul\u0000x", "bell\u0007", "bidi\u202Eevil", "zw\u200Bsp", "bom\uFEFF",
            "nel\u0085x", "ls\u2028x", "emoji 🎉", "ideographic\u3000space", "nbsp\u00A0x", "C#", "C++", "a|b");

    @Test
    void everyStringReadsBackUnchangedWithFmlintsComposer() {
        String yaml = "tags: " + YamlFlowWriter.list(TRICKY) + "\n";
        String text = "---\n" + yaml + "---\n";
        YamlComposer.Result result = new YamlComposer(YamlComposer.Limits.DEFAULT)
                .compose(SourceFile.of(null, "t.md", text, false), new Span(4, 4 + yaml.length()));
        YamlNode.Sequence list = (YamlNode.Sequence) assertInstanceOf(YamlComposer.Composed.class, result)
                .root().get("tags").orElseThrow();
        assertEquals(TRICKY, list.items().stream().map(i -> ((YamlNode.Scalar) i).value()).toList());
    }

    @Test
    void everyStringReadsBackUnchangedWithYaml11() {
        Yaml yaml11 = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<?, ?> flow = yaml11.load("tags: " + YamlFlowWriter.list(TRICKY));
        assertEquals(TRICKY, flow.get("tags"));
        for (String s : TRICKY) {
            Map<?, ?> block = yaml11.load("key: " + YamlFlowWriter.scalar(s));
            assertEquals(s, block.get("key"), () -> "as a block value: " + YamlFlowWriter.scalar(s));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "AI | AI", "GPT-4 | GPT-4", "趋势 | 趋势", "2024 | \"2024\"", "yes | \"yes\"", "a: b | \"a: b\"",
        "say \"hi\" | say \"hi\"", "\"q\" | \"\\\"q\\\"\"",
    })
    void quotesOnlyWhenNeeded(String value, String written) {
        assertEquals(written, YamlFlowWriter.scalar(value));
    }
}
