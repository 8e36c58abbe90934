package dev.fmlint.cli;

import dev.fmlint.report.SourceLines;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads reported files again, relative to the working folder, for reports that quote a finding's line.
 * Reports walk file by file, so only the last file is kept. A name that is not a readable file (standard
 * input under {@code --stdin-filename}) has no lines. Not thread-safe: one report at a time.
 */
final class WorkingFolderSources implements SourceLines {
    private static final long MAX_BYTES = 10L << 20;

    private final Path cwd;
    private final SourceReader reader = new SourceReader(MAX_BYTES);
    private String cachedName;
    private SourceFile cached;

    WorkingFolderSources(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Optional<String> line(String file, int line) {
        if (!file.equals(cachedName)) {
            cachedName = file;
            cached = null;
            try {
                if (reader.read(cwd.resolve(file), file) instanceof SourceDecoder.Decoded d) {
                    cached = d.file();
                }
            } catch (RuntimeException e) { // an invalid path: no lines, like any unreadable file
                cached = null;
            }
        }
        if (cached == null || line < 1 || line > cached.lines().lineCount()) {
            return Optional.empty();
        }
        return Optional.of(cached.lines().lineText(line));
    }
}
