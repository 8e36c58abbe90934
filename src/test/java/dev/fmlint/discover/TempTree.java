package dev.fmlint.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds a file tree for a test below one root folder. Paths are '/'-separated and relative to the root. */
record TempTree(Path root) {

    Path file(String relative) {
        return file(relative, "---\ntitle: x\n---\n# x\n");
    }

    Path file(String relative, String content) {
        Path path = root.resolve(relative);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    Path dir(String relative) {
        try {
            return Files.createDirectories(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path link(String relative, String target) {
        Path path = root.resolve(relative);
        try {
            Files.createDirectories(path.getParent());
            return Files.createSymbolicLink(path, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named pipe; reading it would block until someone writes, which no one will. */
    Path fifo(String relative) throws IOException, InterruptedException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        Process mkfifo = new ProcessBuilder(List.of("mkfifo", path.toString())).inheritIO().start();
        if (mkfifo.waitFor() != 0 || !Files.exists(path)) {
            throw new IllegalStateException("mkfifo failed for " + path);
        }
        return path;
    }

    /** The found files as '/'-separated paths relative to the root, in the order found. */
    List<String> relative(Discovery found) {
        return found.files().stream().map(f -> RepoPath.of(root.relativize(f)).toString()).toList();
    }
}
