package dev.fmlint.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * String lengths in Unicode code points (one CJK character or one emoji is one), kept as a histogram:
 * exact percentiles, and memory grows with the number of distinct lengths, not with the number of values.
 */
final class LengthHistogram {
    private final TreeMap<Integer, long[]> counts = new TreeMap<>();
    private long total;

    void add(String text) {
        counts.computeIfAbsent(text.codePointCount(0, text.length()), k -> new long[1])[0]++;
        total++;
    }

    /** Min, median, 90th percentile and max (nearest-rank), or null when no string was seen. */
    Lengths summary() {
        if (total == 0) {
            return null;
        }
        return new Lengths(counts.firstKey(), rank(0.5), rank(0.9), counts.lastKey());
    }

    private int rank(double percentile) {
        long wanted = Math.max(1, (long) Math.ceil(percentile * total));
        long seen = 0;
        for (Map.Entry<Integer, long[]> e : counts.entrySet()) {
            seen += e.getValue()[0];
            if (seen >= wanted) {
                return e.getKey();
            }
        }
        return counts.lastKey();
    }
}
