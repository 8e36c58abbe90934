package dev.fmlint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.cli.Environment;
import dev.fmlint.cli.Main;
import dev.fmlint.testing.SharedCorpora;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** --fix through the real entry point: golden before/after files, and the properties every fix keeps. */
class FixEndToEndTest {
    private static final Path GOLDEN = Path.of("src/test/resources/fix");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run fmlint(Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new Environment(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), false, cwd));
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Named<Path>> goldenCases() throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".fixed.md"))
                    .sorted().map(p -> Named.of(GOLDEN.relativize(p).toString(), p)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void fixGivesTheGoldenTextAndLeavesNothingOfTheRuleToFix(Path input) throws IOException {
        String rule = input.getParent().getFileName().toString();
        Path fixedFile = input.resolveSibling(input.getFileName().toString().replace(".md", ".fixed.md"));
        String expected = Files.exists(fixedFile) ? Files.readString(fixedFile) : Files.readString(input);
        Path copy = Files.copy(input, dir.resolve("case.md"));
        fmlint(dir, "check", "--no-config", "--fix", "--fix-rule", rule, "case.md");
        assertEquals(expected, Files.readString(copy));
        Run again = fmlint(dir, "check", "--no-config", "--fix-dry-run", "--fix-rule", rule, "case.md");
        assertEquals(0, again.code(), "a second fix would still change: " + again.out());
    }

    @Test
    void crlfAndBomSurviveAndUnfixableFilesAreNotRewritten() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path crlf = dir.resolve("crlf.md");
        Files.write(crlf, concat(bom, "---\r\ntitle: T\r\ntags: a, b\r\n---\r\n# T\r\n".getBytes(StandardCharsets.UTF_8)));
        Path clean = Files.writeString(dir.resolve("clean.md"), "---\ntitle: C\ntags: [a]\n---\n# C\n");
        Path broken = Files.writeString(dir.resolve("broken.md"), "---\ntitle: [\ntags: a, b\n---\n# B.\n");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(clean, old);
        Files.setLastModifiedTime(broken, old);
        Run run = fmlint(dir, "check", "--no-config", "--fix", ".");
        assertTrue(run.err().contains("fixed 1 problem in 1 file"), run.err());
        assertArrayEquals(concat(bom, "---\r\ntitle: T\r\ntags: [a, b]\r\n---\r\n# T\r\n".getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(crlf));
        assertEquals(old, Files.getLastModifiedTime(clean));
        assertEquals(old, Files.getLastModifiedTime(broken));
    }

    @Test
    void dryRunChangesNothingAndExitsOneWhenThereIsAFix() throws IOException {
        Path f = Files.writeString(dir.resolve("a.md"), "---\ntitle: A\ntags: x, y\n---\n# A\n");
        byte[] before = Files.readAllBytes(f);
        Run run = fmlint(dir, "check", "--no-config", "--fix-dry-run", "a.md");
        assertEquals(1, run.code());
        assertTrue(run.out().startsWith("--- a/a.md\n+++ b/a.md\n@@ "), run.out());
        assertTrue(run.err().contains("would fix 1 problem in 1 file"), run.err());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void declarativeRulesWithSuggestFix() throws IOException {
        Files.writeString(dir.resolve(".fmlint.yaml"), """
                customRules:
                  - id: no-http-links
                    message: "use https: {match}"
                    scope: link-url
                    forbid: '^http://'
                    suggest: 'https://'
                """);
        Path f = Files.writeString(dir.resolve("a.md"), "See [x](http://a.example) and <http://b.example>.\n");
        Run run = fmlint(dir, "check", "--fix", "a.md");
        assertEquals(0, run.code(), run.out());
        assertEquals("See [x](https://a.example) and <https://b.example>.\n", Files.readString(f));
    }

    @Test
    void fixAndStdinAndBothModesAreUsageErrors() {
        assertEquals(2, fmlint(dir, "check", "--fix", "-").code());
        assertEquals(2, fmlint(dir, "check", "--fix", "--fix-dry-run", ".").code());
    }

    @Test
    void fixingACorpusIsIdempotentAndTouchesOnlyLinesWithFixableFindings() throws IOException {
        Path corpus = SharedCorpora.corpus("docs-cn");
        assertTrue(Files.isDirectory(corpus), corpus + " is missing: " + SharedCorpora.howToProvide());
        Path copy = dir.resolve("docs-cn");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(corpus)) {
            sources = files.filter(p -> p.toString().endsWith(".md")).sorted().limit(400).toList();
        }
        for (Path source : sources) {
            Path target = copy.resolve(corpus.relativize(source));
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
        // Give the corpus something to fix: every tenth file gets a comma-separated tags line.
        int seeded = 0;
        for (int i = 0; i < sources.size(); i += 10) {
            Path target = copy.resolve(corpus.relativize(sources.get(i)));
            String text = Files.readString(target);
            if (text.startsWith("---\n")) {
                Files.writeString(target, "---\ntags: a, b, 中文\n" + text.substring(4));
                seeded++;
            }
        }
        assertTrue(seeded > 10);
        Run dry = fmlint(copy, "check", "--no-config", "--fix-dry-run", ".");
        Run first = fmlint(copy, "check", "--no-config", "--fix", ".");
        assertTrue(first.err().contains("fixed "), first.err());
        Run second = fmlint(copy, "check", "--no-config", "--fix-dry-run", ".");
        assertEquals(0, second.code(), "fixing twice changes more than fixing once:\n" + second.out());
        assertEquals("", second.out());
        // Every changed line of the first fix is one a fixable finding pointed at (same line count).
        for (String line : dry.out().lines().toList()) {
            if (line.startsWith("-") && !line.startsWith("---")) {
                assertTrue(line.startsWith("-tags: ") || line.startsWith("-#") || line.startsWith("-slug: ")
                        || line.startsWith("-  - ") || line.startsWith("- "), "unexpected change: " + line);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
