package dev.fmlint.discover;

import java.nio.file.Path;
import java.util.List;

/**
 * What a path search found.
 *
 * @param files    files to check, deduplicated, in a stable order
 * @param missing  paths given on the command line that do not exist
 * @param warnings folders or entries that could not be read, and were skipped
 */
public record Discovery(List<Path> files, List<String> missing, List<String> warnings) {
    public Discovery {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }
}
