package dev.fmlint.schema;

import dev.fmlint.spi.Messages;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.everit.json.schema.loader.SchemaClient;
import org.json.JSONObject;

/**
 * Serves {@code $ref}s to local schema files and to schemas built into fmlint, and nothing else.
 *
 * <p>everit's default client opens any {@code java.net.URL} (http, https, ftp, jar, ...) with no timeout
 * and follows redirects without limit, while the schema is being loaded: one {@code $ref} could hang the
 * run or reach into a private network. Here nothing leaves the machine. Each referenced file is checked
 * like the main schema (JSON, draft, meta-schema) before everit sees it.
 */
final class LocalSchemaClient implements SchemaClient {
    static final String REMOTE = "remote $ref %s is not fetched; download the schema and refer to it by a relative path";
    static final String OTHER_SCHEME = "$ref %s is not read: only local schema files are; refer to it by a relative path";

    /** Reads one referenced schema document the way the main one is read. */
    @FunctionalInterface
    interface DocumentCheck {
        JSONObject check(String text, String name) throws SchemaLoadException;
    }

    private final DocumentCheck documents;

    LocalSchemaClient(DocumentCheck documents) {
        this.documents = documents;
    }

    @Override
    public InputStream get(String url) {
        URI uri = parse(url).orElseThrow(() -> UnusableReference.refused(OTHER_SCHEME.formatted(Messages.quote(url))));
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        try {
            if (scheme.equals("file") && isLocalHost(uri)) {
                Path path = Path.of(new URI("file", null, uri.getPath(), null));
                return checked(SchemaFiles.read(path, path.toString()), path.toString());
            }
            if (scheme.equals("classpath") && uri.getPath() != null) {
                String path = uri.normalize().getPath();
                String file = path.startsWith(SchemaFiles.BUILTIN_PREFIX) ? path.substring(SchemaFiles.BUILTIN_PREFIX.length()) : "";
                if (!file.isEmpty() && !file.contains("/") && !file.contains("..")) {
                    String name = "built-in " + file;
                    Optional<String> text = SchemaFiles.builtIn(file, name);
                    if (text.isPresent()) {
                        return checked(text.get(), name);
                    }
                    throw new SchemaLoadException("schema " + name + " not found");
                }
            }
        } catch (SchemaLoadException e) {
            throw UnusableReference.failed(e);
        } catch (URISyntaxException | InvalidPathException e) {
            throw UnusableReference.refused(OTHER_SCHEME.formatted(Messages.quote(url)));
        }
        boolean remote = scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp")
                || scheme.equals("file"); // a file: URL with a host names another machine
        throw UnusableReference.refused((remote ? REMOTE : OTHER_SCHEME).formatted(Messages.quote(url)));
    }

    private InputStream checked(String text, String name) throws SchemaLoadException {
        documents.check(text, name);
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLocalHost(URI uri) {
        String authority = uri.getRawAuthority();
        return (authority == null || authority.isEmpty() || authority.equalsIgnoreCase("localhost"))
                && uri.getPath() != null && uri.getQuery() == null;
    }

    private static Optional<URI> parse(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
