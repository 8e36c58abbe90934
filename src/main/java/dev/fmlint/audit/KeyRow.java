package dev.fmlint.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One line of a key table: a key path and the number of mappings it could have been in, so nested keys get
 * their share of their parent ({@code author.name} in 90% of the {@code author} mappings).
 *
 * @param of the number of mappings the key could be in: files with front matter for top-level keys
 */
record KeyRow(KeyStats key, long of) {

    /** Top-level keys with their nested keys after each, depth first, at most {@code limit} rows. */
    static List<KeyRow> flatten(CorpusStats stats, int limit) {
        List<KeyRow> rows = new ArrayList<>();
        add(stats.root(), rows, limit);
        return rows;
    }

    private static void add(KeyStats parent, List<KeyRow> rows, int limit) {
        for (KeyStats child : parent.properties()) {
            if (rows.size() >= limit) {
                return;
            }
            rows.add(new KeyRow(child, parent.mappings()));
            add(child, rows, limit);
            if (child.items() != null) {
                add(child.items(), rows, limit);
            }
        }
    }

    double percent() {
        return of == 0 ? 0 : 100.0 * key.present() / of;
    }

    /** The kinds a key's values take, most common first: {@code string}, or {@code string 120 · null 3}. */
    static String kinds(KeyStats key) {
        List<Map.Entry<ValueKind, Long>> sorted = key.kinds().entrySet().stream()
                .sorted(Map.Entry.<ValueKind, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        String text = sorted.size() == 1 ? label(sorted.get(0).getKey(), key)
                : sorted.stream().map(e -> label(e.getKey(), key) + " " + count(e.getValue()))
                        .collect(Collectors.joining(" · "));
        return text;
    }

    private static String label(ValueKind kind, KeyStats key) {
        if (kind != ValueKind.LIST || key.items() == null || key.items().kinds().isEmpty()) {
            return kind.label();
        }
        return "list of " + key.items().kinds().entrySet().stream()
                .sorted(Map.Entry.<ValueKind, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().label()).collect(Collectors.joining("/"));
    }

    /** The values worth listing for a key: its own scalars, or its list items'. */
    static KeyStats valuesOf(KeyStats key) {
        boolean mostlyLists = key.kind(ValueKind.LIST) > key.present() / 2 && key.items() != null;
        return mostlyLists ? key.items() : key;
    }

    /**
     * Whether a key's values repeat enough to be worth listing: tags, categories, authors. In free text every
     * value is different (or nearly), and a list of them says nothing.
     */
    static boolean repeats(KeyStats k) {
        List<ValueCount> top = k.values().top();
        if (top.isEmpty() || top.get(0).count() < 2) {
            return false;
        }
        // Tags repeat by nature, even when most are used once; a scalar key must mostly repeat.
        return k.name().equals("[]") || k.values().distinct() <= Math.max(2, k.present() / 2);
    }

    /** 9,746 */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 99.9, or <0.1 for a share too small to show as 0.0 */
    static String percent(double p) {
        return p > 0 && p < 0.05 ? "<0.1" : String.format(Locale.ROOT, "%.1f", p);
    }
}
