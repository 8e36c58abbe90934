package dev.fmlint.audit;

/**
 * The heading structure over the corpus.
 *
 * @param parsed files whose body was parsed (every readable file with a usable header or none)
 */
public record HeadingSummary(long parsed, FileSample noH1, FileSample multipleH1, FileSample skippedLevels) {}
