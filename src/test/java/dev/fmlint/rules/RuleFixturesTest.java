package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.spi.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests: every {@code fixtures/<rule-id>/<case>.md} is linted with only that rule on, and its
 * findings must equal {@code <case>.expected} line for line. Run with {@code -Dfmlint.updateGolden=true} to
 * rewrite the .expected files from the current output, then review them as a diff.
 */
class RuleFixturesTest {
    private static final boolean UPDATE = Boolean.getBoolean("fmlint.updateGolden");

    static Stream<Named<Path>> fixtures() {
        return FixtureLinter.fixtures().stream()
                .map(p -> Named.of(FixtureLinter.ROOT.relativize(p).toString().replace('\\', '/'), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsMatchGolden(Path fixture) throws IOException {
        String ruleId = FixtureLinter.ruleId(fixture);
        Rule rule = FixtureLinter.rule(ruleId);
        FileResult result = FixtureLinter.lint(fixture);

        List<String> others = result.diagnostics().stream().filter(d -> !d.ruleId().equals(ruleId))
                .map(d -> d.start().line() + ":" + d.start().column() + " " + d.ruleId() + " " + d.message())
                .toList();
        assertEquals(List.of(), others, "a fixture must be well-formed apart from what its rule checks");
        if (!rule.meta().fixable()) {
            assertTrue(result.diagnostics().stream().allMatch(d -> d.fix() == null),
                    ruleId + " proposes fixes but its RuleMeta says fixable=false");
        }

        String actual = FixtureLinter.golden(result, ruleId);
        Path expectedFile = FixtureLinter.sidecar(fixture, FixtureLinter.EXPECTED);
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("fixture " + fixture + " has no " + expectedFile.getFileName()
                    + "; run the tests with -Dfmlint.updateGolden=true and review the new file");
        }
        assertEquals(FixtureLinter.readString(expectedFile).replace("\r\n", "\n"), actual,
                "findings differ from " + expectedFile + " (run with -Dfmlint.updateGolden=true to accept, "
                        + "then review the diff)");
    }

    @Test
    void everyFolderIsARule() throws IOException {
        Set<String> ids = new BuiltinRules().rules().stream().map(r -> r.meta().id()).collect(Collectors.toSet());
        try (Stream<Path> folders = Files.list(FixtureLinter.ROOT)) {
            List<String> unknown = folders.map(p -> p.getFileName().toString()).filter(n -> !ids.contains(n))
                    .sorted().toList();
            assertEquals(List.of(), unknown, "fixture folders must be named after a built-in rule");
        }
    }

    @Test
    void everySidecarHasAFixture() throws IOException {
        List<String> orphans = new ArrayList<>();
        List<String> strangers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FixtureLinter.ROOT)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                String suffix = name.endsWith(FixtureLinter.OPTIONS) ? FixtureLinter.OPTIONS
                        : name.endsWith(FixtureLinter.EXPECTED) ? FixtureLinter.EXPECTED : null;
                if (suffix != null) {
                    Path md = p.resolveSibling(name.substring(0, name.length() - suffix.length()) + ".md");
                    if (!Files.exists(md)) {
                        orphans.add(p.toString());
                    }
                } else if (!name.endsWith(".md") || !p.getParent().getParent().equals(FixtureLinter.ROOT)) {
                    strangers.add(p.toString());
                }
            }
        }
        assertEquals(List.of(), orphans, "these sidecars have no fixture .md; delete them or restore the fixture");
        assertEquals(List.of(), strangers,
                "fixtures are fixtures/<rule-id>/<case>.md with .expected and .options.yaml sidecars only");
    }

    /** Guards the golden writer itself: a Diagnostic's start is what the golden line shows. */
    @Test
    void goldenLineFormat() {
        FileResult result = FixtureLinter.lint("# A\n\n### C\n", FixtureLinter.rule("heading-increment"));
        Diagnostic d = result.diagnostics().get(0);
        assertEquals("3:1 heading-increment " + d.message() + "\n", FixtureLinter.golden(result, "heading-increment"));
    }
}
