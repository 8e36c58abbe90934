package dev.fmlint.schema;

import dev.fmlint.spi.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;

/**
 * Violations about the keys of one mapping: {@code required}, {@code additionalProperties: false} and
 * property {@code dependencies}. everit raises one exception per key but names the key only inside its
 * message text, so the keys are worked out from the violated schema and the instance instead, once per
 * mapping and schema. One instance serves one pass over one exception tree.
 */
final class KeyViolations {
    static final String MISSING = "missing required key \"%s\"";
    static final String UNKNOWN = "unknown key \"%s\" is not allowed by the schema";
    static final String DID_YOU_MEAN = "; did you mean \"%s\"?";
    static final String DEPENDENT = "key \"%s\" is required when key \"%s\" is present";

    private final JsonInstance instance;
    /** What was reported, per schema by identity: a recursive schema's hashCode() recurses forever. */
    private final Map<Schema, Set<String>> done = new IdentityHashMap<>();

    KeyViolations(JsonInstance instance) {
        this.instance = instance;
    }

    /** Every missing key, each pointing at the mapping that lacks it. */
    List<Violation> required(ValidationException e, JsonPointer at) {
        if (!(FailedSchema.of(e) instanceof ObjectSchema schema)) {
            return unexplained(e, at);
        }
        if (!firstTime(schema, "required" + at)) {
            return List.of();
        }
        Set<String> present = instance.keysAt(at);
        List<Violation> out = new ArrayList<>();
        for (String key : schema.getRequiredProperties()) {
            if (!present.contains(key)) {
                out.add(new Violation(at, Violation.Target.PARENT, MISSING.formatted(Messages.quote(key))));
            }
        }
        return out.isEmpty() ? unexplained(e, at) : out;
    }

    /** Every key the schema does not allow, each pointing at the key, with a suggestion when one is close. */
    List<Violation> unknown(ValidationException e, JsonPointer at) {
        Optional<List<Pattern>> patterns = FailedSchema.of(e) instanceof ObjectSchema s ? patterns(s) : Optional.empty();
        if (patterns.isEmpty()) {
            return unexplained(e, at);
        }
        ObjectSchema schema = (ObjectSchema) FailedSchema.of(e);
        if (!firstTime(schema, "additionalProperties" + at)) {
            return List.of();
        }
        Set<String> present = instance.keysAt(at);
        List<String> known = new ArrayList<>(schema.getPropertySchemas().keySet());
        known.removeAll(present); // a key that is there already is not what a typo meant
        List<Violation> out = new ArrayList<>();
        for (String key : present.stream().sorted().toList()) {
            if (!schema.getPropertySchemas().containsKey(key) && patterns.get().stream().noneMatch(p -> p.matcher(key).find())) {
                String message = UNKNOWN.formatted(Messages.quote(key)) + KeySuggestion.closest(key, known)
                        .map(s -> DID_YOU_MEAN.formatted(Messages.quote(s))).orElse("");
                out.add(new Violation(at.child(key), Violation.Target.KEY, message));
            }
        }
        return out.isEmpty() ? unexplained(e, at) : out;
    }

    /** Every key a present key depends on, pointing at the key that needs it. */
    List<Violation> dependencies(ValidationException e, JsonPointer at) {
        if (!(FailedSchema.of(e) instanceof ObjectSchema schema)) {
            return unexplained(e, at);
        }
        if (!firstTime(schema, "dependencies" + at)) {
            return List.of();
        }
        Set<String> present = instance.keysAt(at);
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> dependency : schema.getPropertyDependencies().entrySet()) {
            if (present.contains(dependency.getKey())) {
                for (String needed : dependency.getValue().stream().sorted().filter(k -> !present.contains(k)).toList()) {
                    out.add(new Violation(at.child(dependency.getKey()), Violation.Target.KEY,
                            DEPENDENT.formatted(Messages.quote(needed), Messages.quote(dependency.getKey()))));
                }
            }
        }
        return out.isEmpty() ? unexplained(e, at) : out;
    }

    private boolean firstTime(Schema schema, String what) {
        return done.computeIfAbsent(schema, s -> new HashSet<>()).add(what);
    }

    /**
     * A failure the schema and the instance cannot account for (everit named another schema than the one
     * that failed) is still reported, generically, rather than lost.
     */
    private static List<Violation> unexplained(ValidationException e, JsonPointer at) {
        return List.of(new Violation(at, Violation.Target.VALUE, KeywordMessages.detail(e, null)));
    }

    /**
     * {@code getPatternProperties()} is deprecated for handing out java.util.regex copies of the RE2J
     * patterns, but it is the only public view of them; the meta-schema has checked they compile in Java.
     */
    @SuppressWarnings("deprecation")
    private static Optional<List<Pattern>> patterns(ObjectSchema schema) {
        try {
            return Optional.of(List.copyOf(schema.getPatternProperties().keySet()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
