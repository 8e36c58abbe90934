package dev.fmlint.discover;

import java.util.Arrays;
import java.util.Optional;

/**
 * One pattern line of a gitignore file, parsed as git parses it.
 *
 * @param glob     the compiled pattern, without its '!', trailing '/' or leading '/'
 * @param negated  a '!' line: re-includes what an earlier line excluded
 * @param dirOnly  a trailing '/': matches folders only
 * @param anyDepth no '/' left in the pattern: it matches the last name at any depth below the file's folder;
 *                 otherwise the pattern is anchored and matches the whole path relative to that folder
 */
record IgnoreRule(Glob glob, boolean negated, boolean dirOnly, boolean anyDepth) {

    /**
     * Parses one line (without its line ending). Empty for blank lines, {@code #} comments, and lines that
     * can match nothing (such as a lone {@code !} or {@code /}).
     */
    static Optional<IgnoreRule> parse(byte[] line) {
        if (line.length == 0 || line[0] == '#') {
            return Optional.empty();
        }
        int end = trimTrailingSpaces(line);
        int start = 0;
        boolean negated = end > 0 && line[0] == '!';
        if (negated) {
            start++;
        }
        boolean dirOnly = end > start && line[end - 1] == '/';
        if (dirOnly) {
            end--;
        }
        boolean anyDepth = true;
        for (int i = start; i < end; i++) {
            anyDepth &= line[i] != '/';
        }
        if (!anyDepth && line[start] == '/') {
            start++; // a leading slash only anchors; the path it is matched against has none
        }
        if (start == end) {
            return Optional.empty();
        }
        Glob glob = Glob.compile(Arrays.copyOfRange(line, start, end));
        return Optional.of(new IgnoreRule(glob, negated, dirOnly, anyDepth));
    }

    /**
     * Does this rule match {@code path}? {@code offset} is where the part relative to the gitignore's folder
     * starts (0 at the checkout root).
     */
    boolean matches(RepoPath path, int offset, boolean dir) {
        if (dirOnly && !dir) {
            return false;
        }
        int from = anyDepth ? Math.max(offset, path.nameStart()) : offset;
        return glob.matches(path.bytes(), from, path.length());
    }

    /**
     * Git drops trailing spaces unless the last one is quoted with a backslash ({@code "a\ "} keeps one
     * space). Tabs stay. Returns the new end of the line.
     */
    private static int trimTrailingSpaces(byte[] line) {
        int lastSpace = -1;
        for (int i = 0; i < line.length; i++) {
            if (line[i] == ' ') {
                if (lastSpace < 0) {
                    lastSpace = i;
                }
            } else if (line[i] == '\\' && i + 1 == line.length) {
                return line.length; // a trailing backslash: git keeps the line as it is
            } else {
                if (line[i] == '\\') {
                    i++; // the quoted byte is never trimmed
                }
                lastSpace = -1;
            }
        }
        return lastSpace < 0 ? line.length : lastSpace;
    }
}
