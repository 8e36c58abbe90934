package dev.fmlint.discover;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path as a gitignore pattern sees it: relative to the checkout root, '/'-separated, as UTF-8 bytes
 * (the bytes git reads from the file system, assuming a UTF-8 file name encoding).
 */
final class RepoPath {
    private final byte[] bytes;
    private final int nameStart;

    private RepoPath(byte[] bytes) {
        this.bytes = bytes;
        int slash = bytes.length - 1;
        while (slash >= 0 && bytes[slash] != '/') {
            slash--;
        }
        this.nameStart = slash + 1;
    }

    /** {@code relative} is relative to the checkout root; the root itself is the empty path. */
    static RepoPath of(Path relative) {
        StringBuilder sb = new StringBuilder();
        // Join names one by one rather than use toString(), so the separator is '/' on every platform.
        for (Path name : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(name);
        }
        return new RepoPath(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static RepoPath of(String slashSeparated) {
        return new RepoPath(slashSeparated.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes; callers read them and never write. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return bytes.length;
    }

    /** Where the last name (the basename) starts. */
    int nameStart() {
        return nameStart;
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
