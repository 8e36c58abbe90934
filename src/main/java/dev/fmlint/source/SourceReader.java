package dev.fmlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file's bytes safely: only regular files (a FIFO would block forever, a device never ends), and
 * only up to a size limit, checked before reading.
 */
public final class SourceReader {
    private final long maxBytes;
    private final SourceDecoder decoder = new SourceDecoder();

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceDecoder.Result read(Path path, String displayPath) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                return new SourceDecoder.Undecodable("is a folder, not a file", 0);
            }
            if (!attrs.isRegularFile()) {
                return new SourceDecoder.Undecodable("not a regular file (a pipe, socket or device); skipped", 0);
            }
            if (attrs.size() > maxBytes) {
                return new SourceDecoder.Undecodable("file is " + attrs.size() + " bytes, over the limit of "
                        + maxBytes + " bytes; skipped", 0);
            }
            return decoder.decode(path, displayPath, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            // The attributes follow links, so a link that is there names a target that is not.
            boolean danglingLink = Files.isSymbolicLink(path);
            return new SourceDecoder.Undecodable(danglingLink ? "broken symbolic link" : "file not found", 0);
        } catch (IOException | SecurityException e) {
            return new SourceDecoder.Undecodable("cannot read file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), 0);
        }
    }

    /** Reads standard input (or any stream) with the same limit and decoding. */
    public SourceDecoder.Result read(InputStream in, String displayPath) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return new SourceDecoder.Undecodable("input is over the limit of " + maxBytes + " bytes", 0);
            }
            return decoder.decode(null, displayPath, bytes);
        } catch (IOException e) {
            return new SourceDecoder.Undecodable("cannot read standard input: " + e.getMessage(), 0);
        }
    }
}
