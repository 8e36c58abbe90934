package dev.fmlint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a run in one output format. A reporter writes findings only: banners, progress and timing belong to
 * the caller and go to standard error. Implementations hold no state between runs and print deterministically
 * (stable order, no timestamps), so the same run always gives the same bytes.
 */
public interface Reporter {
    void write(RunResult run, Writer out) throws IOException;
}
