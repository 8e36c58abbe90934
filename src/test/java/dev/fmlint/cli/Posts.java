package dev.fmlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Markdown files for CLI tests. */
final class Posts {
    static final String CLEAN = "---\ntitle: Clean\n---\n\n# Clean\n\n## Section\n";
    /** One error: the heading jumps from h1 to h3. */
    static final String SKIPPED_HEADING = "---\ntitle: Title\n---\n\n# Title\n\n### Too deep\n";
    /** One error: no front matter. */
    static final String NO_FRONT_MATTER = "# Just a heading\n";

    private Posts() {}

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
