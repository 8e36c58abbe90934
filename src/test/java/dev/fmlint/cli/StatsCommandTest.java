package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmlint stats} through the real entry point, in each output format. */
class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void textReportDescribesTheCorpusAndItsFindings() throws IOException {
        BlogCorpus.write(dir);
        Files.writeString(dir.resolve("posts/plain.md"), "Just text, no header and no heading.\n");
        CliRun run = CliRun.in(dir, "stats", "posts");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("121 files: 120 with front matter, 1 without\n  without front matter: posts/plain.md\n"),
                out);
        assertTrue(hasLine(out, "  title +119 +99.2 +string +119"), out);
        assertTrue(hasLine(out, "  draft +120 +100.0 +boolean 119 · string 1 +3"), out);
        assertTrue(hasLine(out, "  tags +120 +100.0 +list of string 119 · string 1 +6"), out);
        assertTrue(out.contains("\n  category  \"AI教程\" 40 · \"Guides\" 40 · \"News\" 39 · \"Gudies\" 1\n"), out);
        assertTrue(out.contains("\n  tilte      1  title           119  posts/post-10.md\n"), out);
        assertTrue(out.contains("\n  no h1                 1  posts/plain.md\n"), out);
        assertTrue(out.contains("Findings by rule, with the recommended preset (no .fmlint.yaml found): "), out);
        assertTrue(out.contains("\n  frontmatter-required         1      1       1         0\n"), out);
        assertEquals("", run.err());
    }

    private static boolean hasLine(String out, String regex) {
        return out.lines().anyMatch(l -> l.matches(regex));
    }

    @Test
    void findingsFollowTheConfigurationOrCanBeLeftOut() throws IOException {
        BlogCorpus.write(dir);
        Files.writeString(dir.resolve(".fmlint.yaml"), "extends: blog\n");
        CliRun run = CliRun.in(dir, "stats", "posts");
        assertTrue(run.out().contains("Findings by rule, with the configuration .fmlint.yaml: "), run.out());
        assertTrue(hasLine(run.out(), "  schema +5 +5 +5 +0"), run.out()); // the planted outliers but the category
        CliRun none = CliRun.in(dir, "stats", "--no-findings", "posts");
        assertFalse(none.out().contains("Findings"), none.out());
        CliRun noConfig = CliRun.in(dir, "stats", "--no-config", "posts");
        assertTrue(noConfig.out().contains("with the recommended preset (--no-config): "), noConfig.out());
    }

    @Test
    void jsonMatchesItsSchemaAndIsTheSameEveryRun() throws IOException {
        BlogCorpus.write(dir);
        CliRun run = CliRun.in(dir, "stats", "--format", "json", "posts");
        assertEquals(0, run.exitCode(), run.err());
        JSONObject doc = new JSONObject(run.out());
        SchemaLoader.builder().draftV7Support()
                .schemaJson(new JSONObject(Files.readString(Path.of("schemas/stats.schema.json"))))
                .build().load().build().validate(doc);
        assertEquals(120, doc.getInt("files"));
        assertEquals(120, doc.getJSONObject("frontMatter").getInt("present"));
        assertEquals(run.out(), CliRun.in(dir, "stats", "--format", "json", "posts").out());
    }

    @Test
    void htmlGoesToAFileWithLinksRelativeToIt() throws IOException {
        BlogCorpus.write(dir);
        Files.writeString(dir.resolve("posts/plain.md"), "no header\n");
        CliRun run = CliRun.in(dir, "stats", "posts", "--format", "html=out/report.html");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("wrote out/report.html: statistics of 121 files\n", run.out());
        String page = Files.readString(dir.resolve("out/report.html"));
        assertTrue(page.contains("<a href=\"../posts/plain.md\">posts/plain.md</a>"), page);

        CliRun both = CliRun.in(dir, "stats", "posts", "--format", "json", "--html", "again.html");
        assertEquals(0, both.exitCode(), both.err());
        assertTrue(both.out().startsWith("{"), both.out());
        assertTrue(Files.readString(dir.resolve("again.html")).contains("<a href=\"posts/plain.md\">"));
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        BlogCorpus.write(dir);
        String[][] bad = {
            {"stats", "--format", "xml"},
            {"stats", "--format", "html"},
            {"stats", "--format", "html=a.html", "--html", "b.html"},
            {"stats", "--top", "0"},
            {"stats", "nowhere/"},
        };
        for (String[] args : bad) {
            CliRun run = CliRun.in(dir, args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.out() + run.err());
            assertTrue(run.err().startsWith("fmlint: "), run.err());
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.in(empty, "stats");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no Markdown files found"), none.err());
    }
}
