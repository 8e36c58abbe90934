package dev.fmlint.config;

import dev.fmlint.spi.Severity;
import java.util.Locale;

/** A rule's level as configured: off, a severity, or the rule's own default severity. */
public enum Level {
    OFF,
    WARNING,
    ERROR,
    DEFAULT;

    /** The severity this level gives a rule whose default is {@code fallback}; null when off. */
    public Severity severity(Severity fallback) {
        return switch (this) {
            case OFF -> null;
            case WARNING -> Severity.WARNING;
            case ERROR -> Severity.ERROR;
            case DEFAULT -> fallback;
        };
    }

    /** Parses {@code off}, {@code warning} or {@code error}; null for anything else. */
    public static Level parse(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "off" -> OFF;
            case "warning" -> WARNING;
            case "error" -> ERROR;
            default -> null;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
