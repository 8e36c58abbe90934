package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmlint init} through the real entry point: what it writes, what it refuses, and what a check then says. */
class InitCommandTest {
    @TempDir
    Path dir;

    /** The files a check reports schema findings for. */
    static Set<String> schemaFindings(CliRun run) {
        Set<String> files = new TreeSet<>();
        run.findings().stream().filter(l -> l.endsWith("  schema")).forEach(l -> files.add(l.substring(0, l.indexOf(':'))));
        return files;
    }

    @Test
    void aCheckWithTheInferredSchemaReportsExactlyThePlantedOutliers() throws IOException {
        BlogCorpus.write(dir);
        CliRun init = CliRun.in(dir, "init", "posts");
        assertEquals(0, init.exitCode(), init.out() + init.err());
        assertTrue(init.out().startsWith("wrote front-matter.schema.json: inferred from the front matter of 120 of 120 "
                + "files, 7 keys\n"), init.out());
        assertTrue(init.out().endsWith("\nnext: fmlint check posts   (reports the files that do not fit)\n"), init.out());
        assertTrue(init.out().contains("\n  left out \"tilte\" (1 file), a suspected typo of \"title\"\n"), init.out());
        assertTrue(init.out().contains("\n  \"draft\" expects a boolean: 1 value is a word like yes or off, which YAML "
                + "1.2 reads as a string; write true or false\n"), init.out());
        assertTrue(init.out().contains("\n  \"tags\" expects a list: 1 value is one comma-separated string; write a "
                + "YAML list\n"), init.out());
        assertEquals("""
                # Written by fmlint init from the front matter of 120 files.
                # The schema describes what those files have in common; edit it as the content changes.
                extends: recommended
                schemas:
                  - files: "posts/**"
                    schema: "front-matter.schema.json"
                """, Files.readString(dir.resolve(".fmlint.yaml")));

        JSONObject schema = new JSONObject(Files.readString(dir.resolve("front-matter.schema.json")));
        assertEquals("http://json-schema.org/draft-07/schema#", schema.getString("$schema"));
        assertEquals(List.of("category", "date", "draft", "slug", "tags", "title"),
                schema.getJSONArray("required").toList());
        JSONObject p = schema.getJSONObject("properties");
        assertEquals("date", p.getJSONObject("date").getString("format"));
        assertEquals(List.of("AI教程", "Guides", "News"), p.getJSONObject("category").getJSONArray("enum").toList());
        assertEquals("boolean", p.getJSONObject("draft").getString("type"));
        assertTrue(p.getJSONObject("tags").getBoolean("uniqueItems"));
        assertEquals("^[a-z0-9]+(-[a-z0-9]+)*$", p.getJSONObject("slug").getString("pattern"));
        assertFalse(p.has("tilte"));

        CliRun check = CliRun.in(dir, "check", "posts");
        assertEquals(new TreeSet<>(BlogCorpus.OUTLIERS.keySet()), schemaFindings(check), check.out());
        assertTrue(check.out().contains("posts/post-10.md:2:1  error    unknown key \"tilte\" is not allowed by the "
                + "schema; did you mean \"title\"?  schema"), check.out());
    }

    @Test
    void existingFilesAreNeverOverwrittenWithoutForce() throws IOException {
        BlogCorpus.write(dir);
        Files.writeString(dir.resolve(".fmlint.yaml"), "extends: strict\n");
        CliRun refused = CliRun.in(dir, "init");
        assertEquals(2, refused.exitCode());
        assertEquals("fmlint: .fmlint.yaml already exists; use --force to overwrite it, --config-out FILE to write "
                + "elsewhere, or --dry-run to print the result\n", refused.err());
        assertEquals("extends: strict\n", Files.readString(dir.resolve(".fmlint.yaml")));
        assertFalse(Files.exists(dir.resolve("front-matter.schema.json")), "nothing is written when one file exists");

        assertEquals(0, CliRun.in(dir, "init", "--config-out", "other.yaml").exitCode());
        assertTrue(Files.readString(dir.resolve("other.yaml")).contains("files: \"**\""));
        CliRun schemaExists = CliRun.in(dir, "init", "--config-out", "third.yaml");
        assertEquals(2, schemaExists.exitCode());
        assertTrue(schemaExists.err().startsWith("fmlint: front-matter.schema.json already exists"), schemaExists.err());

        CliRun forced = CliRun.in(dir, "init", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(dir.resolve(".fmlint.yaml")).startsWith("# Written by fmlint init"));
    }

    @Test
    void dryRunPrintsBothAndWritesNothing() throws IOException {
        BlogCorpus.write(dir);
        CliRun run = CliRun.in(dir, "init", "--dry-run", "--schema-out", "schemas/post.json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\""), run.out());
        assertTrue(run.out().contains("    schema: \"schemas/post.json\"\n"), run.out());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("posts"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void outputPathsAreRelativeToTheConfigurationAndTheThresholdsAreOptions() throws IOException {
        BlogCorpus.write(dir);
        CliRun run = CliRun.in(dir, "init", "posts", "--config-out", "site/.fmlint.yaml",
                "--schema-out", "schemas/post.json", "--required-threshold", "1", "--enum-max-values", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\nnext: fmlint check --config site/.fmlint.yaml posts   "), run.out());
        String config = Files.readString(dir.resolve("site/.fmlint.yaml"));
        assertTrue(config.contains("files: \"../posts/**\"\n    schema: \"../schemas/post.json\"\n"), config);
        JSONObject schema = new JSONObject(Files.readString(dir.resolve("schemas/post.json")));
        assertEquals(List.of("category", "date", "draft", "slug", "tags"), schema.getJSONArray("required").toList());
        assertFalse(schema.getJSONObject("properties").getJSONObject("category").has("enum"));
        CliRun check = CliRun.in(dir.resolve("site"), "check", "../posts");
        assertFalse(schemaFindings(check).isEmpty(), "the configuration maps the schema: " + check.out());
    }

    @Test
    void badOptionsAndEmptyCorporaAreUsageErrors() throws IOException {
        Files.writeString(dir.resolve("plain.md"), "# no front matter\n", StandardCharsets.UTF_8);
        CliRun none = CliRun.in(dir, "init");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("none of the 1 files found has front matter"), none.err());
        CliRun badShare = CliRun.in(dir, "init", "--required-threshold", "1.5");
        assertEquals(2, badShare.exitCode());
        assertTrue(badShare.err().contains("the required share must be above 0 and at most 1, got 1.5"), badShare.err());
        assertEquals(2, CliRun.in(dir, "init", "missing/").exitCode());
        assertEquals(List.of("plain.md"), List.of(dir.toFile().list()));
    }
}
