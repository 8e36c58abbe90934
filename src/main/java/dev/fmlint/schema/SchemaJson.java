package dev.fmlint.schema;

import dev.fmlint.source.JsonNumbers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Parses a schema file's text with org.json, reporting where it breaks.
 *
 * <p>org.json is lenient (single quotes, unquoted keys and bare words are accepted) and its strict mode
 * does not take effect in the version we use; the meta-schema check that follows catches the mistakes that
 * matter, such as {@code "maxLength": 6O} read as the string {@code "6O"}.
 */
final class SchemaJson {
    /** org.json ends its messages with {@code at 15 [character 6 line 2]}. */
    private static final Pattern CONSUMED = Pattern.compile("^ at (\\d+) ");
    private static final Pattern POSITION = Pattern.compile("(?s)(.*?)\\s*at \\d+ \\[character (\\d+) line (\\d+)\\]\\s*$");

    /** Far longer than any number a schema needs (a double is at most 24 characters). */
    static final int MAX_NUMBER_CHARS = 1000;

    private SchemaJson() {}

    static JSONObject parse(String text, String name) throws SchemaLoadException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!body.stripLeading().startsWith("{")) {
            throw new SchemaLoadException("schema " + name + " is not a JSON Schema: the file must hold one "
                    + "JSON object, starting with \"{\"" + (body.isBlank() ? ", but it is empty" : ""));
        }
        if (JsonNumbers.longest(body) > MAX_NUMBER_CHARS) {
            // org.json would take time quadratic in the digits; no schema needs such a number.
            throw new SchemaLoadException("schema " + name + " has a number longer than " + MAX_NUMBER_CHARS
                    + " characters; write a shorter one");
        }
        JSONTokener tokener = new JSONTokener(body);
        try {
            JSONObject json = new JSONObject(tokener);
            if (tokener.nextClean() != 0) {
                throw new SchemaLoadException("schema " + name + " is not valid JSON: " + trailing(body, tokener)
                        + "unexpected text after the closing \"}\"");
            }
            return json;
        } catch (JSONException e) {
            throw new SchemaLoadException("schema " + name + " is not valid JSON: " + describe(e));
        } catch (StackOverflowError e) {
            throw new SchemaLoadException("schema " + name + " is nested too deeply to read");
        }
    }

    /**
     * Where the text after the object starts. org.json's own column is one too far here (it counts the
     * character it has just read), so it is worked out from the count of characters consumed instead.
     */
    private static String trailing(String body, JSONTokener tokener) {
        Matcher m = CONSUMED.matcher(tokener.toString());
        if (!m.find()) {
            return "";
        }
        int offending = Math.max(0, Math.min(body.length(), Integer.parseInt(m.group(1))) - 1);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offending; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (body.codePointCount(lineStart, offending) + 1) + ": ";
    }

    private static String describe(JSONException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        Matcher m = POSITION.matcher(message);
        if (m.matches()) {
            return "line " + m.group(3) + ", column " + m.group(2) + ": " + ValueText.clip(m.group(1));
        }
        return ValueText.clip(message);
    }
}
