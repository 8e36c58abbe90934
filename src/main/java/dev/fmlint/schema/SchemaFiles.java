package dev.fmlint.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads schema files from disk and from fmlint's jar, with a size limit and strict UTF-8. */
final class SchemaFiles {
    /** Where built-in schemas live in the jar (the pom copies the repository's {@code schemas/} there). */
    static final String BUILTIN_PREFIX = "/fmlint/schemas/";
    /** Real schemas are a few kilobytes; this only stops a wrong path from reading a huge file. */
    static final int MAX_BYTES = 1 << 20;

    private SchemaFiles() {}

    static String read(Path path, String name) throws SchemaLoadException {
        if (Files.isDirectory(path)) {
            throw new SchemaLoadException("schema " + name + " is a folder; give a JSON Schema file");
        }
        if (!Files.isRegularFile(path)) {
            throw new SchemaLoadException("schema " + name + " not found" + (Files.exists(path)
                    ? ": it is not a regular file" : ""));
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return decode(in.readNBytes(MAX_BYTES + 1), name);
            }
        } catch (IOException e) {
            throw new SchemaLoadException("cannot read schema " + name + ": " + e.getClass().getSimpleName());
        }
    }

    /** A schema shipped in the jar, by file name ({@code blog-post.schema.json}). */
    static Optional<String> builtIn(String fileName, String name) throws SchemaLoadException {
        try (InputStream in = SchemaFiles.class.getResourceAsStream(BUILTIN_PREFIX + fileName)) {
            return in == null ? Optional.empty() : Optional.of(decode(in.readNBytes(MAX_BYTES + 1), name));
        } catch (IOException e) {
            throw new SchemaLoadException("cannot read built-in schema " + name + ": " + e.getClass().getSimpleName());
        }
    }

    private static String decode(byte[] bytes, String name) throws SchemaLoadException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SchemaLoadException("schema " + name + " is not UTF-8 text");
        }
    }

    private static SchemaLoadException tooLarge(String name) {
        return new SchemaLoadException("schema " + name + " is larger than " + (MAX_BYTES >> 20) + " MiB; "
                + "is it really a JSON Schema?");
    }
}
