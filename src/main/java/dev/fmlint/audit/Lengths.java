package dev.fmlint.audit;

/** A length distribution in Unicode code points: min, median, 90th percentile (nearest rank) and max. */
public record Lengths(int min, int median, int p90, int max) {
    public Lengths {
        if (min < 0 || min > median || median > p90 || p90 > max) {
            throw new IllegalArgumentException("not a distribution: " + min + " " + median + " " + p90 + " " + max);
        }
    }
}
