package dev.fmlint.audit;

import dev.fmlint.spi.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counters behind one {@link KeyStats}, filled one value at a time. Not thread-safe: the scan folds
 * files into it on one thread, in file order. Each value is counted and dropped, so memory depends on the
 * number of distinct keys and values (both capped), not on the number of files.
 */
final class PathStats {
    /** Distinct values counted exactly per path; a corpus of 10,000 files rarely has more, except free text. */
    static final int MAX_VALUES = 100_000;
    /** Distinct keys tracked per mapping path, so that generated keys cannot grow the tree without end. */
    static final int MAX_KEYS = 2_000;
    /** Files remembered per path, to show where a rare key is. */
    static final int EXAMPLES = 3;
    /** Strings longer than this are counted for their length but not as values: they are never categories. */
    static final int MAX_VALUE_CODE_POINTS = 200;

    private final String name;
    private final String path;
    private final ValueCounter values = new ValueCounter(MAX_VALUES);
    private final EnumMap<ValueKind, long[]> kinds = new EnumMap<>(ValueKind.class);
    private final LengthHistogram lengths = new LengthHistogram();
    private final EnumMap<StringShape, long[]> shapes = new EnumMap<>(StringShape.class);
    private final List<String> examples = new ArrayList<>(EXAMPLES);
    private long present;
    private long strings;
    private long emptyStrings;
    private long lists;
    private long emptyLists;
    private long listsWithDuplicates;
    private int minItems = Integer.MAX_VALUE;
    private int maxItems;
    private PathStats items;
    private long mappings;
    private Map<String, PathStats> properties;
    private long untrackedKeys;

    PathStats(String name, String path) {
        this.name = name;
        this.path = path;
    }

    /** Counts one value found at this path in {@code file}. */
    void add(YamlNode node, String file) {
        present++;
        if (examples.size() < EXAMPLES && (examples.isEmpty() || !examples.get(examples.size() - 1).equals(file))) {
            examples.add(file);
        }
        ValueKind kind = ValueKind.of(node);
        kinds.computeIfAbsent(kind, k -> new long[1])[0]++;
        if (node instanceof YamlNode.Scalar s) {
            scalar(s, kind);
        } else if (node instanceof YamlNode.Sequence seq) {
            list(seq, file);
        } else {
            mapping((YamlNode.Mapping) node, file);
        }
    }

    private void scalar(YamlNode.Scalar s, ValueKind kind) {
        Object value = s.value();
        if (value instanceof String text) {
            strings++;
            if (text.isEmpty()) {
                emptyStrings++;
            }
            lengths.add(text);
            for (StringShape shape : StringShape.values()) {
                if (shape.matches(text)) {
                    shapes.computeIfAbsent(shape, k -> new long[1])[0]++;
                }
            }
            if (text.length() <= MAX_VALUE_CODE_POINTS * 2
                    && text.codePointCount(0, text.length()) <= MAX_VALUE_CODE_POINTS) {
                values.add(new ScalarValue(kind, text));
            }
        } else {
            values.add(new ScalarValue(kind, value == null ? "null"
                    : value instanceof BigDecimal d ? d.toString() : String.valueOf(value)));
        }
    }

    private void list(YamlNode.Sequence seq, String file) {
        lists++;
        int size = seq.items().size();
        if (size == 0) {
            emptyLists++;
        }
        minItems = Math.min(minItems, size);
        maxItems = Math.max(maxItems, size);
        if (items == null) {
            items = new PathStats("[]", path + "[]");
        }
        Set<Object> seen = new HashSet<>();
        boolean duplicate = false;
        for (YamlNode item : seq.items()) {
            items.add(item, file);
            if (item instanceof YamlNode.Scalar s && !seen.add(s.value() == null ? "\0null" : s.value())) {
                duplicate = true;
            }
        }
        if (duplicate) {
            listsWithDuplicates++;
        }
    }

    private void mapping(YamlNode.Mapping m, String file) {
        mappings++;
        if (properties == null) {
            properties = new LinkedHashMap<>();
        }
        for (YamlNode.Entry e : m.entries()) {
            PathStats child = properties.get(e.key());
            if (child == null) {
                if (properties.size() >= MAX_KEYS) {
                    untrackedKeys++;
                    continue;
                }
                child = new PathStats(e.key(), path.isEmpty() ? e.key() : path + "." + e.key());
                properties.put(e.key(), child);
            }
            child.add(e.value(), file);
        }
    }

    /** The counts as an immutable snapshot; {@code top} values are kept per path. */
    KeyStats snapshot(int top) {
        Map<ValueKind, Long> kindCounts = new EnumMap<>(ValueKind.class);
        kinds.forEach((k, v) -> kindCounts.put(k, v[0]));
        Map<StringShape, Long> shapeCounts = new EnumMap<>(StringShape.class);
        shapes.forEach((k, v) -> shapeCounts.put(k, v[0]));
        KeyStats.Text text = strings == 0 ? null
                : new KeyStats.Text(strings, emptyStrings, lengths.summary(), shapeCounts);
        KeyStats.Lists listStats = lists == 0 ? null
                : new KeyStats.Lists(lists, emptyLists, listsWithDuplicates, minItems, maxItems);
        List<KeyStats> children = properties == null ? List.of() : properties.values().stream()
                .map(p -> p.snapshot(top))
                .sorted(Comparator.comparingLong(KeyStats::present).reversed().thenComparing(KeyStats::name))
                .toList();
        return new KeyStats(name, path, present, kindCounts,
                new KeyStats.Values(values.distinct(), values.capped(), values.top(top)), text, listStats,
                items == null ? null : items.snapshot(top), mappings, children, untrackedKeys, examples);
    }
}
