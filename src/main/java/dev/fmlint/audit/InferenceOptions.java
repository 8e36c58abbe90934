package dev.fmlint.audit;

/**
 * How {@code fmlint init} turns counts into schema keywords.
 *
 * @param requiredShare     a key in at least this share of the headers (of its parent mappings, when nested)
 *                          is required
 * @param enumMaxValues     a string key with at most this many distinct values (outliers left out) gets an enum
 * @param enumMinCount      ...if it has at least this many values: below that, a few values are a sample, not
 *                          a closed set
 * @param outlierShare      a type, form or value seen in less than this share of a key's values is an outlier:
 *                          left out of the schema, so the files that have it are reported
 * @param allowUnknownKeys  whether keys the schema does not list are allowed at the top level
 */
public record InferenceOptions(double requiredShare, int enumMaxValues, int enumMinCount, double outlierShare,
                               boolean allowUnknownKeys) {
    public static final InferenceOptions DEFAULTS = new InferenceOptions(0.95, 10, 20, 0.01, false);
    /** Enums are taken from the most common values the scan keeps per key. */
    public static final int MAX_ENUM_VALUES = 20;

    public InferenceOptions {
        if (!(requiredShare > 0 && requiredShare <= 1)) {
            throw new IllegalArgumentException("the required share must be above 0 and at most 1, got " + requiredShare);
        }
        if (enumMaxValues < 0 || enumMaxValues > MAX_ENUM_VALUES) {
            throw new IllegalArgumentException("the enum size must be from 0 (no enums) to " + MAX_ENUM_VALUES
                    + ", got " + enumMaxValues);
        }
        if (enumMinCount < 1) {
            throw new IllegalArgumentException("the enum minimum count must be at least 1, got " + enumMinCount);
        }
        if (!(outlierShare >= 0 && outlierShare < 0.5)) {
            throw new IllegalArgumentException("the outlier share must be from 0 to below 0.5, got " + outlierShare);
        }
    }
}
