package dev.fmlint.config;

import java.nio.file.Path;
import java.util.List;

/**
 * One entry of {@code schemas:}: files matching any of the globs use the schema.
 *
 * @param schema  a path (relative to {@code baseDir}) or a built-in schema name
 * @param baseDir the folder of the configuration file that wrote it
 */
public record SchemaMapping(List<Glob> files, String schema, Path baseDir, String origin) {
    public SchemaMapping {
        files = List.copyOf(files);
    }

    /** The path to load, resolved against the configuration's folder when it names a file. */
    public String resolvedSchema() {
        Path path = baseDir.resolve(schema).normalize();
        return path.toFile().exists() ? path.toString() : schema;
    }
}
