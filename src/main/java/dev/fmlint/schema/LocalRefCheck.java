package dev.fmlint.schema;

import dev.fmlint.spi.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.json.JSONObject;

/**
 * Checks that every {@code $ref} into the document itself ({@code #/definitions/slug}) leads somewhere.
 * everit fails on a dangling one too, but with {@code file:///…: key [definitions] not found}, naming
 * neither the reference nor where it is. A nested {@code $id} changes what {@code #…} means, so a document
 * with one is left to everit.
 */
final class LocalRefCheck {
    static final String DANGLING = "schema %s: $ref \"%s\" at %s points at nothing in the schema";

    private LocalRefCheck() {}

    static void check(JSONObject document, String name) throws SchemaLoadException {
        AtomicBoolean nestedId = new AtomicBoolean();
        SchemaKeywords.walk(document, (key, value, at) -> {
            if (key.equals("$id") && value instanceof String && at.tokens().size() > 1) {
                nestedId.set(true);
            }
        });
        if (nestedId.get()) {
            return;
        }
        JsonInstance whole = new JsonInstance(document);
        SchemaKeywords.walk(document, (key, value, at) -> {
            if (key.equals("$ref") && value instanceof String ref && ref.startsWith("#")) {
                String fragment = fragment(ref);
                if (fragment != null && whole.at(JsonPointer.parse(fragment)).isEmpty()) {
                    throw new SchemaLoadException(DANGLING.formatted(name, Messages.quote(ref),
                            Messages.quote(at.toString())));
                }
            }
        });
    }

    /** The fragment with percent-escapes decoded, or null when it is not a JSON pointer (a plain-name anchor). */
    private static String fragment(String ref) {
        try {
            String fragment = new URI(ref).getFragment();
            if (fragment == null || fragment.isEmpty()) {
                return ""; // "#" is the whole document
            }
            return fragment.startsWith("/") ? fragment : null;
        } catch (URISyntaxException e) {
            return null; // the meta-schema's "format": "uri-reference" has the last word on syntax
        }
    }
}
