package dev.fmlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's refusals, each one a message instead of an exception or a hang. Unreadable files as another
 * user are shown end to end in {@code FileSystemEdgesTest}; here an I/O error that even root gets stands in
 * for them.
 */
class SourceReaderTest {
    @TempDir
    Path dir;
    private final SourceReader reader = new SourceReader(100);

    private String refusal(Path path) {
        return assertInstanceOf(SourceDecoder.Undecodable.class, reader.read(path, "x.md")).message();
    }

    @Test
    void aReadErrorIsAMessage() {
        // A regular file by its attributes (size 0) whose read fails with EIO, for root too.
        Path mem = Path.of("/proc/self/mem");
        Assumptions.assumeTrue(Files.isRegularFile(mem), "no /proc/self/mem on this system");
        assertTrue(refusal(mem).startsWith("cannot read file: IOException"), refusal(mem));
    }

    @Test
    void fileOverTheLimitIsNotRead() throws IOException {
        Path big = Files.write(dir.resolve("big.md"), new byte[101]);
        assertEquals("file is 101 bytes, over the limit of 100 bytes; skipped", refusal(big));
        Path exact = Files.write(dir.resolve("exact.md"), new byte[100]);
        assertTrue(refusal(exact).startsWith("file looks binary"), "100 bytes are read: " + refusal(exact));
        assertEquals("input is over the limit of 100 bytes", assertInstanceOf(SourceDecoder.Undecodable.class,
                reader.read(new ByteArrayInputStream(new byte[101]), "-")).message());
    }

    @Test
    void fifoFolderMissingAndBrokenLinkAreRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.md");
        Process mkfifo = new ProcessBuilder(List.of("mkfifo", fifo.toString())).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        assertEquals("not a regular file (a pipe, socket or device); skipped",
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(fifo)));
        assertEquals("is a folder, not a file", refusal(dir));
        assertEquals("file not found", refusal(dir.resolve("missing.md")));
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("nowhere.md"));
        assertEquals("broken symbolic link", refusal(link));
    }
}
