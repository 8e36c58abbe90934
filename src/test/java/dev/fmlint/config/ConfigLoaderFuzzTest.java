package dev.fmlint.config;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.spi.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration loader under Jazzer: any bytes as {@code .fmlint.yaml} give either a {@link Config} or
 * a {@link ConfigException} (which the CLI prints as a usage error), never another exception. The loaded
 * configuration is then checked against the rule catalog as the CLI does, which may only throw
 * {@code ConfigException} too. Seeds: the presets, configurations like those in the tests and hostile YAML
 * in {@code ConfigLoaderFuzzTestInputs/anyBytesGiveAConfigOrAConfigException/}.
 */
class ConfigLoaderFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final List<String> RULE_IDS = RuleRegistry.load(ConfigLoaderFuzzTest.class.getClassLoader())
            .catalog().stream().map(RuleMeta::id).toList();

    @TempDir
    static Path dir;
    private static ConfigLoader loader;

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAConfigOrAConfigException(byte[] bytes) throws IOException {
        long started = System.nanoTime();
        if (loader == null) {
            loader = new ConfigLoader(dir);
        }
        Path file = Files.write(dir.resolve(".fmlint.yaml"), bytes);
        try {
            Config config = loader.load(file);
            assertNotNull(config);
            ConfigCheck.check(config, RuleRegistry.load(ConfigLoaderFuzzTest.class.getClassLoader()).catalog());
        } catch (ConfigException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank(), "a ConfigException "
                    + "without a message");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took + " for " + bytes.length + " bytes");
    }
}
