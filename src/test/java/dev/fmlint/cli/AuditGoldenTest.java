package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people read from {@code stats} and {@code init}, pinned as golden files in
 * {@code src/test/resources/audit-golden/blog/}: any change to a report is a diff to review. Run with
 * {@code -Dfmlint.updateGolden=true} to rewrite them from the current output.
 */
class AuditGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("fmlint.updateGolden");
    private static final Path GOLDEN = Path.of("src/test/resources/audit-golden/blog");

    @TempDir
    Path dir;

    @Test
    void statsTextJsonAndInferredSchemaMatchTheGoldenFiles() throws IOException {
        BlogCorpus.write(dir);
        Files.writeString(dir.resolve("posts/plain.md"), "Notes without a header.\n\n## Later\n", StandardCharsets.UTF_8);
        golden("stats.txt", CliRun.in(dir, "stats", "posts"));
        golden("stats.json", CliRun.in(dir, "stats", "--format", "json", "posts"));
        golden("init.txt", CliRun.in(dir, "init", "--dry-run", "posts"));
    }

    private static void golden(String name, CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, run.out(), StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail(file + " is missing; run the tests with -Dfmlint.updateGolden=true and review the new file");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"), run.out(),
                name + " differs from " + file + " (run with -Dfmlint.updateGolden=true to accept, then review the diff)");
    }
}
