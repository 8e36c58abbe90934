package dev.fmlint.engine;

import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.markdown.MarkdownParser;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.ProjectFiles;
import java.io.File;
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
    private static final char SEP = File.separatorChar;
    private static final String DOT = SEP + ".";
    private static final String DOUBLE = SEP + "" + SEP;

    private final SourceReader reader;
    private final Path root;
    /** The root as text, and ending with the separator, to tell paths inside it by their text. */
    private final String rootText;
    private final String rootPrefix;
    private final MarkdownParser parser = new MarkdownParser();
    private final ConcurrentMap<String, Set<String>> listings = new ConcurrentHashMap<>();
    private volatile Path realRoot;

    ProjectDisk(SourceReader reader, Path root) {
        this.reader = reader;
        this.root = root.toAbsolutePath().normalize();
        this.rootText = this.root.toString();
        this.rootPrefix = rootText.endsWith(String.valueOf(SEP)) ? rootText : rootText + SEP;
    }

    @Override
    public Path projectRoot() {
        return root;
    }

    /**
     * A file exists when its folder does and the folder's listing holds its name: one lookup in the
     * listings per call, the answers for folders remembered (a run asks about a few hundred folders, and
     * about a hundred thousand files). Worked out on the path's text, which is cheaper than on its parts.
     */
    @Override
    public boolean exists(Path path) {
        return existsNormal(normalText(path));
    }

    /** Without a {@link Path} when the text is normalised already (no "." or ".." names, no doubled or final separator). */
    @Override
    public boolean exists(String absolutePath) {
        boolean normal = absolutePath.startsWith(rootPrefix) && !absolutePath.contains(DOT)
                && !absolutePath.contains(DOUBLE) && !absolutePath.endsWith(String.valueOf(SEP));
        return normal ? existsNormal(absolutePath) : ProjectFiles.super.exists(absolutePath);
    }

    private boolean existsNormal(String p) {
        if (p.equals(rootText)) {
            return true;
        }
        if (!p.startsWith(rootPrefix)) {
            return false;
        }
        int cut = p.lastIndexOf(SEP);
        String parent = cut + 1 == rootPrefix.length() ? rootText : parentOf(p, cut); // a file in the root
        return names(parent).contains(p.substring(cut + 1));
    }

    /**
     * The names in a folder, none when it does not exist (for what it holds, a missing folder and an empty
     * one are alike): one lookup per question, each folder listed once.
     */
    private Set<String> names(String folder) {
        Set<String> known = listings.get(folder);
        if (known == null) { // not computeIfAbsent: the answer needs the parent's, which may be looked up too
            Set<String> listed = folder.equals(rootText) || existsNormal(folder) ? readNames(folder) : Set.of();
            known = listings.putIfAbsent(folder, listed);
            if (known == null) {
                known = listed;
            }
        }
        return known;
    }

    /** The folder part of a path's text, given its last separator: "/" itself for "/a". */
    private static String parentOf(String path, int cut) {
        return cut == 0 ? String.valueOf(SEP) : path.substring(0, cut);
    }

    /** A path as absolute, normalised text; the common case, already so, without building new paths. */
    private static String normalText(Path path) {
        String s = path.toString();
        if (!path.isAbsolute() || s.contains(DOT)) { // "/." also finds "/..": normalise then, rarely
            s = path.toAbsolutePath().normalize().toString();
        }
        return s.length() > 1 && s.endsWith(String.valueOf(SEP)) ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public Set<String> list(Path folder) {
        String p = normalText(folder);
        return existsNormal(p) ? Collections.unmodifiableSet(names(p)) : Set.of();
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

    private static Set<String> readNames(String dir) {
        try {
            String[] names = new File(dir).list(); // names only: no Path per entry, for folders of thousands
            return names == null ? Set.of() : new HashSet<>(Arrays.asList(names));
        } catch (SecurityException e) {
            return Set.of();
        }
    }
}
