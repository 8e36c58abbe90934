package dev.fmlint.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Remembers schema documents that passed the meta-schema check, in a folder, so that a later run of the same
 * fmlint build does not check them again. Building and running the draft-07 meta-schema is most of what
 * compiling a schema costs, and a pre-commit hook compiles the same schema on every run.
 *
 * <p>A document is remembered by its whole text, not by a hash: a stored text is reused only when it equals
 * the document exactly, so neither a collision nor a half-written or edited file can make an invalid schema
 * pass. Only passes are stored. The folder must belong to one fmlint build (the launcher names it after the
 * jar, like its class archive), because another build may check differently. Any I/O problem just means the
 * check runs.
 */
final class MetaSchemaVerdicts {
    /** The folder the launcher gives the JVM ({@code -Dfmlint.verdicts=...}); unset, nothing is remembered. */
    static final String PROPERTY = "fmlint.verdicts";
    static final MetaSchemaVerdicts NONE = new MetaSchemaVerdicts(null);

    private final Path folder;

    private MetaSchemaVerdicts(Path folder) {
        this.folder = folder;
    }

    static MetaSchemaVerdicts in(Path folder) {
        return new MetaSchemaVerdicts(folder);
    }

    /** The launcher's folder, when fmlint runs through {@code bin/fmlint}. */
    static MetaSchemaVerdicts fromLauncher() {
        String folder = System.getProperty(PROPERTY);
        return folder == null || folder.isBlank() ? NONE : in(Path.of(folder));
    }

    boolean passed(String document) {
        Optional<Path> file = file(document);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return false;
        }
        try {
            return Files.size(file.get()) == document.getBytes(StandardCharsets.UTF_8).length
                    && Files.readString(file.get()).equals(document);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    void recordPass(String document) {
        Optional<Path> file = file(document);
        if (file.isEmpty()) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // Written aside and moved in whole, so a run beside this one never reads half a document.
            temp = Files.createTempFile(folder, ".pass", ".tmp");
            Files.writeString(temp, document);
            Files.move(temp, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Not remembered: the next run checks again.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A stray temporary file costs nothing but its bytes.
                }
            }
        }
    }

    private Optional<Path> file(String document) {
        if (folder == null) {
            return Optional.empty();
        }
        return Optional.of(folder.resolve("schema-" + Integer.toHexString(document.hashCode()) + "-"
                + document.length() + ".json"));
    }
}
