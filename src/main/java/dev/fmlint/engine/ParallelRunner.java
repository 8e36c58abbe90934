package dev.fmlint.engine;

import dev.fmlint.cache.FileStamp;
import dev.fmlint.cache.QueryLog;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Severity;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads and lints files on all cores and returns the results in the order the files were given, so the
 * report never depends on scheduling. A file that takes longer than the time budget gets a finding and the
 * run goes on without it: its worker cannot be stopped (a parser does not listen to interrupts), so the
 * pool gets a fresh thread in its place. Then gives the cross-file rules the facts they collected, in the
 * files' order ({@link CrossFilePhase}).
 */
public final class ParallelRunner {
    /** Deeply nested input is bounded by the parsers' limits; a large stack is the last line of defence. */
    private static final long STACK_BYTES = 16L << 20;

    private final Linter linter;
    private final SourceReader reader;
    private final Function<Path, FileSettings> settings;
    private final int threads;
    private final Duration fileTimeout;
    private final Path projectRoot;
    private final ResultCache cache;

    /**
     * @param projectRoot the folder cross-file rules may look in (see {@link dev.fmlint.spi.RunContext}), when
     *                    it holds every file of the run; else, or when null, the repository holding the files,
     *                    or the folder that holds them all
     */
    public ParallelRunner(Linter linter, SourceReader reader, Function<Path, FileSettings> settings, int threads,
                          Duration fileTimeout, Path projectRoot) {
        this(linter, reader, settings, threads, fileTimeout, projectRoot, null);
    }

    private ParallelRunner(Linter linter, SourceReader reader, Function<Path, FileSettings> settings, int threads,
                           Duration fileTimeout, Path projectRoot, ResultCache cache) {
        this.linter = linter;
        this.reader = reader;
        this.settings = settings;
        this.threads = Math.max(1, threads);
        this.fileTimeout = fileTimeout;
        this.projectRoot = projectRoot;
        this.cache = cache;
    }

    /** This runner, skipping the files the cache vouches for and noting in it the files it checks. */
    public ParallelRunner withCache(ResultCache cache) {
        return new ParallelRunner(linter, reader, settings, threads, fileTimeout, projectRoot, cache);
    }

    public ParallelRunner(Linter linter, SourceReader reader, Function<Path, FileSettings> settings, int threads,
                          Duration fileTimeout) {
        this(linter, reader, settings, threads, fileTimeout, null);
    }

    public ParallelRunner(Linter linter, SourceReader reader, Function<Path, FileSettings> settings, int threads) {
        this(linter, reader, settings, threads, dev.fmlint.config.Limits.DEFAULT.fileTimeout(), null);
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
        return run(files, List.of(), displayPath, progress);
    }

    /**
     * Checks {@code files} and returns their results; the {@code context} files only give the cross-file
     * rules their facts, so that a file is compared with every other ({@code --changed-since}): nothing is
     * reported on them, and without a cache only the cross-file rules run on them.
     */
    public List<FileResult> run(List<Path> checked, List<Path> context, Function<Path, String> displayPath,
                                Progress progress) {
        int reported = checked.size();
        List<Path> files = new ArrayList<>(checked);
        files.addAll(context);
        if (files.isEmpty()) {
            progress.finished();
            return List.of();
        }
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(Math.min(threads, files.size()),
                daemonThreads());
        AtomicInteger done = new AtomicInteger();
        try {
            ProjectDisk disk = new ProjectDisk(reader, ProjectRoot.choose(projectRoot, files));
            List<Future<CrossFilePhase.Linted>> futures = new ArrayList<>(files.size());
            long[] started = new long[files.size()];
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    synchronized (started) {
                        started[index] = System.nanoTime();
                    }
                    String name = displayPath.apply(file);
                    CrossFilePhase.Linted result = lintCollecting(file, name, disk, index < reported);
                    progress.fileDone(done.incrementAndGet(), files.size(), name);
                    return result;
                }));
            }
            List<CrossFilePhase.Linted> linted = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                linted.add(await(futures.get(i), started, i, pool, files.get(i), displayPath.apply(files.get(i))));
            }
            List<FileResult> results = new CrossFilePhase(disk).finish(linted);
            return reported == results.size() ? results : List.copyOf(results.subList(0, reported));
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

    /** The file's result, or a finding when it ran past the time budget. */
    private CrossFilePhase.Linted await(Future<CrossFilePhase.Linted> future, long[] started, int index,
                                        ThreadPoolExecutor pool, Path file, String name) throws InterruptedException, ExecutionException {
        long budget = fileTimeout.toNanos();
        while (true) {
            long start;
            synchronized (started) {
                start = started[index];
            }
            try {
                // Not started yet: the budget has not begun; look again shortly.
                long wait = start == 0 ? TimeUnit.MILLISECONDS.toNanos(50) : budget - (System.nanoTime() - start);
                return future.get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (start != 0 && System.nanoTime() - start >= budget) {
                    future.cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    FileSettings none = FileSettings.defaults(List.of(), SchemaSelector.NONE);
                    return new CrossFilePhase.Linted(file, none, linter.unreadable(name, new SourceDecoder.Undecodable(
                            "checking this file took longer than the limit of " + fileTimeout.toMillis() / 1000.0
                            + " s (limits.fileTimeout), so it was skipped; please report it if it is an ordinary file",
                            0), none), List.of(), Linter.LateComments.NONE);
                }
            }
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

    /**
     * Reads and checks one file, unless the cache vouches for it; notes how long that took.
     *
     * @param reported whether the file's own findings are wanted; if not, and there is no cache, only the
     *                 cross-file rules run on it
     */
    private CrossFilePhase.Linted lintCollecting(Path file, String displayPath, ProjectDisk disk, boolean reported) {
        long started = System.nanoTime();
        FileSettings own = settings.apply(file);
        if (!reported && cache == null) {
            return collectOnly(file, displayPath, disk, own, started);
        }
        Optional<FileStamp> stamp = cache == null ? Optional.empty() : FileStamp.of(file);
        long readAt = cache == null ? 0 : Instant.now().toEpochMilli() * 1_000_000;
        if (cache != null) {
            Optional<List<Linter.FileFacts>> hit = cache.byStamp(file, stamp, own, disk);
            if (hit.isPresent()) {
                return fromCache(file, displayPath, own, hit.get(), started);
            }
        }
        SourceDecoder.Result read = reader.read(file, displayPath);
        if (read instanceof SourceDecoder.Undecodable problem) {
            if (cache != null) {
                cache.notClean(file);
            }
            return new CrossFilePhase.Linted(file, own, linter.unreadable(displayPath, problem, own)
                    .withElapsed(Duration.ofNanos(System.nanoTime() - started)), List.of(), Linter.LateComments.NONE);
        }
        SourceFile source = ((SourceDecoder.Decoded) read).file();
        List<Linter.FileFacts> facts = new ArrayList<>();
        if (cache == null) {
            Linter.Collected linted = linter.lint(source, own, facts, disk);
            return new CrossFilePhase.Linted(file, own,
                    linted.result().withElapsed(Duration.ofNanos(System.nanoTime() - started)), facts, linted.comments());
        }
        Optional<List<Linter.FileFacts>> hit = cache.byContent(file, source, stamp, readAt, own, disk);
        if (hit.isPresent()) {
            return fromCache(file, displayPath, own, hit.get(), started);
        }
        ResultCache.Watched watched = cache.watch(own);
        QueryLog queries = new QueryLog(disk);
        Linter.Collected linted = linter.lint(source, watched.settings, facts, queries);
        if (linted.result().diagnostics().isEmpty() && linted.comments() == Linter.LateComments.NONE) {
            cache.clean(file, source, stamp, readAt, watched, facts, queries.queries());
        } else {
            cache.notClean(file); // comments too: what they silence in the cross-file step is not cached
        }
        return new CrossFilePhase.Linted(file, own,
                linted.result().withElapsed(Duration.ofNanos(System.nanoTime() - started)), facts, linted.comments());
    }

    /** A file the cache vouches for: clean, with the facts it gave the cross-file rules last time. */
    private static CrossFilePhase.Linted fromCache(Path file, String displayPath, FileSettings own,
                                                   List<Linter.FileFacts> facts, long started) {
        return new CrossFilePhase.Linted(file, own, new FileResult(displayPath, List.of(),
                Duration.ofNanos(System.nanoTime() - started)), facts, Linter.LateComments.NONE);
    }

    /** A file that only gives facts: the cross-file rules run on it, and its own findings are dropped. */
    private CrossFilePhase.Linted collectOnly(Path file, String displayPath, ProjectDisk disk, FileSettings own,
                                              long started) {
        List<ConfiguredRule> cross = own.rules().stream().filter(r -> r.rule() instanceof CrossFileRule<?>).toList();
        Map<String, Severity> severities = new HashMap<>();
        cross.forEach(r -> severities.put(r.rule().meta().id(), r.severity()));
        FileSettings only = new FileSettings(cross, severities, SchemaSelector.NONE, own.inlineConfig());
        List<Linter.FileFacts> facts = new ArrayList<>();
        if (!cross.isEmpty() && reader.read(file, displayPath) instanceof SourceDecoder.Decoded decoded) {
            linter.lint(decoded.file(), only, facts, disk);
        }
        return new CrossFilePhase.Linted(file, own, new FileResult(displayPath, List.of(),
                Duration.ofNanos(System.nanoTime() - started)), facts, Linter.LateComments.NONE);
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
