package dev.fmlint.schema;

import dev.fmlint.spi.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.everit.json.schema.Schema;
import org.everit.json.schema.SchemaException;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.json.JSONObject;

/**
 * Turns one schema document into a validator, checking it on the way: JSON syntax, draft, meta-schema,
 * references (local only), patterns (RE2J), and reference loops. Every failure is a
 * {@link SchemaLoadException} with a one-line message naming the schema. Stateless apart from the shared
 * meta-schema, so one instance can compile any number of schemas.
 */
final class SchemaCompiler {
    /** Only a fallback: {@link PatternCheck} names the whole pattern and where it is before everit runs. */
    static final String RE2J_PATTERN = "schema %s: a pattern cannot be used: %s: \"%s\" (fmlint matches patterns "
            + "with RE2J, which runs in linear time but has no look-around and no backreferences)";
    static final String JAVA_PATTERN = "schema %s: pattern \"%s\" is not a valid regular expression: %s";
    static final String LOOP = "schema %s has a $ref loop that never reaches a check: %s; point one of these "
            + "references at a real schema";

    private final Supplier<MetaSchema> meta;
    private final MetaSchemaVerdicts verdicts;

    /**
     * @param meta     called at most once, and only when a document has to be checked: building the
     *                 meta-schema costs as much as checking with it
     * @param verdicts documents that passed the check in an earlier run
     */
    SchemaCompiler(Supplier<MetaSchema> meta, MetaSchemaVerdicts verdicts) {
        this.meta = new Once<>(meta);
        this.verdicts = verdicts;
    }

    /**
     * @param base where the document came from; relative {@code $ref}s resolve against it
     */
    FrontMatterValidator compile(String text, String name, URI base) throws SchemaLoadException {
        JSONObject json = document(text, name);
        Schema schema;
        try {
            org.everit.json.schema.loader.SchemaLoader.SchemaLoaderBuilder builder =
                    org.everit.json.schema.loader.SchemaLoader.builder()
                            .schemaJson(json)
                            .draftV7Support()
                            .schemaClient(new LocalSchemaClient(this::document))
                            .resolutionScope(base)
                            .regexpFactory(new RE2JRegexpFactory())
                            // A document that refers to itself by its own address must not be fetched again.
                            .registerSchemaByURI(base, json);
            ownId(json).ifPresent(id -> builder.registerSchemaByURI(id, json));
            schema = builder.build().load().build();
        } catch (RuntimeException | StackOverflowError e) {
            throw failure(e, name);
        }
        Optional<List<String>> loop = ReferenceCycles.find(schema);
        if (loop.isPresent()) {
            List<String> refs = loop.get().stream().map(r -> "\"" + Messages.quote(local(r, base)) + "\"").toList();
            throw new SchemaLoadException(LOOP.formatted(name, refs.isEmpty() ? "a schema contains itself"
                    : String.join(" → ", refs)));
        }
        return new EveritValidator(name, schema);
    }

    /** Reads and checks one schema document: the main one, or one a {@code $ref} leads to. */
    JSONObject document(String text, String name) throws SchemaLoadException {
        JSONObject json = SchemaJson.parse(text, name);
        DraftCheck.check(json, name);
        if (!verdicts.passed(text)) {
            meta.get().check(json, name);
            verdicts.recordPass(text);
        }
        PatternCheck.check(json, name);
        LocalRefCheck.check(json, name);
        return json;
    }

    /** A reference into the document itself as just its fragment ({@code #/definitions/a}), as people write it. */
    private static String local(String ref, URI base) {
        int hash = ref.indexOf('#');
        if (hash <= 0) {
            return ref;
        }
        try {
            URI document = new URI(ref.substring(0, hash));
            boolean same = document.equals(base) || ("file".equals(document.getScheme()) && "file".equals(base.getScheme())
                    && Path.of(document).equals(Path.of(base)));
            return same ? ref.substring(hash) : ref;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return ref;
        }
    }

    private static Optional<URI> ownId(JSONObject json) {
        if (!(json.opt("$id") instanceof String id)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(id);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static SchemaLoadException failure(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnusableReference u) {
                return new SchemaLoadException(u.complete() ? u.getMessage() : "schema " + name + ": " + u.getMessage());
            }
            if (t instanceof com.google.re2j.PatternSyntaxException p) {
                return new SchemaLoadException(RE2J_PATTERN.formatted(name, Messages.oneLine(p.getDescription()),
                        Messages.quote(p.getPattern())));
            }
            if (t instanceof java.util.regex.PatternSyntaxException p) {
                return new SchemaLoadException(JAVA_PATTERN.formatted(name, Messages.quote(p.getPattern()),
                        Messages.oneLine(p.getDescription())));
            }
        }
        if (e instanceof StackOverflowError) {
            return new SchemaLoadException("schema " + name + " could not be loaded: its references nest too deeply");
        }
        String reason = e instanceof SchemaException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new SchemaLoadException("schema " + name + " could not be loaded: " + ValueText.clip(reason));
    }
}
