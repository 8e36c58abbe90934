package dev.fmlint.engine;

import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import java.nio.file.Path;
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
 * report never depends on scheduling. Then gives the cross-file rules the facts they collected, in that
 * same order ({@link CrossFilePhase}).
 */
public final class ParallelRunner {
    /** Deeply nested input is bounded by the parsers' limits; a large stack is the last line of defence. */
    private static final long STACK_BYTES = 16L << 20;

    private final Linter linter;
    private final SourceReader reader;
    private final Function<Path, FileSettings> settings;
    private final int threads;
    private final Path projectRoot;

    /**
     * @param projectRoot the folder cross-file rules may look in (see {@link dev.fmlint.spi.RunContext}), when
     *                    it holds every file of the run; else, or when null, the repository holding the files,
     *                    or the folder that holds them all
     */
    public ParallelRunner(Linter linter, SourceReader reader, Function<Path, FileSettings> settings, int threads,
                          Path projectRoot) {
        this.linter = linter;
        this.reader = reader;
        this.settings = settings;
        this.threads = Math.max(1, threads);
        this.projectRoot = projectRoot;
    }

    public ParallelRunner(Linter linter, SourceReader reader, Function<Path, FileSettings> settings, int threads) {
        this(linter, reader, settings, threads, null);
    }

    public List<FileResult> run(List<Path> files, Function<Path, String> displayPath) {
        if (files.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), daemonThreads());
        try {
            ProjectDisk disk = new ProjectDisk(reader, ProjectRoot.choose(projectRoot, files));
            List<Future<CrossFilePhase.Linted>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> lintCollecting(file, displayPath.apply(file), disk)));
            }
            List<CrossFilePhase.Linted> linted = new ArrayList<>(files.size());
            for (Future<CrossFilePhase.Linted> future : futures) {
                linted.add(future.get());
            }
            return new CrossFilePhase(disk).finish(linted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a file could not be checked: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    public FileResult lintOne(Path file, String displayPath) {
        FileSettings own = settings.apply(file);
        SourceDecoder.Result read = reader.read(file, displayPath);
        if (read instanceof SourceDecoder.Undecodable problem) {
            return linter.unreadable(displayPath, problem, own);
        }
        return linter.lint(((SourceDecoder.Decoded) read).file(), own);
    }

    private CrossFilePhase.Linted lintCollecting(Path file, String displayPath, ProjectDisk disk) {
        FileSettings own = settings.apply(file);
        SourceDecoder.Result read = reader.read(file, displayPath);
        if (read instanceof SourceDecoder.Undecodable problem) {
            return new CrossFilePhase.Linted(file, own, linter.unreadable(displayPath, problem, own), List.of());
        }
        List<Linter.FileFacts> facts = new ArrayList<>();
        FileResult result = linter.lint(((SourceDecoder.Decoded) read).file(), own, facts, disk);
        return new CrossFilePhase.Linted(file, own, result, facts);
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
