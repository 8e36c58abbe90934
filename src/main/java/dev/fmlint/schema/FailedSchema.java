package dev.fmlint.schema;

import java.util.Objects;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;

/** The schema a violation really comes from, which {@link ValidationException#getViolatedSchema} can hide. */
final class FailedSchema {
    private FailedSchema() {}

    /**
     * everit reports a value that fails {@code "additionalProperties": {schema}} with the enclosing object's
     * schema as the violated one ({@code ObjectSchemaValidatingVisitor} calls {@code prepend(name, schema)}),
     * so {@code {"type": "string"}} there would read as "expected an object". Such a failure's schema
     * location is not the object schema's own; then the additional-properties schema is the one that failed.
     */
    static Schema of(ValidationException e) {
        Schema schema = e.getViolatedSchema();
        if (schema instanceof ObjectSchema object && object.getSchemaOfAdditionalProperties() != null
                && !Objects.equals(e.getSchemaLocation(), object.getSchemaLocation())) {
            return referred(object.getSchemaOfAdditionalProperties());
        }
        return schema;
    }

    /** The schema behind any chain of {@code $ref}s. */
    static Schema referred(Schema schema) {
        Schema s = schema;
        // Bounded: a loop of bare references is refused at load (ReferenceCycles), but never trust that here.
        for (int i = 0; i < 32 && s instanceof ReferenceSchema ref && ref.getReferredSchema() != null; i++) {
            s = ref.getReferredSchema();
        }
        return s;
    }
}
