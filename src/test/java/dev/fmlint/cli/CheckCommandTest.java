package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String GOOD = "---\ntitle: Hello\n---\n\n# Hello\n\nText.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cleanFilesExitZeroWithSummary() throws IOException {
        write("a.md", GOOD);
        write("sub/b.markdown", GOOD);
        CliRun run = CliRun.in(dir, "check");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("2 files checked, 0 with problems: 0 errors, 0 warnings", run.out().strip());
        assertTrue(run.err().matches("fmlint: checked 2 files in [0-9.]+ s \\([0-9]+ files/s\\)\\R"), run.err());
    }

    @Test
    void findingLineHasPathLineColumnSeverityMessageAndRule() throws IOException {
        write("a.md", "---\ntitle: A\n---\n# A\n\n### C\n");
        CliRun run = CliRun.in(dir, "check", "a.md");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("a.md:6:1  error    heading jumps from h1 to h3; use h2 here  heading-increment"),
                run.findings());
    }

    @Test
    void brokenFileAmongGoodOnesGetsOneClearLineAndTheRestAreChecked() throws IOException {
        write("a-good.md", GOOD);
        write("b-broken.md", "---\ntitle: [unclosed\n---\n# B\n\n### skipped level\n");
        write("c-bad.md", "---\ntitle: C\n---\n# C\n\n### D\n");
        CliRun run = CliRun.in(dir, "check");
        assertEquals(1, run.exitCode());
        List<String> lines = run.findings();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("b-broken.md:3:1  error    YAML syntax error: "), lines.get(0));
        assertTrue(lines.get(0).endsWith("front-matter-syntax"));
        assertTrue(lines.get(1).startsWith("c-bad.md:6:1 "));
        assertTrue(run.out().contains("3 files checked, 2 with problems: 2 errors, 0 warnings"));
        assertFalse(run.out().contains("Exception") || run.err().contains("Exception"));
    }

    @Test
    void unreadableEncodingsAreFindingsNotCrashes() throws IOException {
        Files.write(dir.resolve("latin1.md"), new byte[] {'#', ' ', 'c', (byte) 0xE9, '\n'});
        Files.write(dir.resolve("bin.md"), new byte[] {0, 1, 2, 3});
        write("ok.md", GOOD);
        CliRun run = CliRun.in(dir, "check");
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                "bin.md:1:1  error    file looks binary (NUL byte at offset 0); not a text file  read-error",
                "latin1.md:1:1  error    invalid UTF-8 at byte offset 3 (byte 0xE9); re-save the file as UTF-8  read-error"),
                run.findings());
    }

    @Test
    void unterminatedFrontMatterIsOneErrorAtTheOpeningLine() throws IOException {
        write("a.md", "---\ntitle: x\n\n# Body\n");
        CliRun run = CliRun.in(dir, "check", "a.md");
        assertEquals(List.of("a.md:1:1  error    front matter is not closed: the \"---\" on this line has no closing "
                + "\"---\" line; add one after the last key  front-matter-syntax"), run.findings());
    }

    @Test
    void lineNumbersCountTheFrontMatterAndColumnsCountCodePoints() throws IOException {
        write("cjk.md", "\uFEFF---\r\ntitle: 标题\r\n---\r\n# 标题\r\n\r\n### 跳级\r\n");
        CliRun run = CliRun.in(dir, "check", "cjk.md");
        assertEquals(List.of("cjk.md:6:1  error    heading jumps from h1 to h3; use h2 here  heading-increment"),
                run.findings());
    }

    @Test
    void explicitFilesAreCheckedWhateverTheirExtension() throws IOException {
        write("notes.txt", "no front matter\n");
        CliRun run = CliRun.in(dir, "check", "notes.txt");
        assertEquals(1, run.exitCode());
        assertTrue(run.findings().get(0).startsWith("notes.txt:1:1  error    file has no front matter"));
    }

    @Test
    void missingPathIsAUsageError() throws IOException {
        write("a.md", GOOD);
        CliRun run = CliRun.in(dir, "check", "a.md", "nope.md");
        assertEquals(2, run.exitCode());
        assertEquals("fmlint: path not found: " + dir.resolve("nope.md"), run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void findingNothingIsAnErrorNotAGreenRun() throws IOException {
        write("readme.txt", "x");
        CliRun run = CliRun.in(dir, "check");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no Markdown files found in the current folder"), run.err());
    }

    @Test
    void stdinIsNamedByStdinFilename() {
        CliRun run = CliRun.withStdin(dir, "---\ntitle: A\n---\n# A\n\n### C\n", "check", "-", "--stdin-filename",
                "posts/p.md");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("posts/p.md:6:1  error    heading jumps from h1 to h3; use h2 here  heading-increment"),
                run.findings());
    }

    @Test
    void schemaFolderOrMissingSchemaIsAUsageError() throws IOException {
        write("a.md", GOOD);
        Files.createDirectories(dir.resolve("schemas"));
        CliRun folder = CliRun.in(dir, "check", "--schema", "schemas", "a.md");
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        CliRun missing = CliRun.in(dir, "check", "--schema", "nope.json", "a.md");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nope.json"), missing.err());
        assertFalse(missing.err().contains("\tat "), "no stack trace");
    }

    @Test
    void builtInSchemaByName() throws IOException {
        write("a.md", "---\ntitle: x\n---\n# x\n");
        CliRun run = CliRun.in(dir, "check", "--schema", "blog-post", "a.md");
        assertTrue(run.findings().stream().anyMatch(l -> l.endsWith("  schema")), run.out() + run.err());
    }

    @Test
    void outputIsDeterministic() throws IOException {
        for (int i = 0; i < 40; i++) {
            write("d" + (i % 4) + "/f" + i + ".md", i % 3 == 0 ? "# no front matter\n" : GOOD);
        }
        assertEquals(CliRun.in(dir, "check").out(), CliRun.in(dir, "check").out());
    }

    @Test
    void checkingNeverWritesToTheCheckedTree() throws IOException {
        write("a.md", GOOD);
        write("b.md", "---\ntags: a, b\ntitle: [\n---\n");
        write("c/d.md", "# no front matter\n");
        Map<String, String> before = snapshot();
        CliRun.in(dir, "check");
        assertEquals(before, snapshot());
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                String content = Files.isRegularFile(p) ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1) : "";
                state.put(dir.relativize(p).toString(), t + "|" + content);
            }
        }
        return state;
    }
}
