package dev.fmlint.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content so that a reader sees either the old bytes or the new ones, never a mix or an
 * empty file: a temporary file in the same folder, written and synced, given the original's permissions,
 * then renamed over the original. A symbolic link is never written through, and a file that changed since
 * it was read is left alone.
 */
final class AtomicWriter {

    /** Why a file was not written. */
    static final class NotWritten extends Exception {
        NotWritten(String message) {
            super(message);
        }
    }

    void write(Path target, byte[] content, FileTime expectedModified, long expectedSize) throws NotWritten {
        try {
            if (Files.isSymbolicLink(target)) {
                throw new NotWritten("is a symbolic link; fix the file it points to instead");
            }
            BasicFileAttributes before = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!before.lastModifiedTime().equals(expectedModified) || before.size() != expectedSize) {
                throw new NotWritten("changed while fmlint was fixing it; run again");
            }
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".fmlint-tmp");
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buf = ByteBuffer.wrap(content);
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    ch.force(true);
                }
                PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
                if (posix != null) {
                    Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new NotWritten("the file system cannot replace files atomically; not fixed");
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new NotWritten("cannot be written: " + e.getMessage());
        }
    }
}
