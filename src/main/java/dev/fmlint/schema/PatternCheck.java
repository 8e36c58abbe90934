package dev.fmlint.schema;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.fmlint.spi.Messages;
import org.json.JSONObject;

/**
 * Compiles every {@code pattern} and {@code patternProperties} key of a schema document with RE2J before
 * everit does. everit would fail on the first one too, but its RE2J exception carries only the offending
 * fragment ({@code (?=}), not the pattern or where it is. (java.util.regex validity is already checked by the
 * meta-schema's {@code "format": "regex"}.)
 */
final class PatternCheck {
    static final String UNUSABLE = "schema %s: pattern \"%s\" at %s cannot be used: %s (fmlint matches patterns "
            + "with RE2J, which runs in linear time but has no look-around and no backreferences)";

    private PatternCheck() {}

    static void check(JSONObject document, String name) throws SchemaLoadException {
        SchemaKeywords.walk(document, (key, value, at) -> {
            if (key.equals("pattern") && value instanceof String pattern) {
                compile(pattern, at, name);
            } else if (key.equals("patternProperties") && value instanceof JSONObject properties) {
                for (String pattern : properties.keySet().stream().sorted().toList()) {
                    compile(pattern, at.child(pattern), name);
                }
            }
        });
    }

    private static void compile(String pattern, JsonPointer at, String name) throws SchemaLoadException {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            String reason = Messages.oneLine(e.getDescription()) + (e.getPattern().isEmpty() ? ""
                    : ": " + Messages.quote(e.getPattern()));
            throw new SchemaLoadException(UNUSABLE.formatted(name, Messages.quote(pattern),
                    Messages.quote(at.toString()), reason));
        }
    }
}
