package dev.fmlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Presets skip the configuration schema at run time, so every shipped preset is checked against it here. */
class PresetsTest {
    static Stream<String> presets() {
        return Presets.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetIsAValidConfigurationAndLoads(String name) throws Exception {
        Path file = Path.of("rules/presets", name + ".yaml");
        assertTrue(Files.exists(file), "Presets.NAMES lists " + name + " but " + file + " is missing");
        SourceFile source = SourceFile.of(file, file.toString(), Files.readString(file), false);
        var composed = new YamlComposer(YamlComposer.Limits.DEFAULT).compose(source, new Span(0, source.text().length()));
        var root = ((YamlComposer.Composed) composed).root();
        FrontMatterValidator schema = new SchemaLoader().load("fmlint-config");
        assertEquals(List.of(), schema.validate(new FrontMatter(new Span(0, 0), root.span(), root)));
        Config config = new ConfigLoader(Path.of("").toAbsolutePath()).load(file);
        assertTrue(!config.rules().isEmpty() || !config.schemas().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetFileIsListed(String ignored) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules/presets"))) {
            assertEquals(files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList(),
                    Presets.NAMES.stream().sorted().toList());
        }
    }
}
