package dev.fmlint.cli;

import dev.fmlint.config.Config;
import dev.fmlint.discover.Discovery;
import dev.fmlint.discover.FileFinder;
import dev.fmlint.engine.SettingsResolver;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a command reads: found by {@code check}, {@code stats} and {@code init} alike (extensions, ignore
 * files, the configuration's {@code ignore}), so an audit describes what a check checks. Finding nothing is an
 * error, so that a CI job never goes green having checked nothing; only a list of named files that the
 * configuration all ignores (a pre-commit hook passing ignored files) may come back empty.
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
        boolean onlyNamedFiles = !paths.isEmpty() && given.stream().noneMatch(p -> p.toFile().isDirectory());
        Discovery found = new FileFinder(config.extensions()).find(given);
        if (!found.missing().isEmpty()) {
            throw new UsageException("path not found: " + String.join(", ", found.missing()));
        }
        found.warnings().forEach(w -> env.err().println("fmlint: warning: " + w));
        List<Path> kept = found.files().stream()
                .filter(f -> !config.ignored(SettingsResolver.relative(config.baseDir(), f)))
                .toList();
        if (kept.isEmpty() && onlyNamedFiles && !found.files().isEmpty()) {
            env.err().println("fmlint: every file given is ignored by the configuration; nothing to check");
            return kept;
        }
        if (kept.isEmpty()) {
            throw new UsageException("no Markdown files found in " + (paths.isEmpty() ? "the current folder"
                    : String.join(", ", paths)) + " (looked for " + String.join(", ", config.extensions().stream()
                    .sorted().map(e -> "*." + e).toList()) + "); nothing was checked");
        }
        return kept;
    }

    /** The path reports show: relative to the working folder. */
    static String display(Path file, Environment env) {
        return env.cwd().relativize(file.toAbsolutePath().normalize()).toString();
    }
}
