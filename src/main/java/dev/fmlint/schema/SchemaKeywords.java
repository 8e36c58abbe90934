package dev.fmlint.schema;

import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;

/** Walks a schema document's keywords, skipping values that are data rather than schemas. */
final class SchemaKeywords {
    /** Keywords whose values are data: a {@code "pattern"} or {@code "$ref"} key inside them is just a value. */
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples");

    /** Sees one keyword and its value. */
    @FunctionalInterface
    interface Visitor {
        void keyword(String key, Object value, JsonPointer at) throws SchemaLoadException;
    }

    private SchemaKeywords() {}

    /** Visits every key of every object in the document, in a stable order. */
    static void walk(JSONObject document, Visitor visitor) throws SchemaLoadException {
        walk(document, JsonPointer.ROOT, visitor);
    }

    private static void walk(Object node, JsonPointer at, Visitor visitor) throws SchemaLoadException {
        if (node instanceof JSONArray array) {
            for (int i = 0; i < array.length(); i++) {
                walk(array.get(i), at.child(String.valueOf(i)), visitor);
            }
        } else if (node instanceof JSONObject object) {
            for (String key : object.keySet().stream().sorted().toList()) {
                visitor.keyword(key, object.get(key), at.child(key));
                if (!DATA.contains(key)) {
                    walk(object.get(key), at.child(key), visitor);
                }
            }
        }
    }
}
