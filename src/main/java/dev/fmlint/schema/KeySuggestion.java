package dev.fmlint.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known key an unknown key was probably meant to be ({@code tilte} → {@code title}). */
final class KeySuggestion {
    private static final int MAX_DISTANCE = 2;

    private KeySuggestion() {}

    /**
     * The closest candidate within two edits (a swap of neighbours is one edit), ignoring case; the first
     * in iteration order wins a tie. A suggestion must also be close relative to the key's length, or any
     * two short keys ({@code x}, {@code a}) would look alike.
     */
    static Optional<String> closest(String key, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = key.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int longer = Math.max(ValueText.length(key), ValueText.length(candidate));
            if (Math.abs(ValueText.length(key) - ValueText.length(candidate)) > MAX_DISTANCE) {
                continue; // the distance is at least the difference in length; skip the quadratic work
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d <= MAX_DISTANCE && d * 3 <= longer && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
