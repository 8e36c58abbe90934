package dev.fmlint.spi;

/**
 * What the second step of a {@link CrossFileRule} sees: the project's files, and where to report. One per
 * rule and run, used on one thread.
 */
public interface RunContext extends ProjectFiles {
    /** Reports a finding on one of the run's files. */
    void report(CrossFileRule.Collected<?> file, Location where, String message);
}
