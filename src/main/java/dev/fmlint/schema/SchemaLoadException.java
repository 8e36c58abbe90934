package dev.fmlint.schema;

/** A schema that cannot be used: missing, not JSON, not a valid schema, or pointing at the network. */
public final class SchemaLoadException extends Exception {
    public SchemaLoadException(String message) {
        super(message);
    }
}
