package dev.fmlint.schema;

/**
 * One schema violation, described but not yet placed in a file.
 *
 * @param pointer where it is: the offending value; for {@link Target#KEY} the key's entry (its parent
 *                mapping plus the key as last token); for {@link Target#PARENT} the mapping that lacks a key
 * @param target  what a report should point at
 * @param detail  the message without the key path in front of it
 */
record Violation(JsonPointer pointer, Target target, String detail) {

    enum Target {
        /** The value at the pointer. */
        VALUE,
        /** The key of the entry the pointer names, not its value (unknown keys, names the schema forbids). */
        KEY,
        /** The mapping at the pointer, when the problem is something it lacks (a required key). */
        PARENT
    }

    /** The pointer of the thing the message is about: a key's problem is a problem of its mapping. */
    JsonPointer subject() {
        return target == Target.KEY ? pointer.parent() : pointer;
    }
}
