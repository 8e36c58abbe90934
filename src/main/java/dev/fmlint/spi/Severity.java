package dev.fmlint.spi;

import java.util.Locale;

/** How much a finding matters. Errors fail a run; warnings fail it only past {@code --max-warnings}. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in reports and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
