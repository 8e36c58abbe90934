package dev.fmlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped preset loads, names only known rules, and gives them valid options. */
class PresetsTest {
    @TempDir
    Path dir;

    static Stream<String> presets() {
        return Presets.NAMES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void presetIsValidAgainstTheRuleCatalog(String name) throws IOException, ConfigException {
        assertTrue(Files.isRegularFile(Path.of("rules", "presets", name + ".yaml")), "no rules/presets/" + name + ".yaml");
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
