package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Location;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.RuleOptions;
import dev.fmlint.spi.RunContext;
import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's second step, through the real runner: order, participation, disk access and failures. */
class CrossFilePhaseTest {
    @TempDir
    Path dir;

    /** Collects each file's lines; at the end reports, on every file, what its lines ask about the run. */
    static final class Probe implements CrossFileRule<List<String>> {
        static final RuleMeta META = new RuleMeta("probe", "Test probe", Set.of(), Severity.WARNING, false);

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {}

        @Override
        public List<String> collect(RuleContext ctx, dev.fmlint.spi.ProjectFiles project) {
            return ctx.file().text().lines().toList();
        }

        @Override
        public void finish(List<Collected<List<String>>> files, RunContext run) {
            String order = String.join(",", files.stream().map(Collected::displayPath).toList());
            for (Collected<List<String>> file : files) {
                int n = 0;
                for (String line : file.facts()) {
                    n++;
                    Path target = file.path().getParent().resolve(line.substring(line.indexOf(' ') + 1));
                    String answer = switch (line.substring(0, line.indexOf(' '))) {
                        case "order" -> order;
                        case "exists" -> String.valueOf(run.exists(target));
                        case "markdown" -> run.markdown(target).map(node -> node.getFirstChild().getClass().getSimpleName())
                                .orElse("none");
                        case "fail" -> throw new IllegalStateException("boom");
                        default -> "?";
                    };
                    run.report(file, new Location(n, 1, n, 1), line + " -> " + answer);
                }
            }
        }
    }

    private List<FileResult> run(List<Path> files, Function<Path, Boolean> on) {
        Probe probe = new Probe();
        ParallelRunner runner = new ParallelRunner(new Linter(YamlComposer.Limits.DEFAULT), new SourceReader(1 << 20),
                f -> FileSettings.defaults(on.apply(f) ? List.of(ConfiguredRule.withDefaults(probe)) : List.of(),
                        SchemaSelector.NONE), 2);
        return runner.run(files, f -> dir.relativize(f).toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> messages(FileResult result) {
        return result.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void factsArriveInTheRunsFileOrderAndFindingsLandOnTheirFiles() throws IOException {
        Path b = write("b.md", "order x\n");
        Path a = write("a.md", "order x\n");
        for (int i = 0; i < 5; i++) {
            List<FileResult> results = run(List.of(b, a), f -> true);
            assertEquals(List.of("b.md", "a.md"), results.stream().map(FileResult::file).toList());
            assertEquals(List.of("order x -> b.md,a.md"), messages(results.get(0)));
            assertEquals(List.of("order x -> b.md,a.md"), messages(results.get(1)));
            assertEquals(Severity.WARNING, results.get(0).diagnostics().get(0).severity());
        }
    }

    @Test
    void filesTheRuleIsOffForTakeNoPart() throws IOException {
        Path a = write("a.md", "order x\n");
        Path b = write("b.md", "order x\n");
        List<FileResult> results = run(List.of(a, b), f -> f.equals(a));
        assertEquals(List.of("order x -> a.md"), messages(results.get(0)));
        assertEquals(List.of(), messages(results.get(1)));
    }

    @Test
    void existsIsExactAboutLetterCaseAndStaysInTheProject() throws IOException {
        write("docs/Guide.md", "# Guide\n");
        Files.createDirectories(dir.resolve("docs/img"));
        Path a = write("docs/a.md", "exists Guide.md\nexists guide.md\nexists img\nexists ./img/../Guide.md\n"
                + "exists GUIDE.MD\nexists nothing.md\n");
        Path b = write("b.md", "exists docs/Guide.md\n");
        List<FileResult> results = run(List.of(a, b), f -> true);
        assertEquals(List.of("exists Guide.md -> true", "exists guide.md -> false", "exists img -> true",
                "exists ./img/../Guide.md -> true", "exists GUIDE.MD -> false", "exists nothing.md -> false"),
                messages(results.get(0)));
        // Only the two files' common folder is the project (the temporary folder has no .git above it).
        Path outside = write("docs/sub/c.md", "exists ../../b.md\n");
        List<FileResult> sub = run(List.of(outside, write("docs/sub/d.md", "")), f -> true);
        assertEquals(List.of("exists ../../b.md -> false"), messages(sub.get(0)));
    }

    @Test
    void markdownOfOtherFilesIsReadInsideTheProjectOnly() throws IOException {
        write("docs/other.md", "---\ntitle: x\n---\n# Heading\n");
        Path secret = Files.createTempFile("secret", ".md");
        try {
            Files.writeString(secret, "# Secret\n");
            Path link = dir.resolve("docs/link.md");
            Files.createSymbolicLink(link, secret);
            Path a = write("docs/a.md", "markdown other.md\nmarkdown link.md\nmarkdown missing.md\n");
            List<FileResult> results = run(List.of(a, write("docs/b.md", "")), f -> true);
            assertEquals(List.of("markdown other.md -> Heading", "markdown link.md -> none",
                    "markdown missing.md -> none"), messages(results.get(0)));
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void aFailingFinishIsARuleErrorOnTheFirstFileAndTheRunGoesOn() throws IOException {
        Path a = write("a.md", "fail x\n");
        Path b = write("b.md", "exists a.md\n");
        List<FileResult> results = run(List.of(a, b), f -> true);
        assertEquals(1, results.get(0).diagnostics().size());
        Diagnostic d = results.get(0).diagnostics().get(0);
        assertEquals(CoreChecks.RULE_ERROR, d.ruleId());
        assertTrue(d.message().startsWith("rule probe failed in its whole-run step: java.lang.IllegalStateException: boom"),
                d.message());
        assertEquals(List.of(), messages(results.get(1)));
    }

    @Test
    void theProjectIsTheRepositoryWhenThereIsOne() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path a = write("docs/a.md", "exists ../top.md\n");
        write("top.md", "");
        List<FileResult> results = run(List.of(a), f -> true);
        assertEquals(List.of("exists ../top.md -> true"), messages(results.get(0)));
        assertEquals(dir.toAbsolutePath().normalize(), ProjectRoot.of(List.of(a)));
    }

    @Test
    void aPreferredRootIsUsedOnlyWhenItHoldsEveryFile() throws IOException {
        Path a = write("docs/a.md", "");
        Path b = write("docs/sub/b.md", "");
        assertEquals(dir.resolve("docs"), ProjectRoot.choose(dir.resolve("docs"), List.of(a, b)));
        assertEquals(dir.resolve("docs"), ProjectRoot.choose(dir.resolve("elsewhere"), List.of(a, b)));
        assertEquals(dir.resolve("docs/sub"), ProjectRoot.choose(null, List.of(b)));
    }

    @Test
    void optionsArePerFile() {
        CrossFileRule.Collected<String> c = new CrossFileRule.Collected<>(dir, "x", RuleOptions.NONE, "f");
        assertEquals(RuleOptions.NONE, c.options());
    }
}
