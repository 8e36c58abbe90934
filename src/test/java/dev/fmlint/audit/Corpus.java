package dev.fmlint.audit;

import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** An in-memory corpus for tests: files added in order, scanned and folded as the real scan does. */
final class Corpus {
    private final Map<String, String> files = new LinkedHashMap<>();

    Corpus add(String name, String text) {
        if (files.put(name, text) != null) {
            throw new IllegalArgumentException("file added twice: " + name);
        }
        return this;
    }

    /** Adds {@code count} files named {@code prefix-N.md} whose header is {@code yaml(N)}. */
    Corpus many(String prefix, int count, java.util.function.IntFunction<String> yaml) {
        for (int i = 0; i < count; i++) {
            add(prefix + "-" + i + ".md", "---\n" + yaml.apply(i) + "\n---\n# Title\n");
        }
        return this;
    }

    CorpusStats stats() {
        FileScanner scanner = new FileScanner(new SourceReader(1 << 20), null);
        CorpusAccumulator totals = new CorpusAccumulator(20, 50);
        files.forEach((name, text) -> totals.add(scanner.facts(SourceFile.of(null, name, text, false), null)));
        return totals.result("test");
    }

    static KeyStats key(CorpusStats stats, String name) {
        return stats.keys().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no key " + name + " in " + stats.keys().stream()
                        .map(KeyStats::name).toList()));
    }
}
