package dev.fmlint.schema;

import dev.fmlint.spi.Messages;

/** How a message names the place it is about. */
enum PathStyle {
    /** {@code tags[2]: …} for front matter, where people think in keys; nothing for the top level. */
    KEY_PATH {
        @Override
        String name(JsonPointer pointer, JsonInstance instance) {
            return pointer.isRoot() ? "the front matter" : instance.path(pointer);
        }

        @Override
        String prefix(JsonPointer pointer, JsonInstance instance) {
            return pointer.isRoot() ? "" : name(pointer, instance) + ": ";
        }
    },
    /** {@code at /properties/title/minLength: …} for schema files, where JSON pointers are the norm. */
    POINTER {
        @Override
        String name(JsonPointer pointer, JsonInstance instance) {
            return pointer.isRoot() ? "the top level" : Messages.quote(pointer.toString());
        }

        @Override
        String prefix(JsonPointer pointer, JsonInstance instance) {
            return "at " + name(pointer, instance) + ": ";
        }
    };

    /** The place on its own: {@code tags[0]}, {@code /properties/tags}. */
    abstract String name(JsonPointer pointer, JsonInstance instance);

    /** What goes in front of a message about the place, separator included. */
    abstract String prefix(JsonPointer pointer, JsonInstance instance);

    String message(Violation violation, JsonInstance instance) {
        return prefix(violation.subject(), instance) + violation.detail();
    }
}
