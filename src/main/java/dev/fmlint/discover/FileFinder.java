package dev.fmlint.discover;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns command-line paths into the files to check. Files named explicitly are always checked; folders are
 * walked for the configured extensions, skipping hidden folders and {@code node_modules}. Symbolic links
 * met during a walk are not followed, so a walk cannot loop or leave the folder it was given.
 */
public final class FileFinder {
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of("md", "markdown");

    private final Set<String> extensions;

    public FileFinder(Set<String> extensions) {
        this.extensions = Set.copyOf(extensions);
    }

    public Discovery find(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path given : paths) {
            if (!Files.exists(given, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(given.toString());
            } else if (Files.isDirectory(given)) {
                walk(given, files, warnings);
            } else {
                files.add(given.normalize());
            }
        }
        return new Discovery(new ArrayList<>(files), missing, warnings);
    }

    private void walk(Path root, Set<Path> files, List<String> warnings) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && skipFolder(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && hasExtension(file)) {
                        found.add(file.normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    warnings.add(file + ": cannot read (" + e.getClass().getSimpleName() + "); skipped");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            warnings.add(root + ": cannot read (" + e.getMessage() + "); skipped");
        }
        found.sort(null);
        files.addAll(found);
    }

    private static boolean skipFolder(String name) {
        return name.startsWith(".") || name.equals("node_modules");
    }

    private boolean hasExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
