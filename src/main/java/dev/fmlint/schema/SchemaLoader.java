package dev.fmlint.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Loads a JSON Schema by path or by the name of a schema shipped with fmlint ({@code blog-post}), once
 * per run. Remote references are never fetched.
 */
public final class SchemaLoader {
    static final String BUILTIN_PREFIX = "/fmlint/schemas/";

    public FrontMatterValidator load(String spec) throws SchemaLoadException {
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            throw new SchemaLoadException("schema " + spec + " is a folder; give a JSON Schema file");
        }
        if (Files.isRegularFile(path)) {
            try {
                return compile(Files.readString(path, StandardCharsets.UTF_8), spec, path.toAbsolutePath().toUri());
            } catch (IOException e) {
                throw new SchemaLoadException("cannot read schema " + spec + ": " + e.getMessage());
            }
        }
        String name = spec.endsWith(".schema.json") ? spec : spec + ".schema.json";
        try (InputStream in = SchemaLoader.class.getResourceAsStream(BUILTIN_PREFIX + name)) {
            if (in == null || spec.contains("/")) {
                throw new SchemaLoadException("schema " + spec + " not found: it is neither a file nor a "
                        + "built-in schema name (built-in: blog-post)");
            }
            return compile(new String(in.readAllBytes(), StandardCharsets.UTF_8), spec.replace(".schema.json", ""),
                    URI.create("classpath:" + BUILTIN_PREFIX + name));
        } catch (IOException e) {
            throw new SchemaLoadException("cannot read built-in schema " + spec + ": " + e.getMessage());
        }
    }

    private FrontMatterValidator compile(String text, String name, URI base) throws SchemaLoadException {
        try {
            JSONObject json = new JSONObject(new JSONTokener(text));
            org.everit.json.schema.loader.SchemaLoader.SchemaLoaderBuilder builder =
                    org.everit.json.schema.loader.SchemaLoader.builder()
                            .schemaJson(json)
                            .schemaClient(localOnly())
                            .resolutionScope(base)
                            .regexpFactory(new RE2JRegexpFactory());
            if (!json.has("$schema")) {
                builder.draftV7Support();
            }
            Schema schema = builder.build().load().build();
            return new EveritValidator(name, schema);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SchemaLoadException("schema " + name + " is not a valid JSON Schema: " + e.getMessage());
        }
    }

    private static SchemaClient localOnly() {
        return url -> {
            if (url.startsWith("file:")) {
                try {
                    return Files.newInputStream(Path.of(URI.create(url)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            throw new UncheckedIOException(new IOException("remote $ref is never fetched: " + url));
        };
    }
}
