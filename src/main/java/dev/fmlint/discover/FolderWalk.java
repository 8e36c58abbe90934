package dev.fmlint.discover;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Finds the wanted files below one folder. Hidden folders, {@code node_modules} and what git ignores are
 * skipped; symbolic links, FIFOs, sockets and devices are never opened (only regular files are listed).
 * A folder that cannot be read is reported to {@code warn} and the walk goes on.
 */
final class FolderWalk {
    private final Predicate<String> wantedName;
    private final Consumer<String> warn;

    FolderWalk(Predicate<String> wantedName, Consumer<String> warn) {
        this.wantedName = wantedName;
        this.warn = warn;
    }

    /**
     * The wanted files below {@code root}, sorted by path.
     *
     * @param root an existing folder, absolute and without symbolic links (a real path), so that the
     *             paths met in the walk relativize cleanly against the checkout root
     */
    List<Path> files(Path root) {
        List<Path> found = new ArrayList<>();
        Deque<IgnoreChain> chains = new ArrayDeque<>();
        IgnoreChain above = chainAbove(root);
        try {
            // No FOLLOW_LINKS: a link is reported as itself (not a regular file, so skipped). The walk then
            // cannot loop, nor leave the folder it was given.
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new FileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    IgnoreChain chain = chains.isEmpty() ? above : chains.peek();
                    if (!dir.equals(root)) {
                        String name = dir.getFileName().toString();
                        if (name.startsWith(".") || name.equals("node_modules") || chain.ignores(dir, true)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        // A nested repository (a submodule, a clone inside a clone) has its own rules.
                        Optional<GitCheckout> nested = GitCheckout.rootedAt(dir);
                        if (nested.isPresent()) {
                            chain = IgnoreChain.atRoot(nested.get(), warn);
                        }
                    }
                    chains.push(chain.enter(dir, warn));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && wantedName.test(file.getFileName().toString())
                            && !chains.peek().ignores(file, false)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    warn.accept(file + ": cannot read (" + reason(e) + "); skipped");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    chains.pop();
                    if (e != null) {
                        warn.accept(dir + ": listing stopped early (" + reason(e) + "); some files may be missing");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Our visitor never throws, so this is walkFileTree itself failing; keep what was found.
            warn.accept(root + ": cannot walk (" + reason(e) + ")");
        }
        found.sort(null);
        return found;
    }

    /**
     * The chain in force just above {@code root}: {@code info/exclude} and the {@code .gitignore} files of
     * the folders from the checkout root down to {@code root}'s parent. {@code root}'s own is added when the
     * walk enters it. Whether {@code root} itself (or a parent) is ignored is not asked: it was named on
     * the command line.
     */
    private IgnoreChain chainAbove(Path root) {
        Optional<GitCheckout> checkout = GitCheckout.enclosing(root);
        if (checkout.isEmpty()) {
            return IgnoreChain.OUTSIDE_GIT;
        }
        IgnoreChain chain = IgnoreChain.atRoot(checkout.get(), warn);
        Path dir = checkout.get().root();
        if (!dir.equals(root)) {
            for (Path name : dir.relativize(root)) {
                chain = chain.enter(dir, warn);
                dir = dir.resolve(name);
            }
        }
        return chain;
    }

    /** The exception type and, if there is one, the system's reason; the path is already in the message. */
    private static String reason(IOException e) {
        String type = e.getClass().getSimpleName();
        return e instanceof FileSystemException f && f.getReason() != null ? type + ": " + f.getReason() : type;
    }
}
