package dev.fmlint.spi;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * The files of the project, as a {@link CrossFileRule} may look at them: nothing outside the project
 * folder, nothing from the network. Answers are remembered for the run (each folder is listed once), and
 * every method may be called from any thread.
 */
public interface ProjectFiles {
    /**
     * The folder the run may look in: the project folder (the repository, else the configuration's folder,
     * else the working folder) when it holds every checked file; otherwise the repository that holds the
     * files, or else the folder that holds them all. Absolute and normalised.
     */
    Path projectRoot();

    /**
     * Whether a file or folder inside the project exists with exactly this name, letter case included (as on
     * Linux, also on file systems that ignore case). False for paths outside the project.
     */
    boolean exists(Path path);

    /**
     * {@link #exists(Path)} for a path given as text, absolute and with this system's separators: for rules
     * that work out paths as text (a link's target), which would otherwise make a {@link Path} only for it to
     * be read back as text. False for text that is no path on this system.
     */
    default boolean exists(String absolutePath) {
        try {
            return exists(Path.of(absolutePath));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The names in a folder inside the project, exactly as the file system spells them; empty for a folder
     * outside the project or one that does not exist.
     */
    Set<String> list(Path folder);

    /**
     * The text of a file inside the project (UTF-8, with the size limit of checked files), such as a list of
     * allowed tags. Empty when the file is outside the project, missing, too large or not UTF-8.
     */
    Optional<String> text(Path file);

    /**
     * The parsed Markdown body of a file inside the project (front matter skipped), for files that are not
     * part of the run; body-relative source spans. Empty when the file is outside the project, missing,
     * too large or not UTF-8. Not remembered: callers keep what they need of it.
     */
    Optional<Node> markdown(Path file);
}
