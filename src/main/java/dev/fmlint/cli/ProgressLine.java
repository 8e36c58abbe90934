package dev.fmlint.cli;

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

    /**
     * The end of a path that fits in {@code columns} terminal columns (CJK characters take two), with an
     * ellipsis when cut: a line longer than the terminal would wrap, and {@code \r} could no longer redraw it.
     */
    static String tail(String path, int columns) {
        if (width(path) <= columns) {
            return path;
        }
        int used = 1; // the ellipsis
        int start = path.length();
        while (start > 0) {
            int cp = path.codePointBefore(start);
            if (used + width(cp) > columns) {
                break;
            }
            used += width(cp);
            start -= Character.charCount(cp);
        }
        return "…" + path.substring(start);
    }

    static int width(String s) {
        return s.codePoints().map(ProgressLine::width).sum();
    }

    /** Terminal columns of a character: two for East Asian wide and full-width ones, else one. */
    static int width(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
