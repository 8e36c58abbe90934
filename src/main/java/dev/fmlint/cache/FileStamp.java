package dev.fmlint.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time: enough to skip reading a file that has not been touched, never
 * enough to call a touched file changed (the content hash decides that).
 *
 * @param modified nanoseconds since the epoch, as precise as the file system keeps them
 */
public record FileStamp(long size, long modified) {
    /**
     * A file written this close to the moment it was read may be written again within the same clock tick
     * of the file system (FAT keeps 2 s) without its stamp changing; such a stamp is not trusted.
     */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);

    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? Optional.of(new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)))
                    : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether the file still has this stamp, and the stamp was old enough when taken to be trusted. */
    boolean vouchesFor(FileStamp now, long takenAtNanos) {
        return equals(now) && modified < takenAtNanos - RACY_NANOS;
    }
}
