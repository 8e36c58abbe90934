package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fmlint.report.ReportValidators;
import dev.fmlint.testing.SharedCorpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.json.JSONObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every format, in one run, on the examples and on each whole corpus in {@code ../shared/corpus/} (with the
 * corpus's schema when it has one): all outputs must pass their schema checks and agree on the counts.
 */
class CorpusReportsTest {
    static final Path CORPUS = SharedCorpora.root();

    @TempDir
    Path out;

    static Stream<Arguments> folders() throws IOException {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of(Path.of("examples").toAbsolutePath(), null));
        if (Files.isDirectory(CORPUS)) {
            try (Stream<Path> dirs = Files.list(CORPUS)) {
                dirs.filter(Files::isDirectory).sorted().forEach(d -> {
                    Path schema = CORPUS.resolve(d.getFileName() + ".schema.json");
                    all.add(Arguments.of(d, Files.exists(schema) ? schema : null));
                });
            }
        }
        return all.stream();
    }

    @Test
    void theSharedCorpusIsThereInCi() {
        if (!Files.isDirectory(CORPUS)) {
            if ("true".equals(System.getenv("CI"))) {
                fail(CORPUS + " is missing: " + SharedCorpora.howToProvide());
            }
            Assumptions.abort(CORPUS + " is missing: only the examples were checked");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void everyFormatIsValidAndAgreesOnTheCounts(Path folder, Path schema) {
        List<String> args = new ArrayList<>(List.of("check", "."));
        if (schema != null) {
            args.addAll(List.of("--schema", schema.toString()));
        }
        for (String format : List.of("json", "sarif", "junit", "github", "gitlab", "checkstyle")) {
            args.addAll(List.of("--format", format + "=" + out.resolve("report." + format)));
        }
        args.addAll(List.of("--format", "text"));
        CliRun run = CliRun.in(folder, args.toArray(String[]::new));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.exitCode() + ": " + run.err());

        JSONObject json = ReportValidators.jsonReport(read("json"));
        JSONObject summary = json.getJSONObject("summary");
        int files = summary.getInt("filesChecked");
        int findings = summary.getJSONObject("bySeverity").getInt("error")
                + summary.getJSONObject("bySeverity").getInt("warning");
        assertTrue(files > 0);

        JSONObject sarif = ReportValidators.sarif(read("sarif"));
        assertEquals(findings, sarif.getJSONArray("runs").getJSONObject(0).getJSONArray("results").length(), "sarif");
        Document junit = ReportValidators.junit(read("junit"));
        assertEquals(files, junit.getElementsByTagName("testcase").getLength(), "junit testcases");
        assertEquals(summary.getInt("filesWithFindings"), junit.getElementsByTagName("failure").getLength(),
                "junit failures");
        Document checkstyle = ReportValidators.xml(read("checkstyle"));
        assertEquals(findings, checkstyle.getElementsByTagName("error").getLength(), "checkstyle");
        assertEquals(findings, ReportValidators.gitlab(read("gitlab")).length(), "gitlab");
        assertEquals(findings, read("github").lines().count(), "github");
        assertEquals(findings, run.out().lines().filter(l -> l.matches(".+:\\d+:\\d+ +(error|warning) .*")).count(),
                "text");
    }

    private String read(String format) {
        return Posts.read(out.resolve("report." + format));
    }
}
