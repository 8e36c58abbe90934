package dev.fmlint.cache;

import dev.fmlint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** SHA-256 as hex: of a file's content, and of the answers a file's checks got from the project. */
public final class ContentHash {
    private ContentHash() {}

    /**
     * A checked file's content. Files are decoded strictly (invalid UTF-8 is a finding, never cached), so the
     * text and the byte order mark give back the exact bytes: hashing them is hashing the file.
     */
    public static String of(SourceFile file) {
        return of((file.hadBom() ? "\uFEFF" : "") + file.text());
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A folder listing, in a stable order. */
    public static String ofNames(Set<String> names) {
        return of(String.join("\n", new TreeSet<>(names)));
    }

    /** A file's text, or its absence (a file that is missing or unreadable). */
    public static String ofText(Optional<String> text) {
        return text.map(t -> "+" + of(t)).orElse("-");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
