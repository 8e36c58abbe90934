package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README shows real output: the example report and the fix of the sample post are checked here. */
class ReadmeExampleTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static String block(String heading, String fence) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf(heading);
        assertTrue(section >= 0, "README has no section " + heading);
        Matcher m = Pattern.compile("```" + fence + "\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(section), "no ```" + fence + " block after " + heading);
        return m.group(1);
    }

    @Test
    void exampleReportIsWhatFmlintPrints() throws IOException {
        CliRun run = CliRun.in(ROOT, "check", "--schema", "blog-post", "examples/");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(block("## Example", "text"), run.out());
    }

    @Test
    void samplePostIsFixedAsTheReadmeShowsAndThenPassesTheSchema(@TempDir Path dir) throws IOException {
        String name = "ai-2024-review-2025-outlook.md";
        Files.copy(ROOT.resolve("examples").resolve(name), dir.resolve(name));
        CliRun dryRun = CliRun.in(dir, "check", "--fix-dry-run", name);
        assertEquals(block("## Fixing", "diff"), dryRun.out());
        CliRun fix = CliRun.in(dir, "check", "--fix", name);
        assertEquals(0, fix.exitCode(), fix.out());
        CliRun after = CliRun.in(dir, "check", "--schema", "blog-post", name);
        assertEquals(0, after.exitCode(), after.out());
        assertEquals("1 file checked, 0 with problems: 0 errors, 0 warnings\n", after.out());
    }
}
