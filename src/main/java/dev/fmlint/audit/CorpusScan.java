package dev.fmlint.audit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Scans files on all cores and folds their facts into one {@link CorpusAccumulator} in file order. At most
 * a window of files is in flight, so memory holds a few dozen parsed headers whatever the corpus size,
 * and the result never depends on which thread finished first.
 */
public final class CorpusScan {
    /** Deeply nested input is bounded by the parsers' limits; a large stack is the last line of defence. */
    private static final long STACK_BYTES = 16L << 20;
    /** Files in flight per thread: enough to keep every core busy while the head of the line is slow. */
    private static final int WINDOW_PER_THREAD = 16;

    private final FileScanner scanner;
    private final int threads;

    public CorpusScan(FileScanner scanner, int threads) {
        this.scanner = scanner;
        this.threads = Math.max(1, threads);
    }

    public void run(List<Path> files, Function<Path, String> displayPath, CorpusAccumulator into) {
        if (files.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), daemonThreads());
        try {
            Deque<Future<FileFacts>> inFlight = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            int window = threads * WINDOW_PER_THREAD;
            while (inFlight.size() < window && next.hasNext()) {
                inFlight.add(submit(pool, next.next(), displayPath));
            }
            while (!inFlight.isEmpty()) {
                into.add(inFlight.poll().get());
                if (next.hasNext()) {
                    inFlight.add(submit(pool, next.next(), displayPath));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a file could not be scanned: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<FileFacts> submit(ExecutorService pool, Path file, Function<Path, String> displayPath) {
        return pool.submit(() -> scanner.scan(file, displayPath.apply(file)));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(null, task, "fmlint-scan-" + count.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
