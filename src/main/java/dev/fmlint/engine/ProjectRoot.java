package dev.fmlint.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The folder a run's cross-file rules may look in: the repository holding the files, else their common folder. */
final class ProjectRoot {
    private ProjectRoot() {}

    /** The preferred folder when it holds every file, else {@link #of(List)}. */
    static Path choose(Path preferred, List<Path> files) {
        if (preferred != null) {
            Path root = preferred.toAbsolutePath().normalize();
            if (files.stream().allMatch(f -> f.toAbsolutePath().normalize().startsWith(root))) {
                return root;
            }
        }
        return of(files);
    }

    static Path of(List<Path> files) {
        Path common = null;
        for (Path file : files) {
            Path dir = file.toAbsolutePath().normalize().getParent();
            common = common == null ? dir : commonAncestor(common, dir);
        }
        if (common == null) {
            return Path.of("").toAbsolutePath();
        }
        for (Path dir = common; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return common;
    }

    private static Path commonAncestor(Path a, Path b) {
        Path p = a;
        while (p != null && !b.startsWith(p)) {
            p = p.getParent();
        }
        return p == null ? a.getRoot() : p;
    }
}
