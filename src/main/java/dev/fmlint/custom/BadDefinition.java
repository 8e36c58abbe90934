package dev.fmlint.custom;

import dev.fmlint.source.Span;

/** A problem in a custom rule definition, at a place in the file that defines it. */
final class BadDefinition extends Exception {
    private final transient Span span;

    BadDefinition(Span span, String message) {
        super(message);
        this.span = span;
    }

    Span span() {
        return span;
    }
}
