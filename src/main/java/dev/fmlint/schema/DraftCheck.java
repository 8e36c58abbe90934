package dev.fmlint.schema;

import dev.fmlint.spi.Messages;
import java.util.Locale;
import java.util.Map;
import org.json.JSONObject;

/**
 * Accepts only draft-07 schemas. everit guesses draft-04 when {@code $schema} is absent, and with draft-07
 * forced it silently ignores an unknown {@code $schema}; both would change what a schema means without
 * a word, so fmlint decides here and says why.
 */
final class DraftCheck {
    static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    /** Other drafts by their URI without scheme and trailing {@code #}. */
    private static final Map<String, String> OTHER_DRAFTS = Map.of(
            "json-schema.org/draft-03/schema", "draft-03",
            "json-schema.org/draft-04/schema", "draft-04",
            "json-schema.org/draft-06/schema", "draft-06",
            "json-schema.org/draft/2019-09/schema", "draft 2019-09",
            "json-schema.org/draft/2020-12/schema", "draft 2020-12");

    private DraftCheck() {}

    static void check(JSONObject json, String name) throws SchemaLoadException {
        if (!json.has("$schema")) {
            return;
        }
        Object declared = json.get("$schema");
        if (!(declared instanceof String uri)) {
            throw new SchemaLoadException("schema " + name + ": \"$schema\" must be a string such as \"" + DRAFT_07
                    + "\", found " + ValueText.found(declared));
        }
        String key = uri.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("#$", "");
        if (key.equals("json-schema.org/draft-07/schema")) {
            return;
        }
        String draft = OTHER_DRAFTS.get(key);
        String what = draft == null ? "an unknown \"$schema\" \"" + Messages.quote(uri) + "\""
                : "\"$schema\" \"" + Messages.quote(uri) + "\" (JSON Schema " + draft + ")";
        throw new SchemaLoadException("schema " + name + " declares " + what + ", which fmlint does not support; "
                + "fmlint reads JSON Schema draft-07: set \"$schema\" to \"" + DRAFT_07 + "\" or remove it");
    }
}
