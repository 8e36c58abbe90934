package dev.fmlint.audit;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Strings that are YAML mistakes rather than text, so that an inferred schema describes what the writers
 * meant and a check reports the slips. fmlint types values by YAML 1.2's JSON rules, under which
 * {@code draft: yes} is a string (YAML 1.1 and many site generators read a boolean), and {@code tags: a, b}
 * is one string, not a list.
 */
final class YamlTraps {
    /** The words YAML 1.1 reads as booleans and YAML 1.2 as strings. */
    private static final Set<String> BOOLEAN_WORDS = Set.of("y", "yes", "n", "no", "on", "off", "true", "false");

    private YamlTraps() {}

    /** Every string value of the key is a YAML 1.1 boolean word: the key is meant to be a boolean. */
    static boolean booleanWords(KeyStats key) {
        return allStrings(key, s -> BOOLEAN_WORDS.contains(s.toLowerCase(Locale.ROOT)));
    }

    /**
     * The key holds lists at least as often as strings, and every string has a comma: those are lists written
     * as one comma-separated string.
     */
    static boolean commaLists(KeyStats key) {
        long strings = key.kind(ValueKind.STRING) + key.kind(ValueKind.DATE);
        return key.kind(ValueKind.LIST) >= strings && allStrings(key, s -> s.contains(","));
    }

    /** Whether the key has string values, all counted, and all pass the test. */
    private static boolean allStrings(KeyStats key, java.util.function.Predicate<String> test) {
        if (key.text() == null || key.values().capped()) {
            return false;
        }
        List<ValueCount> strings = key.values().top().stream().filter(v -> v.value().isString()).toList();
        long counted = strings.stream().mapToLong(ValueCount::count).sum();
        return counted == key.text().count() && strings.stream().allMatch(v -> test.test(v.value().text()));
    }
}
