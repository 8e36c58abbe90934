package dev.fmlint.audit;

import dev.fmlint.config.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds keys that look like misspellings of common keys: used in few files, within "did you mean" distance
 * of a key used in many more files, and seldom in the same file as it.
 */
final class TypoFinder {
    /** A key in at most this share of the headers (or in 2 files, whichever is more) counts as rare. */
    static final double RARE_SHARE = 0.01;
    /** The common key must be in this many times as many files as the rare one... */
    static final int MIN_RATIO = 5;
    /** ...and in at least this many files. */
    static final int MIN_COMMON_FILES = 3;

    private TypoFinder() {}

    /**
     * @param keys        the top-level keys, each with the number of files it is in
     * @param headers     files with front matter
     * @param pairs       how often similar keys share a file
     */
    static List<SuspectedTypo> find(List<KeyStats> keys, long headers, KeyPairs pairs) {
        long rareLimit = Math.max(2, (long) Math.floor(headers * RARE_SHARE));
        List<SuspectedTypo> found = new ArrayList<>();
        for (KeyStats rare : keys) {
            if (rare.present() > rareLimit || rare.name().equals("$schema")
                    || rare.name().length() > KeyPairs.MAX_KEY_LENGTH) {
                continue;
            }
            // Compared in lower case, so that URL beside url is one edit apart, not three.
            Map<String, KeyStats> common = new LinkedHashMap<>();
            for (KeyStats k : keys) {
                if (k != rare && k.name().length() <= KeyPairs.MAX_KEY_LENGTH
                        && k.present() >= Math.max(MIN_COMMON_FILES, MIN_RATIO * rare.present())
                        && plausible(rare.name(), k.name())
                        && 2 * pairs.together(rare.name(), k.name()) < rare.present()) {
                    common.putIfAbsent(lower(k.name()), k);
                }
            }
            Suggestions.closest(lower(rare.name()), common.keySet()).map(common::get).ifPresent(s -> found.add(
                    new SuspectedTypo(rare.name(), rare.present(), rare.examples(), s.name(), s.present())));
        }
        found.sort(java.util.Comparator.comparingLong(SuspectedTypo::files).thenComparing(SuspectedTypo::key));
        return found;
    }

    /**
     * Two edits turn any two-letter key into any other, so short keys only count as typos of keys they are
     * a case variant, prefix or extension of ({@code tag} and {@code tags}, {@code URL} and {@code url}).
     */
    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    static boolean plausible(String rare, String common) {
        if (rare.codePointCount(0, rare.length()) >= 4 && common.codePointCount(0, common.length()) >= 4) {
            return true;
        }
        String a = lower(rare);
        String b = lower(common);
        return a.equals(b) || a.startsWith(b) || b.startsWith(a);
    }
}
