package dev.fmlint.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes schema text to files in a test's temporary folder and loads them as a user would. */
final class Schemas {
    private final Path dir;
    private final SchemaLoader loader = new SchemaLoader();

    Schemas(Path dir) {
        this.dir = dir;
    }

    Path write(String fileName, String json) {
        try {
            Path file = dir.resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FrontMatterValidator load(String json) throws SchemaLoadException {
        return loader.load(write("test.schema.json", json).toString());
    }

    FrontMatterValidator load(Path file) throws SchemaLoadException {
        return loader.load(file.toString());
    }

    SchemaLoader loader() {
        return loader;
    }
}
