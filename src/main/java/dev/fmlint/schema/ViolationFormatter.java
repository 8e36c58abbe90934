package dev.fmlint.schema;

import dev.fmlint.spi.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Turns everit's tree of {@link ValidationException}s into one {@link Violation} per problem.
 *
 * <p>Wrappers ("3 schema violations found"), {@code allOf} and {@code if/then/else} are flattened.
 * {@code anyOf}/{@code oneOf} become one summary (see {@link Alternatives}); missing, unknown and dependent
 * keys are worked out by {@link KeyViolations}.
 */
final class ViolationFormatter {
    static final String DUPLICATE = "%s is a duplicate of %s; items must be unique";
    static final String NOT_UNIQUE = "items must be unique";
    static final String FALSE_KEY = "key \"%s\" is not allowed by the schema";
    static final String FALSE_VALUE = "no value is allowed here by the schema";
    static final String PROPERTY_NAME = "key \"%s\" is not an allowed name: %s";

    private final PathStyle style;

    ViolationFormatter(PathStyle style) {
        this.style = style;
    }

    List<Violation> format(ValidationException root, JsonInstance instance) {
        Walk walk = new Walk(instance);
        walk.collect(root);
        return walk.out;
    }

    /** One pass over one exception tree; the state lives here so the formatter stays shareable. */
    private final class Walk {
        final JsonInstance instance;
        final List<Violation> out = new ArrayList<>();
        final KeyViolations keys;

        Walk(JsonInstance instance) {
            this.instance = instance;
            this.keys = new KeyViolations(instance);
        }

        void collect(ValidationException e) {
            String keyword = e.getKeyword() == null ? "" : e.getKeyword();
            JsonPointer at = JsonPointer.parse(e.getPointerToViolation());
            if (!e.getCausingExceptions().isEmpty() && !keyword.equals("anyOf") && !keyword.equals("oneOf")) {
                e.getCausingExceptions().forEach(this::collect);
                return;
            }
            switch (keyword) {
                case "anyOf", "oneOf" -> new Alternatives(instance, style, this::subWalk).summarize(e, at)
                        .forEach(this::add);
                case "required" -> keys.required(e, at).forEach(this::add);
                case "additionalProperties" -> keys.unknown(e, at).forEach(this::add);
                case "dependencies" -> keys.dependencies(e, at).forEach(this::add);
                case "uniqueItems" -> duplicates(at);
                case "false" -> falseSchema(at);
                default -> leaf(e, at);
            }
        }

        private void add(Violation v) {
            out.add(v);
        }

        private List<Violation> subWalk(ValidationException e) {
            Walk walk = new Walk(instance);
            walk.collect(e);
            return walk.out;
        }

        private void leaf(ValidationException e, JsonPointer at) {
            Object value = instance.at(at).orElse(null);
            if (isPropertyName(e, at, value)) {
                String key = at.last();
                String detail = KeywordMessages.detail(e, key);
                String quoted = "\"" + Messages.quote(key) + "\"";
                // "key "A1" does not match …" reads better than "key "A1" is not an allowed name: "A1" does not …".
                String message = detail.startsWith(quoted) ? "key " + detail
                        : PROPERTY_NAME.formatted(Messages.quote(key), detail);
                add(new Violation(at, Violation.Target.KEY, message));
                return;
            }
            add(new Violation(at, Violation.Target.VALUE, KeywordMessages.detail(e, value)));
        }

        /**
         * {@code propertyNames} failures point at the entry whose key fails, but they are about the key.
         * everit says so only through the schema location; a string keyword failing on a non-string value
         * can also only be about the key.
         */
        private boolean isPropertyName(ValidationException e, JsonPointer at, Object value) {
            if (at.isRoot() || !(instance.at(at.parent()).orElse(null) instanceof JSONObject)) {
                return false;
            }
            String location = e.getSchemaLocation();
            if (location != null && location.endsWith("/propertyNames")) {
                return true;
            }
            return Set.of("pattern", "minLength", "maxLength", "format").contains(String.valueOf(e.getKeyword()))
                    && !(value instanceof String);
        }

        /** Names every repeated item at its own position, each pointing back at its first occurrence. */
        private void duplicates(JsonPointer at) {
            if (!(instance.at(at).orElse(null) instanceof JSONArray array)) {
                add(new Violation(at, Violation.Target.VALUE, NOT_UNIQUE));
                return;
            }
            boolean found = false;
            for (int j = 1; j < array.length(); j++) {
                for (int i = 0; i < j; i++) {
                    if (JsonEquality.same(array.get(i), array.get(j))) {
                        String first = style.name(at.child(String.valueOf(i)), instance);
                        add(new Violation(at.child(String.valueOf(j)), Violation.Target.VALUE,
                                DUPLICATE.formatted(ValueText.literal(array.get(j)), first)));
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                add(new Violation(at, Violation.Target.VALUE, NOT_UNIQUE));
            }
        }

        private void falseSchema(JsonPointer at) {
            if (!at.isRoot() && instance.at(at.parent()).orElse(null) instanceof JSONObject) {
                add(new Violation(at, Violation.Target.KEY, FALSE_KEY.formatted(Messages.quote(at.last()))));
            } else {
                add(new Violation(at, Violation.Target.VALUE, FALSE_VALUE));
            }
        }
    }
}
