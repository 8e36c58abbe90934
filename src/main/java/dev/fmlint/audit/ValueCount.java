package dev.fmlint.audit;

/** How often one value was seen. */
public record ValueCount(ScalarValue value, long count) {}
