package dev.fmlint.discover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rules of one {@code .gitignore} (or {@code .git/info/exclude}), compiled once when the file is read,
 * and the folder they are relative to.
 */
final class IgnoreFile {
    /** What one file says about a path: the last matching line decides, and a file may not know. */
    enum Verdict { IGNORED, INCLUDED, UNDECIDED }

    /** git refuses pattern files over 100 MiB too; a bigger one is a mistake or an attack. */
    static final long MAX_BYTES = 100L << 20;

    private final byte[] base;
    private final List<IgnoreRule> rules;

    private IgnoreFile(byte[] base, List<IgnoreRule> rules) {
        this.base = base;
        this.rules = List.copyOf(rules);
    }

    /**
     * Parses file content as git does: an optional UTF-8 byte order mark, lines split at '\n' with a '\r'
     * before it dropped.
     *
     * @param base the folder of the file relative to the checkout root, '/'-separated; "" for the root
     */
    static IgnoreFile parse(String base, byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        List<IgnoreRule> rules = new ArrayList<>();
        while (start < content.length) {
            int newline = start;
            while (newline < content.length && content[newline] != '\n') {
                newline++;
            }
            int end = newline > start && content[newline - 1] == '\r' ? newline - 1 : newline;
            IgnoreRule.parse(Arrays.copyOfRange(content, start, end)).ifPresent(rules::add);
            start = newline + 1;
        }
        return new IgnoreFile(base.getBytes(StandardCharsets.UTF_8), rules);
    }

    /**
     * Reads and parses a pattern file if it is there. Problems are reported to {@code warn} and the file is
     * then left out, as git does. Only regular files are read: a FIFO named {@code .gitignore} would block.
     *
     * @param followLinks false for a {@code .gitignore} inside the work tree: git does not follow a symbolic
     *                    link there (since 2.32), so neither do we; true for {@code info/exclude}
     */
    static Optional<IgnoreFile> read(Path file, String base, boolean followLinks, Consumer<String> warn) {
        try {
            BasicFileAttributes attrs = followLinks ? Files.readAttributes(file, BasicFileAttributes.class)
                    : Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                warn.accept(file + ": a symbolic link; not read (git does not follow it either)");
                return Optional.empty();
            }
            if (!attrs.isRegularFile()) {
                warn.accept(file + ": not a regular file; not read");
                return Optional.empty();
            }
            if (attrs.size() > MAX_BYTES) {
                warn.accept(file + ": " + attrs.size() + " bytes, over the limit of " + MAX_BYTES + "; not read");
                return Optional.empty();
            }
            return Optional.of(parse(base, Files.readAllBytes(file)));
        } catch (NoSuchFileException | NotDirectoryException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            warn.accept(file + ": cannot read (" + e.getClass().getSimpleName() + "); its patterns are not used");
            return Optional.empty();
        }
    }

    /**
     * What this file says about {@code path}, a file or folder below its own folder. The last matching rule
     * wins; paths outside the file's folder are {@link Verdict#UNDECIDED}.
     */
    Verdict verdict(RepoPath path, boolean dir) {
        byte[] bytes = path.bytes();
        int offset = 0;
        if (base.length > 0) {
            if (bytes.length <= base.length || bytes[base.length] != '/'
                    || !Arrays.equals(bytes, 0, base.length, base, 0, base.length)) {
                return Verdict.UNDECIDED;
            }
            offset = base.length + 1;
        }
        for (int i = rules.size() - 1; i >= 0; i--) {
            IgnoreRule rule = rules.get(i);
            if (rule.matches(path, offset, dir)) {
                return rule.negated() ? Verdict.INCLUDED : Verdict.IGNORED;
            }
        }
        return Verdict.UNDECIDED;
    }

    int size() {
        return rules.size();
    }
}
