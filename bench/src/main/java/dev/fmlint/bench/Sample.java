package dev.fmlint.bench;

import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fixed sample of a corpus, the same on every run: the corpus's Markdown files sorted by path, then every
 * (n / size)-th one, so the sample spreads over the whole tree. Loaded once, outside any timed code.
 */
public final class Sample {
    /** Files per corpus sample; benchmark scores are per file (JMH @OperationsPerInvocation). */
    public static final int SIZE = 200;

    /** The corpora folder: $FMLINT_CORPUS_ROOT, else ../shared/corpus from the bench folder. */
    public static Path corpusRoot() {
        String env = System.getenv("FMLINT_CORPUS_ROOT");
        Path root = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "corpus");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "..", "shared", "corpus"); // run from bench/ inside a work tree of /work
        }
        return root.toAbsolutePath().normalize();
    }

    /** Every Markdown file below {@code dir}, sorted by path, as fmlint's discovery would find them. */
    public static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@link #SIZE} sample files of one corpus, decoded. */
    public static List<SourceFile> load(String corpus) {
        Path dir = corpusRoot().resolve(corpus);
        List<Path> all = markdownFiles(dir);
        if (all.size() < SIZE) {
            throw new IllegalStateException(dir + " has " + all.size() + " Markdown files, fewer than " + SIZE);
        }
        SourceDecoder decoder = new SourceDecoder();
        List<SourceFile> files = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            Path p = all.get((int) ((long) i * all.size() / SIZE));
            try {
                if (decoder.decode(p, dir.relativize(p).toString(), Files.readAllBytes(p))
                        instanceof SourceDecoder.Decoded d) {
                    files.add(d.file());
                } else {
                    throw new IllegalStateException(p + " cannot be decoded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The raw bytes of the same sample, for the decoding stage. */
    public static List<byte[]> bytes(List<SourceFile> files) {
        List<byte[]> bytes = new ArrayList<>(files.size());
        for (SourceFile f : files) {
            try {
                bytes.add(Files.readAllBytes(f.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    private Sample() {}
}
