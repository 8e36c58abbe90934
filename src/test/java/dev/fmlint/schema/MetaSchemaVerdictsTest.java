package dev.fmlint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaSchemaVerdictsTest {
    private static final String VALID = "{\"type\": \"object\", \"required\": [\"title\"]}";
    private static final String INVALID = "{\"type\": \"object\", \"properties\": {\"title\": {\"minLength\": -1}}}";
    private static final URI BASE = URI.create("urn:test");

    @TempDir
    Path dir;
    private final AtomicInteger built = new AtomicInteger();
    private final Supplier<MetaSchema> counting = () -> {
        built.incrementAndGet();
        return MetaSchema.draft07();
    };

    private SchemaCompiler compiler() {
        return new SchemaCompiler(counting, MetaSchemaVerdicts.in(dir));
    }

    @Test
    void aSchemaThatPassedIsNotCheckedAgainInTheNextRun() throws Exception {
        compiler().compile(VALID, "a", BASE);
        assertEquals(1, built.get());
        compiler().compile(VALID, "a", BASE);
        assertEquals(1, built.get(), "the second run must not build the meta-schema");
    }

    @Test
    void anInvalidSchemaIsNeverRememberedAndFailsEveryTime() throws Exception {
        String first = assertThrows(SchemaLoadException.class, () -> compiler().compile(INVALID, "b", BASE)).getMessage();
        String second = assertThrows(SchemaLoadException.class, () -> compiler().compile(INVALID, "b", BASE)).getMessage();
        assertEquals(first, second);
        assertTrue(first.contains("is not a valid JSON Schema (draft-07)"), first);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aStoredFileCountsOnlyWhenItHoldsExactlyTheDocument() throws Exception {
        MetaSchemaVerdicts verdicts = MetaSchemaVerdicts.in(dir);
        verdicts.recordPass(VALID);
        assertTrue(verdicts.passed(VALID));
        Path stored = onlyFile();
        // Someone edits the stored copy (or a run was cut short): the document is checked again.
        Files.writeString(stored, INVALID);
        assertFalse(verdicts.passed(VALID));
        Files.writeString(stored, VALID.substring(0, VALID.length() - 1));
        assertFalse(verdicts.passed(VALID));
    }

    @Test
    void anUnwritableFolderOnlyMeansTheCheckRuns() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        SchemaCompiler compiler = new SchemaCompiler(counting, MetaSchemaVerdicts.in(file));
        compiler.compile(VALID, "a", BASE);
        new SchemaCompiler(counting, MetaSchemaVerdicts.in(file)).compile(VALID, "a", BASE);
        assertEquals(2, built.get());
    }

    @Test
    void withoutAFolderEveryRunChecks() throws Exception {
        new SchemaCompiler(counting, MetaSchemaVerdicts.NONE).compile(VALID, "a", BASE);
        new SchemaCompiler(counting, MetaSchemaVerdicts.NONE).compile(VALID, "a", BASE);
        assertEquals(2, built.get());
        assertThrows(SchemaLoadException.class,
                () -> new SchemaCompiler(counting, MetaSchemaVerdicts.NONE).compile(INVALID, "b", BASE));
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.reduce((a, b) -> {
                throw new AssertionError("more than one file: " + a + ", " + b);
            }).orElseThrow();
        }
    }
}
