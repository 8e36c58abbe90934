package dev.fmlint.schema;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads a JSON Schema (draft-07) by path or by the name of a schema shipped with fmlint
 * ({@code blog-post}), once per run. Remote references are never fetched; see {@link LocalSchemaClient}.
 */
public final class SchemaLoader {
    /** Schemas shipped in the jar, by the name {@code --schema} accepts. */
    public static final List<String> BUILT_IN = List.of("blog-post");
    /** fmlint's own schemas: loadable by name, but not offered for front matter. */
    private static final List<String> INTERNAL = List.of("fmlint-config", "report");
    private static final String SUFFIX = ".schema.json";

    private final MetaSchemaVerdicts verdicts;
    /** Made on first use: a run that applies no schema never loads the JSON Schema library. */
    private SchemaCompiler compiler;

    /** A loader that remembers checked schemas where the launcher says ({@link MetaSchemaVerdicts}). */
    public SchemaLoader() {
        this(MetaSchemaVerdicts.fromLauncher());
    }

    SchemaLoader(MetaSchemaVerdicts verdicts) {
        this.verdicts = verdicts;
    }

    /**
     * @param spec a schema file's path, or a built-in name with or without {@code .schema.json}
     */
    public FrontMatterValidator load(String spec) throws SchemaLoadException {
        Optional<Path> path = asPath(spec);
        if (path.isPresent() && Files.exists(path.get())) {
            String text = SchemaFiles.read(path.get(), spec);
            return compiler().compile(text, spec, path.get().toAbsolutePath().normalize().toUri());
        }
        String name = spec.endsWith(SUFFIX) ? spec.substring(0, spec.length() - SUFFIX.length()) : spec;
        if (BUILT_IN.contains(name) || INTERNAL.contains(name)) {
            String file = name + SUFFIX;
            Optional<String> text = SchemaFiles.builtIn(file, name);
            if (text.isPresent()) {
                return compiler().compile(text.get(), name, URI.create("classpath:" + SchemaFiles.BUILTIN_PREFIX + file));
            }
        }
        throw new SchemaLoadException("schema " + spec + " not found: it is neither a file nor a built-in schema "
                + "name (built-in: " + String.join(", ", BUILT_IN) + ")");
    }

    /**
     * Compiles a schema given as JSON text, such as a rule's options schema. It may refer only to itself and
     * to the built-in schemas; relative {@code $ref}s to files are not resolved against any folder.
     *
     * @param name a short name for messages, such as {@code options of tags-format}
     */
    public FrontMatterValidator compile(String json, String name) throws SchemaLoadException {
        return compiler().compile(json, name, URI.create("urn:fmlint:inline-schema"));
    }

    private synchronized SchemaCompiler compiler() {
        if (compiler == null) {
            compiler = new SchemaCompiler(MetaSchema::draft07, verdicts);
        }
        return compiler;
    }

    private static Optional<Path> asPath(String spec) {
        try {
            return Optional.of(Path.of(spec));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
