package dev.fmlint.spi;

import dev.fmlint.source.Span;

/**
 * A problem found in one file, before configuration gives it a severity.
 *
 * @param fix a proposed fix, or null
 */
public record Finding(String ruleId, Span span, String message, Fix fix) {
    public Finding {
        if (ruleId == null || span == null || message == null) {
            throw new IllegalArgumentException("a finding needs a rule id, a span and a message");
        }
    }

    public Finding(String ruleId, Span span, String message) {
        this(ruleId, span, message, null);
    }
}
