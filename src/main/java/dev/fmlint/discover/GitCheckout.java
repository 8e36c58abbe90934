package dev.fmlint.discover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A git work tree: the folder holding a {@code .git} folder or file, and the {@code info/exclude} file that
 * applies to it. A {@code .git} file (a linked worktree or a submodule) points to the real git folder with a
 * {@code gitdir:} line, and a linked worktree shares {@code info/exclude} with its main repository through
 * the {@code commondir} file, as git resolves it.
 *
 * @param root        the work tree's top folder
 * @param infoExclude where {@code info/exclude} would be; it may not exist
 */
record GitCheckout(Path root, Path infoExclude) {
    /** {@code .git} and {@code commondir} files hold one short line; anything bigger is not git's. */
    private static final long MAX_POINTER_BYTES = 4096;

    /** The checkout {@code folder} belongs to: the nearest folder, itself or above, with a {@code .git}. */
    static Optional<GitCheckout> enclosing(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Optional<GitCheckout> found = rootedAt(dir);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The checkout whose top folder is {@code dir}, if {@code dir} has a {@code .git}. */
    static Optional<GitCheckout> rootedAt(Path dir) {
        Path dotGit = dir.resolve(".git");
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(dotGit, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        Path gitDir = attrs.isRegularFile() ? pointer(dotGit, "gitdir:").orElse(dotGit) : dotGit;
        Path commonDir = pointer(gitDir.resolve("commondir"), "").orElse(gitDir);
        return Optional.of(new GitCheckout(dir, commonDir.resolve("info").resolve("exclude")));
    }

    /**
     * Reads a one-line pointer file ({@code gitdir: ../x}, or the bare path in {@code commondir}) and
     * resolves it against the file's folder. Empty when the file is missing, odd, or not a regular file.
     */
    private static Optional<Path> pointer(Path file, String prefix) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile() || attrs.size() > MAX_POINTER_BYTES) {
                return Optional.empty();
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
            if (!text.startsWith(prefix) || text.indexOf('\n') >= 0) {
                return Optional.empty();
            }
            String target = text.substring(prefix.length()).strip();
            return target.isEmpty() ? Optional.empty() : Optional.of(file.getParent().resolve(target).normalize());
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }
}
