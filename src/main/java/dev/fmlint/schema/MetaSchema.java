package dev.fmlint.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;

/**
 * The draft-07 meta-schema shipped in the jar (see {@code fmlint/meta/SOURCE.md}). everit does not check
 * a schema before using it: {@code {"minLength": -1}} and {@code {"multipleOf": 0}} load silently, so every
 * schema document is validated against this first. Immutable once built.
 */
final class MetaSchema {
    static final String RESOURCE = "/fmlint/meta/json-schema-draft-07.json";
    private static final int MAX_LISTED = 3;

    private final Schema schema;
    private final ViolationFormatter formatter = new ViolationFormatter(PathStyle.POINTER);

    private MetaSchema(Schema schema) {
        this.schema = schema;
    }

    static MetaSchema draft07() {
        try (InputStream in = MetaSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("fmlint is missing its resource " + RESOURCE);
            }
            JSONObject json = new JSONObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new MetaSchema(SchemaLoader.builder()
                    .schemaJson(json)
                    .draftV7Support()
                    .schemaClient(url -> {
                        // The meta-schema only refers to itself; anything else would be a broken resource.
                        throw new IllegalStateException("the meta-schema refers to " + url);
                    })
                    .build().load().build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with the first few problems, each named by its JSON pointer inside the schema document. */
    void check(JSONObject document, String name) throws SchemaLoadException {
        JsonInstance instance = new JsonInstance(document);
        List<Violation> problems;
        try {
            schema.validate(document);
            return;
        } catch (ValidationException e) {
            problems = formatter.format(e, instance).stream()
                    .sorted(Comparator.comparing((Violation v) -> v.pointer().toString()).thenComparing(Violation::detail))
                    .toList();
        } catch (StackOverflowError e) {
            throw new SchemaLoadException("schema " + name + " is nested too deeply to check");
        }
        StringBuilder message = new StringBuilder("schema " + name + " is not a valid JSON Schema (draft-07): ");
        for (int i = 0; i < problems.size() && i < MAX_LISTED; i++) {
            message.append(i == 0 ? "" : "; ").append(PathStyle.POINTER.message(problems.get(i), instance));
        }
        if (problems.size() > MAX_LISTED) {
            message.append("; and ").append(ValueText.count(problems.size() - MAX_LISTED, "more problem"));
        }
        throw new SchemaLoadException(message.toString());
    }
}
