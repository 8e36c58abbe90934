package dev.fmlint.cli;

import dev.fmlint.source.DisplayWidth;
import dev.fmlint.engine.ParallelRunner;
import dev.fmlint.report.Printable;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line on an interactive terminal: {@code done/total files, rate, current file}, redrawn in
 * place at most ten times a second and erased when the run ends, so it never stays in the output.
 * Only for runs big enough to be worth it, and never when nobody watches (see {@link #wanted}).
 */
final class ProgressLine implements ParallelRunner.Progress {
    /** Below this many files a run is over before a progress line would help. */
    static final int MIN_FILES = 300;
    static final long REFRESH_NANOS = 100_000_000L;
    static final int WIDTH = 79;
    private static final String CLEAR_TO_END = "\u001b[K";

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn;
    private boolean drawn;

    ProgressLine(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    static boolean wanted(boolean interactive, boolean quiet, int files) {
        return interactive && !quiet && files >= MIN_FILES;
    }

    @Override
    public synchronized void fileDone(int done, int total, String displayPath) {
        long now = clock.getAsLong();
        if (drawn && now - lastDrawn < REFRESH_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.print("\r" + render(done, total, displayPath, now - started) + CLEAR_TO_END);
        err.flush();
    }

    @Override
    public synchronized void finished() {
        if (drawn) {
            err.print("\r" + CLEAR_TO_END);
            err.flush();
            drawn = false;
        }
    }

    static String render(int done, int total, String file, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        String head = String.format(Locale.ROOT, "fmlint: %d/%d files, %s ", done, total,
                seconds > 0 ? String.format(Locale.ROOT, "%.0f files/s", done / seconds) : "- files/s");
        return head + tail(Printable.of(file), WIDTH - head.length());
    }

    /** The end of a path that fits the line: a longer line would wrap, and {@code \r} could not redraw it. */
    static String tail(String path, int columns) {
        return DisplayWidth.tail(path, columns);
    }
}
