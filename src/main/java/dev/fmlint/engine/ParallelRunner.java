package dev.fmlint.engine;

import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads and lints files on all cores and returns the results in the order the files were given, so the
 * report never depends on scheduling.
 */
public final class ParallelRunner {
    /** Deeply nested input is bounded by the parsers' limits; a large stack is the last line of defence. */
    private static final long STACK_BYTES = 16L << 20;

    private final Linter linter;
    private final SourceReader reader;
    private final Function<Path, FileSettings> settings;
    private final int threads;

    public ParallelRunner(Linter linter, SourceReader reader, Function<Path, FileSettings> settings, int threads) {
        this.linter = linter;
        this.reader = reader;
        this.settings = settings;
        this.threads = Math.max(1, threads);
    }

    /**
     * Hears about each file as it is done, from the worker threads, in completion order. Implementations must
     * be thread-safe and quick: they run on the threads that check files.
     */
    public interface Progress {
        Progress NONE = (done, total, file) -> { };

        void fileDone(int done, int total, String displayPath);

        /** Called once, on the calling thread, when the run is over (also when it failed). */
        default void finished() {}
    }

    public List<FileResult> run(List<Path> files, Function<Path, String> displayPath) {
        return run(files, displayPath, Progress.NONE);
    }

    public List<FileResult> run(List<Path> files, Function<Path, String> displayPath, Progress progress) {
        if (files.isEmpty()) {
            progress.finished();
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), daemonThreads());
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<FileResult>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    String name = displayPath.apply(file);
                    FileResult result = lintOne(file, name);
                    progress.fileDone(done.incrementAndGet(), files.size(), name);
                    return result;
                }));
            }
            List<FileResult> results = new ArrayList<>(files.size());
            for (Future<FileResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a file could not be checked: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
    }

    /** Reads and checks one file, and notes how long that took. */
    public FileResult lintOne(Path file, String displayPath) {
        long started = System.nanoTime();
        FileSettings own = settings.apply(file);
        SourceDecoder.Result read = reader.read(file, displayPath);
        FileResult result = read instanceof SourceDecoder.Undecodable problem
                ? linter.unreadable(displayPath, problem, own)
                : linter.lint(((SourceDecoder.Decoded) read).file(), own);
        return result.withElapsed(Duration.ofNanos(System.nanoTime() - started));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(null, task, "fmlint-" + count.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
