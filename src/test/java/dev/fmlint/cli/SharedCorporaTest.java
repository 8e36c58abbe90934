package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.discover.FileFinder;
import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.testing.SharedCorpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code stats} and {@code init} on the real corpora in {@code ../shared/corpus} (read in place, never copied):
 * the statistics match their schema and count every file, and a check with the inferred schema reports only
 * outliers, in a small share of the files. Skipped where the corpora are not checked out next to the
 * repository; {@code -DexcludedGroups=corpus} leaves them out on purpose (they take a few seconds each).
 * The before/after counts in the README come from full {@code fmlint check} runs.
 */
@Tag("corpus")
class SharedCorporaTest {
    /** Files with schema findings allowed, as a share of the files with front matter: outliers are rare. */
    private static final double OUTLIER_FILES = 0.02;

    @TempDir
    Path dir;

    private static Path corpus(String name) {
        Path path = SharedCorpora.corpus(name);
        if (!Files.isDirectory(path) && "true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.fail(path + " is missing in CI: " + SharedCorpora.howToProvide());
        }
        Assumptions.assumeTrue(Files.isDirectory(path), "corpus not found: " + path);
        return path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs-cn", "cpp-docs"})
    void statsCountEveryFileAndMatchTheSchema(String name) throws IOException {
        Path corpus = corpus(name);
        long markdown;
        try (Stream<Path> files = Files.walk(corpus)) {
            markdown = files.filter(f -> f.toString().endsWith(".md")).count();
        }
        CliRun run = CliRun.in(dir, "stats", "--format", "json", "--no-findings", corpus.toString());
        assertEquals(0, run.exitCode(), run.err());
        JSONObject doc = new JSONObject(run.out());
        SchemaLoader.builder().draftV7Support()
                .schemaJson(new JSONObject(Files.readString(Path.of("schemas/stats.schema.json"))))
                .build().load().build().validate(doc);
        assertEquals(markdown, doc.getLong("files"));
        assertEquals("title", doc.getJSONArray("keys").toList().stream()
                .map(k -> (String) ((java.util.Map<?, ?>) k).get("key")).filter(k -> k.equals("title")).findFirst()
                .orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs-cn", "cpp-docs"})
    void theInferredSchemaReportsOnlyOutliers(String name) throws Exception {
        Path corpus = corpus(name);
        CliRun init = CliRun.in(dir, "init", "--schema-out", "inferred.json", "--config-out", "inferred.yaml",
                corpus.toString());
        assertEquals(0, init.exitCode(), init.err());
        JSONObject schema = new JSONObject(Files.readString(dir.resolve("inferred.json")));
        assertTrue(schema.getJSONArray("required").toList().contains("title"), schema.toString(2));

        // The headers are validated directly, as the linter does, without the body rules a full check would run.
        FrontMatterValidator validator = new dev.fmlint.schema.SchemaLoader().load(dir.resolve("inferred.json").toString());
        FrontMatterSplitter splitter = new FrontMatterSplitter();
        YamlComposer composer = new YamlComposer(YamlComposer.Limits.DEFAULT);
        SourceReader reader = new SourceReader(10 << 20);
        long headers = 0;
        List<String> outliers = new ArrayList<>();
        for (Path file : new FileFinder(FileFinder.DEFAULT_EXTENSIONS).find(List.of(corpus)).files()) {
            if (reader.read(file, file.toString()) instanceof SourceDecoder.Decoded d
                    && splitter.split(d.file()) instanceof FrontMatterSplitter.Block block
                    && composer.compose(d.file(), block.content()) instanceof YamlComposer.Composed c) {
                headers++;
                if (!validator.validate(new FrontMatter(block.block(), block.content(), c.root())).isEmpty()) {
                    outliers.add(corpus.relativize(file).toString());
                }
            }
        }
        assertTrue(headers > 1000, headers + " headers");
        assertTrue(outliers.size() <= OUTLIER_FILES * headers, outliers.size() + " of " + headers + " headers do "
                + "not fit: " + outliers.stream().limit(20).toList());
    }
}
