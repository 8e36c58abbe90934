package dev.fmlint.audit;

import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;

/**
 * Recognisable forms of string values, each with the JSON Schema keyword that describes it. The formats are
 * checked by everit itself, with the same draft-07 validators fmlint's schema check uses, so a value counted
 * as a {@code date} here always passes {@code "format": "date"} later. Patterns are RE2J-safe (no look-around).
 */
public enum StringShape {
    DATE("format", "date", "\\d{4}-\\d{2}-\\d{2}"),
    DATE_TIME("format", "date-time", "\\d{4}-\\d{2}-\\d{2}[Tt].+"),
    /** A month/day/year date as US sites write it ({@code 11/28/2026}). */
    US_DATE("pattern", "^(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])/[0-9]{4}$", null),
    /** A date and a time without a zone, which is not a JSON Schema date-time ({@code 2024-01-05 10:00}). */
    LOCAL_DATE_TIME("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?$", null),
    UUID("pattern", "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", null),
    /** An absolute http or https address. */
    URL("format", "uri", "[Hh][Tt][Tt][Pp][Ss]?://\\S+"),
    /** Digits only, as in a quoted number or an id ({@code "0042"}). */
    DIGITS("pattern", "^[0-9]+$", null),
    /** Lowercase ASCII words joined by hyphens ({@code my-first-post}). */
    SLUG("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$", null),
    /** A site path made of slugs ({@code /zh/tidb/dev/overview}). */
    SLUG_PATH("pattern", "^(/[a-z0-9]+([._-][a-z0-9]+)*)+/?$", null);

    /** The form's name in reports: {@code date}, {@code us-date}, {@code slug-path}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private final String keyword;
    private final String value;
    private final Pattern test;
    private final Schema format;

    StringShape(String keyword, String value, String prefilter) {
        this.keyword = keyword;
        this.value = value;
        boolean isFormat = keyword.equals("format");
        this.test = Pattern.compile(isFormat ? prefilter : value);
        this.format = isFormat ? SchemaLoader.builder().draftV7Support()
                .schemaJson(new JSONObject().put("format", value)).build().load().build() : null;
    }

    /** {@code format} or {@code pattern}. */
    public String keyword() {
        return keyword;
    }

    /** The format name or the pattern. */
    public String value() {
        return value;
    }

    public boolean matches(String text) {
        if (!test.matcher(text).matches()) {
            return false;
        }
        if (format == null) {
            return true;
        }
        // Only values that already look right get here, so exceptions stay rare.
        try {
            format.validate(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
