package dev.fmlint.discover;

import dev.fmlint.spi.Messages;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns command-line paths into the files to check.
 *
 * <p><b>Files named explicitly are always checked</b>, whatever their extension, even inside a hidden folder
 * or {@code node_modules}, and even when {@code .gitignore} ignores them: naming a file is a clearer wish than
 * a pattern written for git (ESLint and Ruff decide the same way). A symbolic link named explicitly is
 * followed. A FIFO, socket or device named explicitly is reported as a warning and never opened; so is a
 * broken link.
 *
 * <p><b>Folders are walked</b> for files with the configured extensions (case-insensitive), skipping:
 * <ul>
 *   <li>hidden folders (the name starts with '.'), {@code .git} among them, and {@code node_modules};</li>
 *   <li>inside a git checkout (a folder, or one above it, has a {@code .git} folder or file), whatever git
 *       ignores: {@code .gitignore} files in the walked folders and in the folders between the checkout
 *       root and the walked folder, plus {@code .git/info/exclude}. A nested checkout found in the walk
 *       (a submodule) uses its own files. Outside any checkout {@code .gitignore} files mean nothing;</li>
 *   <li>symbolic links: they are not followed, so a link to a file or folder (inside or outside) is not
 *       listed, and a link loop cannot hang the walk;</li>
 *   <li>anything that is not a regular file: FIFOs, sockets and devices are neither opened nor listed.</li>
 * </ul>
 * A folder named explicitly is walked even if it is hidden or ignored itself (the rules then apply to what
 * is below it). Folders that cannot be read are reported as warnings and the walk goes on.
 *
 * <p>Not implemented from git: the user's global excludes file ({@code core.excludesFile}, by default
 * {@code ~/.config/git/ignore}), so that results do not depend on who runs the check; {@code core.ignoreCase}
 * (matching is case-sensitive); and files that git tracks although a pattern ignores them (the index is not
 * read), which are skipped like ignored files, as ripgrep does.
 *
 * <p><b>Order</b>: arguments in command-line order; within a folder, sorted by path. A file is listed once,
 * at its first appearance, however it is spelled ({@code a.md}, {@code ./a.md}, a path through a link).
 *
 * <p>Instances are immutable and may be shared; {@link #find} keeps its state in locals.
 */
public final class FileFinder {
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of("md", "markdown");

    private final Set<String> extensions;

    /** @param extensions file name extensions to look for in folders, without the dot, e.g. {@code md} */
    public FileFinder(Set<String> extensions) {
        this.extensions = extensions.stream().map(e -> e.startsWith(".") ? e.substring(1) : e)
                .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (this.extensions.isEmpty() || this.extensions.contains("")) {
            throw new IllegalArgumentException("extensions must be non-empty, got " + extensions);
        }
    }

    public Discovery find(List<Path> paths) {
        // Key: the file's real path, so that every spelling of one file counts once. Value: the path to show.
        Map<Path, Path> files = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // Paths come from the file system and may hold newlines or escape codes: keep warnings on one line.
        FolderWalk walk = new FolderWalk(this::hasExtension, w -> warnings.add(Messages.oneLine(w)));
        for (Path given : paths) {
            Path shown = given.normalize();
            try {
                BasicFileAttributes attrs = Files.readAttributes(given, BasicFileAttributes.class);
                if (attrs.isDirectory()) {
                    Path real = given.toRealPath();
                    for (Path found : walk.files(real)) {
                        files.putIfAbsent(found, shown.resolve(real.relativize(found)));
                    }
                } else if (attrs.isRegularFile()) {
                    files.putIfAbsent(given.toRealPath(), shown);
                } else {
                    warnings.add(Messages.oneLine(given + ": not a regular file (a pipe, socket or device); skipped"));
                }
            } catch (NoSuchFileException e) {
                if (Files.isSymbolicLink(given)) {
                    warnings.add(Messages.oneLine(given + ": broken symbolic link; skipped"));
                } else {
                    missing.add(given.toString());
                }
            } catch (IOException | SecurityException e) {
                String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                        : e.getClass().getSimpleName();
                warnings.add(Messages.oneLine(given + ": cannot read (" + reason + "); skipped"));
            }
        }
        return new Discovery(new ArrayList<>(files.values()), missing, warnings);
    }

    private boolean hasExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
