package dev.fmlint.engine;

import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.markdown.MarkdownParser;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.ProjectFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.commonmark.node.Node;

/**
 * The project's files for one run, as cross-file rules see them: inside the project folder only, each
 * folder listed once (so the exact-case check costs one listing per folder, and answers agree across
 * threads), files read as checked files are and never through a link that leads out of the project.
 * Thread-safe.
 */
final class ProjectDisk implements ProjectFiles {
    private final SourceReader reader;
    private final Path root;
    private final MarkdownParser parser = new MarkdownParser();
    private final ConcurrentMap<Path, Set<String>> listings = new ConcurrentHashMap<>();
    private final ConcurrentMap<Path, Boolean> folders = new ConcurrentHashMap<>();
    private volatile Path realRoot;

    ProjectDisk(SourceReader reader, Path root) {
        this.reader = reader;
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Path projectRoot() {
        return root;
    }

    /**
     * A file exists when its folder does and the folder's listing holds its name: one lookup in the
     * listings per call, the answers for folders remembered (a run asks about a few hundred folders, and
     * about a hundred thousand files).
     */
    @Override
    public boolean exists(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (p.equals(root)) {
            return true;
        }
        if (!p.startsWith(root)) {
            return false;
        }
        Path parent = p.getParent();
        return folderExists(parent) && listing(parent).contains(p.getFileName().toString());
    }

    private boolean folderExists(Path folder) {
        if (folder.equals(root)) {
            return true;
        }
        Boolean known = folders.get(folder);
        if (known == null) { // not computeIfAbsent: the answer needs the parent's, which may be looked up too
            known = folderExists(folder.getParent()) && listing(folder.getParent()).contains(folder.getFileName().toString());
            folders.put(folder, known);
        }
        return known;
    }

    private Set<String> listing(Path dir) {
        return listings.computeIfAbsent(dir, ProjectDisk::names);
    }

    @Override
    public Set<String> list(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        return p.startsWith(root) && exists(p) ? Collections.unmodifiableSet(listing(p)) : Set.of();
    }

    @Override
    public Optional<String> text(Path file) {
        return read(file).map(SourceFile::text);
    }

    @Override
    public Optional<Node> markdown(Path file) {
        Optional<SourceFile> read = read(file);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        SourceFile source = read.get();
        int bodyStart = new FrontMatterSplitter().split(source) instanceof FrontMatterSplitter.Block b ? b.bodyStart() : 0;
        try {
            return Optional.of(parser.parse(source.text().substring(bodyStart)));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** A file inside the project, read as checked files are; never through a link that leads out of it. */
    private Optional<SourceFile> read(Path file) {
        Path p = file.toAbsolutePath().normalize();
        if (!exists(p)) {
            return Optional.empty();
        }
        try {
            Path real = realRoot;
            if (real == null) {
                real = root.toRealPath();
                realRoot = real;
            }
            if (!p.toRealPath().startsWith(real)) {
                return Optional.empty(); // a link that leads out of the project
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return reader.read(p, p.toString()) instanceof SourceDecoder.Decoded decoded
                ? Optional.of(decoded.file()) : Optional.empty();
    }

    private static Set<String> names(Path dir) {
        try {
            String[] names = dir.toFile().list(); // names only: no Path per entry, for folders of thousands
            return names == null ? Set.of() : new HashSet<>(Arrays.asList(names));
        } catch (SecurityException e) {
            return Set.of();
        }
    }
}
