package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.source.SourceReader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDiskTest {
    @TempDir
    Path dir;

    private ProjectDisk disk() throws IOException {
        Files.createDirectories(dir.resolve("docs/.hidden"));
        Files.writeString(dir.resolve("docs/Guide.md"), "# Guide\n");
        Files.writeString(dir.resolve("docs/.hidden/note.md"), "# Note\n");
        Files.writeString(dir.resolve("top.md"), "# Top\n");
        return new ProjectDisk(new SourceReader(1 << 20), dir);
    }

    private String text(String relative) {
        return dir.toAbsolutePath().normalize() + File.separator + relative.replace('/', File.separatorChar);
    }

    @Test
    void pathsAsTextGetTheSameAnswersAsPaths() throws IOException {
        ProjectDisk disk = disk();
        // normalised text takes the quick way; the rest goes through a Path; the answers agree either way
        for (String relative : List.of("docs/Guide.md", "docs/guide.md", "top.md", "docs", "docs/", "docs//Guide.md",
                "docs/./Guide.md", "docs/x/../Guide.md", "docs/.hidden/note.md", "missing/Guide.md", "docs/Guide.md/x",
                "../outside.md")) {
            Path path = Path.of(text(relative));
            assertEquals(disk.exists(path), disk.exists(text(relative)), relative);
        }
        assertTrue(disk.exists(text("docs/Guide.md")));
        assertFalse(disk.exists(text("docs/guide.md")), "letter case matters");
        assertTrue(disk.exists(text("docs/.hidden/note.md")));
        assertTrue(disk.exists(text("docs/x/../Guide.md")));
        assertFalse(disk.exists(text("../outside.md")), "outside the project");
        assertTrue(disk.exists(dir.toAbsolutePath().normalize().toString()), "the project folder itself");
    }

    @Test
    void textThatIsNoPathDoesNotExist() throws IOException {
        assertFalse(disk().exists(text("docs/Gu\0ide.md")));
    }
}
