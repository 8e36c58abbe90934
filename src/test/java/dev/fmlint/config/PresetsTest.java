package dev.fmlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.FrontMatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped preset is a valid configuration (presets skip the configuration schema at run time, so it is
 * checked here), names only known rules, and gives them valid options.
 */
class PresetsTest {
    @TempDir
    Path dir;

    static Stream<String> presets() {
        return Presets.NAMES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void theConfigurationSchemaNamesThePresetForEditors(String name) throws IOException {
        String schema = Files.readString(Path.of("schemas/fmlint-config.schema.json"));
        String extendsHelp = schema.substring(schema.indexOf("\"extends\""));
        extendsHelp = extendsHelp.substring(0, extendsHelp.indexOf('\n', extendsHelp.indexOf("description")));
        assertTrue(extendsHelp.matches("(?s).*\\b" + name + "\\b.*"), "the extends description in the "
                + "configuration schema does not name the preset " + name + ": " + extendsHelp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void presetMatchesTheConfigurationSchema(String name) throws Exception {
        Path file = Path.of("rules/presets", name + ".yaml");
        assertTrue(Files.exists(file), "Presets.NAMES lists " + name + " but " + file + " is missing");
        SourceFile source = SourceFile.of(file, file.toString(), Files.readString(file), false);
        var composed = new YamlComposer(YamlComposer.Limits.DEFAULT).compose(source, new Span(0, source.text().length()));
        var root = ((YamlComposer.Composed) composed).root();
        FrontMatterValidator schema = new SchemaLoader().load("fmlint-config");
        assertEquals(List.of(), schema.validate(new FrontMatter(new Span(0, 0), root.span(), root)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void presetIsValidAgainstTheRuleCatalog(String name) throws IOException, ConfigException {
        Path file = dir.resolve(".fmlint.yaml");
        Files.writeString(file, "extends: " + name + "\n");
        Config config = new ConfigLoader(dir).load(file);
        ConfigCheck.check(config, RuleRegistry.load(getClass().getClassLoader()).catalog());
        assertTrue(config.rules().containsKey("frontmatter-required"), name + " builds on recommended");
    }

    @Test
    void everyPresetFileIsListed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules", "presets"))) {
            assertEquals(Presets.NAMES.stream().sorted().toList(), files.map(p -> p.getFileName().toString())
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList());
        }
    }
}
