package dev.fmlint.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What a command may touch of the outside world, passed in so that tests run the real entry point.
 *
 * @param colorTerminal whether standard output is a terminal that may get colour
 * @param cwd           the folder relative paths and report paths are taken from
 * @param interactive   whether a person watches a terminal (standard error included), so that a progress line
 *                      that rewrites itself is welcome; false in CI, pipes, files and pre-commit
 */
public record Environment(InputStream in, PrintWriter out, PrintWriter err, boolean colorTerminal, Path cwd,
                          boolean interactive) {

    /** A non-interactive environment. */
    public Environment(InputStream in, PrintWriter out, PrintWriter err, boolean colorTerminal, Path cwd) {
        this(in, out, err, colorTerminal, cwd, false);
    }
}
