package dev.fmlint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
    @TempDir
    Path dir;

    private final AtomicWriter writer = new AtomicWriter();

    private static BasicFileAttributes attrs(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class);
    }

    @Test
    void replacesContentKeepsPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "old", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        writer.write(f, "new".getBytes(StandardCharsets.UTF_8), attrs(f).lastModifiedTime(), attrs(f).size());
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void neverWritesThroughASymbolicLink() throws Exception {
        Path target = Files.writeString(dir.resolve("real.md"), "keep", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), target);
        var e = assertThrows(AtomicWriter.NotWritten.class, () -> writer.write(link, new byte[] {'x'},
                attrs(target).lastModifiedTime(), attrs(target).size()));
        assertTrue(e.getMessage().contains("symbolic link"));
        assertEquals("keep", Files.readString(target));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFileChangedSinceItWasReadIsLeftAlone() throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "old", StandardCharsets.UTF_8);
        FileTime read = attrs(f).lastModifiedTime();
        Files.writeString(f, "edited by someone", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(read.toMillis() + 5000));
        assertThrows(AtomicWriter.NotWritten.class, () -> writer.write(f, new byte[] {'x'}, read, 3));
        assertEquals("edited by someone", Files.readString(f));
    }
}
