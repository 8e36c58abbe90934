package dev.fmlint.audit;

import dev.fmlint.config.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the files in which two similar keys appear together. {@code date} beside {@code data} in the same
 * header are two keys, not a typo: a misspelt key replaces the right one, so it is rarely next to it.
 * Only pairs within typo distance are counted, which keeps this small.
 */
final class KeyPairs {
    /** Keys per file looked at; a header with more is not hand-written. */
    private static final int MAX_KEYS_PER_FILE = 100;
    /** Closeness answers kept; keys repeat across files, so a few thousand pairs cover a corpus. */
    private static final int MAX_CACHED = 50_000;
    /** Keys longer than this (in UTF-16 units) are not typo candidates. */
    static final int MAX_KEY_LENGTH = 64;

    private final Map<Pair, long[]> together = new HashMap<>();
    private final Map<Pair, Boolean> close = new HashMap<>();

    void add(List<String> keys) {
        int n = Math.min(keys.size(), MAX_KEYS_PER_FILE);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Pair pair = Pair.of(keys.get(i), keys.get(j));
                if (isClose(pair)) {
                    together.computeIfAbsent(pair, k -> new long[1])[0]++;
                }
            }
        }
    }

    long together(String a, String b) {
        long[] count = together.get(Pair.of(a, b));
        return count == null ? 0 : count[0];
    }

    /**
     * Whether either key is within "did you mean" distance of the other. Long keys are never compared: the
     * distance table grows with the product of the lengths, and a hostile header may hold keys of 100,000
     * characters; nobody mistypes a key that long.
     */
    static boolean close(String a, String b) {
        if (a.length() > MAX_KEY_LENGTH || b.length() > MAX_KEY_LENGTH) {
            return false;
        }
        return Suggestions.closest(a, List.of(b)).isPresent() || Suggestions.closest(b, List.of(a)).isPresent();
    }

    private boolean isClose(Pair pair) {
        Boolean known = close.get(pair);
        if (known != null) {
            return known;
        }
        boolean answer = close(pair.a(), pair.b());
        if (close.size() < MAX_CACHED) {
            close.put(pair, answer);
        }
        return answer;
    }

    /** Two keys in a fixed order, so (a, b) and (b, a) are one pair. */
    private record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }
}
