package dev.fmlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff must be one that GNU patch applies to give exactly the fixed text. */
class UnifiedDiffTest {
    @TempDir
    Path dir;

    @Test
    void noChangeMeansOnlyHeaders() {
        assertEquals("--- a/x.md\n+++ b/x.md\n", new UnifiedDiff().diff("x.md", "a\nb\n", "a\nb\n"));
    }

    @Test
    void oneChangedLineWithContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4x\n5\n6\n7\n8\n";
        assertEquals("--- a/x.md\n+++ b/x.md\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+4x\n 5\n 6\n 7\n",
                new UnifiedDiff().diff("x.md", before, after));
    }

    @Test
    void patchAppliesRandomEditsExactly() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 25; round++) {
            StringBuilder before = new StringBuilder();
            int lines = 1 + random.nextInt(60);
            for (int i = 0; i < lines; i++) {
                before.append("line ").append(random.nextInt(8)).append(random.nextBoolean() ? " 中文" : "").append('\n');
            }
            String after = mutate(before.toString(), random);
            assertPatchGives(before.toString(), after, "r" + round + ".md");
        }
        assertPatchGives("a\r\nb\r\nc", "a\r\nB\r\nc", "crlf.md");
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int r = random.nextInt(10);
            if (r == 0) {
                continue;
            }
            out.append(r == 1 ? line + " changed" : line).append(r == 2 ? "\nnew line\n" : "\n");
        }
        return out.substring(0, Math.max(0, out.length() - 1));
    }

    private void assertPatchGives(String before, String after, String name) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve(name), before, StandardCharsets.UTF_8);
        String diff = new UnifiedDiff().diff(name, before, after);
        if (before.equals(after)) {
            assertEquals("--- a/" + name + "\n+++ b/" + name + "\n", diff);
            return;
        }
        Path patchFile = Files.writeString(dir.resolve(name + ".diff"), diff, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("patch", "-p1", "--binary", "-s", "-i", patchFile.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output + "\n" + diff);
        assertEquals(after, Files.readString(dir.resolve(name), StandardCharsets.UTF_8), diff);
    }
}
