package dev.fmlint.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/**
 * Finds {@code $ref} loops that never reach a check, such as {@code {"$ref": "#"}} or {@code a → b → a}.
 * everit loads them and then overflows the stack on every document. A reference that first steps into a
 * property or an item ({@code "properties": {"child": {"$ref": "#"}}}) is fine: each step consumes part
 * of the document, so only edges that re-check the same value ({@code $ref}, {@code allOf/anyOf/oneOf},
 * {@code not}, {@code if/then/else}, schema dependencies) can loop.
 *
 * <p>Schemas are compared by identity: everit's {@code hashCode()} itself recurses forever on such graphs.
 */
final class ReferenceCycles {
    private ReferenceCycles() {}

    /** The {@code $ref} values around the first loop found, the first repeated at the end; or empty. */
    static Optional<List<String>> find(Schema root) {
        return new Search().run(root);
    }

    private static final class Search {
        private final Map<Schema, Boolean> seen = new IdentityHashMap<>();
        private final Map<Schema, Boolean> finished = new IdentityHashMap<>();
        private final Map<Schema, Integer> onPath = new IdentityHashMap<>();
        private final List<Schema> path = new ArrayList<>();

        Optional<List<String>> run(Schema root) {
            Deque<Schema> work = new ArrayDeque<>(List.of(root));
            while (!work.isEmpty()) {
                Schema schema = work.pop();
                if (seen.put(schema, Boolean.TRUE) != null) {
                    continue;
                }
                Optional<List<String>> loop = loopFrom(schema);
                if (loop.isPresent()) {
                    return loop;
                }
                children(schema).forEach(work::push);
            }
            return Optional.empty();
        }

        /** Depth-first over same-value edges; recursion depth is bounded by the schema's size. */
        private Optional<List<String>> loopFrom(Schema schema) {
            if (finished.containsKey(schema)) {
                return Optional.empty();
            }
            Integer start = onPath.get(schema);
            if (start != null) {
                return Optional.of(labels(path.subList(start, path.size())));
            }
            onPath.put(schema, path.size());
            path.add(schema);
            for (Schema next : sameValue(schema)) {
                Optional<List<String>> loop = loopFrom(next);
                if (loop.isPresent()) {
                    return loop;
                }
            }
            path.remove(path.size() - 1);
            onPath.remove(schema);
            finished.put(schema, Boolean.TRUE);
            return Optional.empty();
        }

        private static List<String> labels(List<Schema> loop) {
            List<String> refs = new ArrayList<>();
            for (Schema s : loop) {
                if (s instanceof ReferenceSchema ref) {
                    refs.add(ref.getReferenceValue());
                }
            }
            if (!refs.isEmpty()) {
                refs.add(refs.get(0));
            }
            return refs;
        }
    }

    /** Subschemas that validate the very same value as their parent. */
    private static List<Schema> sameValue(Schema schema) {
        List<Schema> out = new ArrayList<>();
        if (schema instanceof ReferenceSchema ref) {
            out.add(ref.getReferredSchema());
        } else if (schema instanceof CombinedSchema combined) {
            out.addAll(combined.getSubschemas());
        } else if (schema instanceof NotSchema not) {
            out.add(not.getMustNotMatch());
        } else if (schema instanceof ConditionalSchema conditional) {
            conditional.getIfSchema().ifPresent(out::add);
            conditional.getThenSchema().ifPresent(out::add);
            conditional.getElseSchema().ifPresent(out::add);
        } else if (schema instanceof ObjectSchema object) {
            out.addAll(object.getSchemaDependencies().values());
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    /** Every direct subschema, for visiting the whole graph. */
    @SuppressWarnings("deprecation") // getPatternProperties(): the only public view of those subschemas
    private static List<Schema> children(Schema schema) {
        List<Schema> out = new ArrayList<>(sameValue(schema));
        if (schema instanceof ObjectSchema object) {
            out.addAll(object.getPropertySchemas().values());
            out.add(object.getSchemaOfAdditionalProperties());
            out.add(object.getPropertyNameSchema());
            try {
                out.addAll(object.getPatternProperties().values());
            } catch (RuntimeException e) {
                // everit recompiles the patterns with java.util.regex here; the meta-schema has already
                // required them to be valid Java patterns, so this is only a guard.
            }
        } else if (schema instanceof ArraySchema array) {
            out.add(array.getAllItemSchema());
            if (array.getItemSchemas() != null) {
                out.addAll(array.getItemSchemas());
            }
            out.add(array.getSchemaOfAdditionalItems());
            out.add(array.getContainedItemSchema());
        }
        out.removeIf(Objects::isNull);
        return out;
    }
}
