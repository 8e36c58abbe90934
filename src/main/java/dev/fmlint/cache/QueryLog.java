package dev.fmlint.cache;

import dev.fmlint.spi.ProjectFiles;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * The project's files as one file's own checks see them, noting each question and its answer for the
 * cache ({@link ProjectQueries}). One per file, used by the thread that checks it.
 */
public final class QueryLog implements ProjectFiles {
    private final ProjectFiles project;
    private final Path root;
    private final Map<String, Boolean> exists = new HashMap<>();
    private final Map<String, String> lists = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    public QueryLog(ProjectFiles project) {
        this.project = project;
        this.root = project.projectRoot();
    }

    @Override
    public Path projectRoot() {
        return root;
    }

    @Override
    public boolean exists(Path path) {
        boolean answer = project.exists(path);
        exists.put(key(path), answer);
        return answer;
    }

    @Override
    public boolean exists(String absolutePath) {
        boolean answer = project.exists(absolutePath);
        try {
            exists.put(key(Path.of(absolutePath)), answer);
        } catch (InvalidPathException e) {
            // no file can have this name, now or later: nothing to ask again
        }
        return answer;
    }

    @Override
    public Set<String> list(Path folder) {
        Set<String> names = project.list(folder);
        lists.put(key(folder), ContentHash.ofNames(names));
        return names;
    }

    @Override
    public Optional<String> text(Path file) {
        Optional<String> text = project.text(file);
        texts.put(key(file), ContentHash.ofText(text));
        return text;
    }

    /** Noted as the file's text: the same text parses to the same tree. */
    @Override
    public Optional<Node> markdown(Path file) {
        texts.put(key(file), ContentHash.ofText(project.text(file)));
        return project.markdown(file);
    }

    public ProjectQueries queries() {
        return new ProjectQueries(root.toString(), exists, lists, texts);
    }

    /** Inside the project: relative, which keeps the cache small; outside: absolute. */
    private String key(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }
}
