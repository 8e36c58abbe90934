package dev.fmlint.audit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts values exactly, up to a number of distinct values. Past the cap, values already counted keep
 * counting and new ones are only tallied as untracked: memory stays bounded on a corpus of free text,
 * while tags and categories, which repeat, are counted exactly. Files are folded in a fixed order, so
 * which values make the cut never depends on thread scheduling.
 */
final class ValueCounter {
    private final int cap;
    private final Map<ScalarValue, long[]> counts = new HashMap<>();
    private long untracked;

    ValueCounter(int cap) {
        this.cap = cap;
    }

    void add(ScalarValue value) {
        long[] count = counts.get(value);
        if (count != null) {
            count[0]++;
        } else if (counts.size() < cap) {
            counts.put(value, new long[] {1});
        } else {
            untracked++;
        }
    }

    /** Distinct values counted; a lower bound when {@link #capped()}. */
    long distinct() {
        return counts.size();
    }

    /** Whether some values went uncounted because the cap was reached. */
    boolean capped() {
        return untracked > 0;
    }

    /** The most common values, most common first; ties in a stable order (kind, then text). */
    List<ValueCount> top(int limit) {
        return counts.entrySet().stream()
                .map(e -> new ValueCount(e.getKey(), e.getValue()[0]))
                .sorted(Comparator.comparingLong(ValueCount::count).reversed()
                        .thenComparing(v -> v.value().kind())
                        .thenComparing(v -> v.value().text()))
                .limit(limit)
                .toList();
    }
}
