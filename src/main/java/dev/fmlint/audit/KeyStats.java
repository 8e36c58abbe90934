package dev.fmlint.audit;

import java.util.List;
import java.util.Map;

/**
 * What the corpus holds under one key path, as counted: a snapshot, immutable once the scan is done.
 *
 * @param name          the key ({@code title}); {@code []} for the items of a list
 * @param path          the key's place for people: {@code title}, {@code author.name}, {@code tags[]}
 * @param present       how often the path holds a value: for a top-level key, the number of files that have
 *                      it; for a nested key, of the mappings that have it; for list items, the number of items
 * @param kinds         how many of those values are of each kind, in {@link ValueKind} order
 * @param values        the scalar values: distinct count and the most common ones
 * @param text          the string values (dates included), or null when there were none
 * @param lists         the list values, or null when there were none
 * @param items         the items of those lists, or null
 * @param mappings      how many values were mappings
 * @param properties    the keys of those mappings (for the root: the top-level keys), most used first
 * @param untrackedKeys keys not tracked because a mapping path had too many distinct keys
 * @param examples      the first few files the path was seen in, in scan order
 */
public record KeyStats(String name, String path, long present, Map<ValueKind, Long> kinds, Values values, Text text,
                       Lists lists, KeyStats items, long mappings, List<KeyStats> properties, long untrackedKeys,
                       List<String> examples) {
    public KeyStats {
        kinds = Map.copyOf(kinds);
        properties = List.copyOf(properties);
        examples = List.copyOf(examples);
    }

    public long kind(ValueKind kind) {
        return kinds.getOrDefault(kind, 0L);
    }

    /** Scalar values seen (for a list key, of its items: see {@link #items}). */
    public record Values(long distinct, boolean capped, List<ValueCount> top) {
        public Values {
            top = List.copyOf(top);
        }
    }

    /**
     * @param count  string values, dates included
     * @param empty  empty strings among them
     * @param shapes how many strings have each recognisable form
     */
    public record Text(long count, long empty, Lengths lengths, Map<StringShape, Long> shapes) {
        public Text {
            shapes = Map.copyOf(shapes);
        }

        public long shape(StringShape shape) {
            return shapes.getOrDefault(shape, 0L);
        }
    }

    /**
     * @param count          list values
     * @param empty          empty lists
     * @param withDuplicates lists holding the same scalar twice
     */
    public record Lists(long count, long empty, long withDuplicates, int minItems, int maxItems) {}
}
