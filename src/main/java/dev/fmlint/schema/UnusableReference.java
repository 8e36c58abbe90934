package dev.fmlint.schema;

/**
 * Thrown from inside everit's loader (whose {@code SchemaClient} cannot throw checked exceptions) when a
 * {@code $ref} names something fmlint will not or cannot read; {@link SchemaCompiler} turns it back into a
 * {@link SchemaLoadException}.
 */
final class UnusableReference extends RuntimeException {
    private final boolean complete;

    private UnusableReference(String message, boolean complete) {
        super(message);
        this.complete = complete;
    }

    /** A reference that is never followed; the message still needs the referring schema's name. */
    static UnusableReference refused(String message) {
        return new UnusableReference(message, false);
    }

    /** A referenced schema that failed to load; its message already names it. */
    static UnusableReference failed(SchemaLoadException cause) {
        return new UnusableReference(cause.getMessage(), true);
    }

    /** Whether the message names its schema already. */
    boolean complete() {
        return complete;
    }
}
