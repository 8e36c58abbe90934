package dev.fmlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The floor program: reads every Markdown file below the given folders (or the given files) and parses each
 * with snakeyaml (compose of the header) and commonmark-java on all cores. No rules, no report, no output
 * (with {@code -v}, one count line on standard error). fmlint's whole-corpus time is compared with this one.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.fmlint.bench.Floor [-v] PATH...}
 */
public final class Floor {
    public static void main(String[] args) throws InterruptedException {
        boolean verbose = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-v")) {
                verbose = true;
            } else {
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    files.addAll(Sample.markdownFiles(p));
                } else {
                    files.add(p);
                }
            }
        }
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, files.size()));
        AtomicInteger next = new AtomicInteger();
        AtomicLong check = new AtomicLong();
        AtomicInteger yamlErrors = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(null, () -> {
                long sum = 0;
                for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                    try {
                        String text = new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8);
                        sum += FloorParse.parse(text);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (YAMLException e) {
                        yamlErrors.incrementAndGet();
                    }
                }
                check.addAndGet(sum);
            }, "floor-" + t, 16L << 20);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (verbose) {
            System.err.printf("floor: %d files on %d threads, %d YAML errors (check %d)%n", files.size(), threads,
                    yamlErrors.get(), check.get());
        }
    }

    private Floor() {}
}
