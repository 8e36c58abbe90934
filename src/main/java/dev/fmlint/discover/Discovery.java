package dev.fmlint.discover;

import java.nio.file.Path;
import java.util.List;

/**
 * What a path search found.
 *
 * @param files    files to check, deduplicated, in a stable order (see {@link FileFinder})
 * @param missing  paths given on the command line that do not exist, as given
 * @param warnings one line each, safe to print: folders that could not be read, paths given on the command
 *                 line that are not regular files (FIFOs, devices, broken links), ignore files not used
 */
public record Discovery(List<Path> files, List<String> missing, List<String> warnings) {
    public Discovery {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }
}
