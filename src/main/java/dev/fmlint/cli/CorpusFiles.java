package dev.fmlint.cli;

import dev.fmlint.config.Config;
import dev.fmlint.discover.Discovery;
import dev.fmlint.discover.FileFinder;
import dev.fmlint.engine.SettingsResolver;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a corpus command ({@code stats}, {@code init}) reads: found as {@code check} finds them
 * (extensions, ignore files, the configuration's {@code ignore}), so an audit describes what a check checks.
 */
final class CorpusFiles {
    private CorpusFiles() {}

    /**
     * @param paths  as given on the command line; none means the working folder
     * @param config the configuration whose extensions and ignore globs apply
     */
    static List<Path> find(List<String> paths, Config config, Environment env) {
        List<Path> given = paths.isEmpty() ? List.of(env.cwd())
                : paths.stream().map(p -> env.cwd().resolve(p).normalize()).toList();
        Discovery found = new FileFinder(config.extensions()).find(given);
        if (!found.missing().isEmpty()) {
            throw new UsageException("path not found: " + String.join(", ", found.missing()));
        }
        found.warnings().forEach(w -> env.err().println("fmlint: warning: " + w));
        List<Path> kept = found.files().stream()
                .filter(f -> !config.ignored(SettingsResolver.relative(config.baseDir(), f)))
                .toList();
        if (kept.isEmpty()) {
            throw new UsageException("no Markdown files found in " + (paths.isEmpty() ? "the current folder"
                    : String.join(", ", paths)) + " (looked for " + String.join(", ", config.extensions().stream()
                    .sorted().map(e -> "*." + e).toList()) + ")");
        }
        return kept;
    }

    /** The path reports show: relative to the working folder. */
    static String display(Path file, Environment env) {
        return env.cwd().relativize(file.toAbsolutePath().normalize()).toString();
    }
}
