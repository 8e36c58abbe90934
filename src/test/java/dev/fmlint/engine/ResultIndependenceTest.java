package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.config.Config;
import dev.fmlint.config.ConfigException;
import dev.fmlint.config.ConfigLoader;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's result depends on that file alone: not on the other files in the run, their order, or the number
 * of threads. The files are the examples, every rule fixture and the hostile fixtures, plus files whose
 * {@code $schema} key names a schema in the tree (a good one, a broken one, a missing one), so that the
 * per-run schema cache is shared between files. Each run builds its setup afresh, as the CLI does: the
 * recommended preset, the blog-post schema for every file that does not name one, all built-in rules.
 */
@Timeout(300)
class ResultIndependenceTest {
    @TempDir
    static Path tree;
    static List<Path> files;

    @BeforeAll
    static void copyFiles() throws IOException {
        copyMarkdown(Path.of("examples"), tree.resolve("examples"));
        copyMarkdown(Path.of("src/test/resources/fixtures"), tree.resolve("fixtures"));
        copyMarkdown(Path.of("src/test/resources/hostile"), tree.resolve("hostile"));
        Files.createDirectories(tree.resolve("named"));
        Files.writeString(tree.resolve("named/own.schema.json"), "{\"type\": \"object\", \"required\": [\"author\"]}");
        Files.writeString(tree.resolve("named/broken.schema.json"), "{\"type\": \"strin\"}");
        for (String schema : List.of("own.schema.json", "broken.schema.json", "missing.schema.json")) {
            for (int i = 0; i < 3; i++) {
                Files.writeString(tree.resolve("named/" + i + "-" + schema + ".md"), "---\n$schema: " + schema
                        + "\ntitle: Named " + i + "\n---\n# Named " + i + "\n", StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> all = Files.walk(tree)) {
            files = all.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 150, "only " + files.size() + " files");
    }

    private static void copyMarkdown(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.filter(p -> p.toString().endsWith(".md")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    /** One run with its own configuration, schemas and caches, as one CLI invocation has. */
    private static Map<String, List<Diagnostic>> run(List<Path> which, int threads) {
        try {
            // Cross-file rules compare a file with the others of its run by design, so the property is about
            // the per-file rules.
            Config config = new ConfigLoader(tree).defaults().withRules(Map.of(
                    "unique-field", new dev.fmlint.config.RuleSetting(dev.fmlint.config.Level.OFF, Map.of(), "test"),
                    "link-target-exists", new dev.fmlint.config.RuleSetting(dev.fmlint.config.Level.OFF, Map.of(), "test")));
            RuleRegistry registry = RuleRegistry.load(ResultIndependenceTest.class.getClassLoader());
            ConfiguredSchemas schemas = ConfiguredSchemas.load(config, "blog-post", tree, new SchemaLoader());
            SettingsResolver settings = new SettingsResolver(config, registry, schemas);
            ParallelRunner runner = new ParallelRunner(new Linter(YamlComposer.Limits.DEFAULT),
                    new SourceReader(10L << 20), settings::forFile, threads);
            Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
            for (FileResult r : runner.run(which, f -> tree.relativize(f).toString())) {
                byFile.put(r.file(), r.diagnostics());
            }
            return byFile;
        } catch (ConfigException | SchemaLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneThreadAndFourThreadsGiveTheSameResultsInTheSameOrder() {
        Map<String, List<Diagnostic>> one = run(files, 1);
        Map<String, List<Diagnostic>> four = run(files, 4);
        assertEquals(new ArrayList<>(one.keySet()), new ArrayList<>(four.keySet()), "file order");
        assertEquals(one, four);
        assertTrue(one.values().stream().filter(d -> !d.isEmpty()).count() > 100, "the files must give findings");
        assertTrue(one.values().stream().flatMap(List::stream).anyMatch(d -> d.message().contains("author")),
                "the schema named in the files must be applied");
    }

    @Test
    void eachFileAloneGivesWhatItGivesAmongAllTheOthers() {
        Map<String, List<Diagnostic>> all = run(files, 4);
        for (Path f : files) {
            Map<String, List<Diagnostic>> alone = run(List.of(f), 1);
            String name = tree.relativize(f).toString();
            assertEquals(all.get(name), alone.get(name), name);
        }
    }

    @Test
    void shuffledSubsetsGiveEachFileTheSameResult() {
        Map<String, List<Diagnostic>> all = run(files, 1);
        Random random = new Random(6); // fixed: a failure must be reproducible
        for (int round = 0; round < 10; round++) {
            List<Path> subset = new ArrayList<>(files);
            Collections.shuffle(subset, random);
            subset = subset.subList(0, 10 + random.nextInt(40));
            Map<String, List<Diagnostic>> got = run(subset, 1 + random.nextInt(4));
            assertEquals(subset.stream().map(f -> tree.relativize(f).toString()).toList(), new ArrayList<>(got.keySet()),
                    "results come back in the order the files were given");
            got.forEach((name, diagnostics) -> assertEquals(all.get(name), diagnostics, name));
        }
    }
}
