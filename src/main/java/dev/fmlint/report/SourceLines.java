package dev.fmlint.report;

import java.util.Optional;

/** The text of a line of a reported file, for formats that identify a finding by its code (GitLab). */
@FunctionalInterface
public interface SourceLines {
    /**
     * @param file the path as reports show it
     * @param line 1-based
     * @return the line without its line break, or empty when the file or line cannot be read
     */
    Optional<String> line(String file, int line);

    static SourceLines none() {
        return (file, line) -> Optional.empty();
    }
}
