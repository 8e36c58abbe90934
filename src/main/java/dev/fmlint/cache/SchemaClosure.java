package dev.fmlint.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema file and every local file its {@code $ref}s reach, hashed together: editing a referenced
 * definitions file must invalidate the cache as surely as editing the schema. References are followed
 * relative to the referring file; remote ones are never read by fmlint and so are not hashed. Bounded like
 * schema loading: files of at most 1 MiB, at most {@link #MAX_FILES} of them.
 */
public final class SchemaClosure {
    static final int MAX_FILES = 1000;
    private static final int MAX_BYTES = 1 << 20;

    private SchemaClosure() {}

    /** The hash of the file and the files it reaches; a missing or unreadable file counts as such. */
    public static String of(Path schema) {
        MessageDigest digest = ContentHash.sha256();
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(schema.toAbsolutePath().normalize()));
        while (!todo.isEmpty() && seen.size() < MAX_FILES) {
            Path file = todo.pop();
            if (!seen.add(file)) {
                continue;
            }
            digest.update((file + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] bytes = read(file);
            if (bytes == null) {
                digest.update("(unreadable)\n".getBytes(StandardCharsets.UTF_8));
                continue;
            }
            digest.update(ContentHash.of(bytes).getBytes(StandardCharsets.UTF_8));
            for (String ref : refs(new String(bytes, StandardCharsets.UTF_8))) {
                local(file, ref).ifPresent(todo::push);
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? null : bytes;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Every {@code $ref} string in the document; none when it is not JSON (loading it fails anyway). */
    private static Set<String> refs(String json) {
        Set<String> refs = new LinkedHashSet<>();
        try {
            collect(PlainJson.readObject(json), refs, 0);
        } catch (IllegalArgumentException e) {
            // not JSON: the schema cannot be loaded, and its bytes are already in the hash
        }
        return refs;
    }

    private static void collect(Object node, Set<String> refs, int depth) {
        if (depth > PlainJson.MAX_DEPTH) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("$ref".equals(k) && v instanceof String s) {
                    refs.add(s);
                } else {
                    collect(v, refs, depth + 1);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, refs, depth + 1));
        }
    }

    /** The local file a reference names, without its fragment; none for "#..." and remote references. */
    private static java.util.Optional<Path> local(Path from, String ref) {
        try {
            URI uri = from.toUri().resolve(new URI(ref));
            if (!"file".equalsIgnoreCase(uri.getScheme()) || (uri.getAuthority() != null && !uri.getAuthority().isEmpty())) {
                return java.util.Optional.empty();
            }
            Path target = Path.of(new URI("file", null, uri.getPath(), null)).normalize();
            return target.equals(from) ? java.util.Optional.empty() : java.util.Optional.of(target);
        } catch (Exception e) { // URISyntaxException, IllegalArgumentException, FileSystemNotFoundException
            return java.util.Optional.empty();
        }
    }
}
