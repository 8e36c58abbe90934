package dev.fmlint.schema;

import dev.fmlint.spi.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The message for one violated keyword, built from the violated schema's limits and the offending value
 * rather than from everit's message text, which echoes raw values and reads like a stack trace.
 */
final class KeywordMessages {
    static final String TYPE = "expected %s, found %s";
    static final String TOO_SHORT = "%s, at least %d required";
    static final String TOO_LONG = "%s, at most %d allowed";
    static final String PATTERN = "%s does not match the pattern %s";
    static final String FORMAT = "%s is not a valid %s%s";
    static final String ENUM = "%s is not one of %s";
    static final String CONST = "must be %s, found %s";
    static final String MINIMUM = "%s is less than the minimum of %s";
    static final String MAXIMUM = "%s is more than the maximum of %s";
    static final String EXCLUSIVE_MINIMUM = "%s must be greater than %s";
    static final String EXCLUSIVE_MAXIMUM = "%s must be less than %s";
    static final String MULTIPLE_OF = "%s is not a multiple of %s";
    static final String CONTAINS = "no item matches the schema under \"contains\"";
    static final String NOT = "matches the schema under \"not\", which is not allowed";
    static final String OTHER = "fails the schema's \"%s\" check%s";

    private static final Map<String, String> FORMAT_NAMES = Map.ofEntries(
            Map.entry("date", "date"), Map.entry("date-time", "date-time"), Map.entry("time", "time"),
            Map.entry("email", "email address"), Map.entry("hostname", "hostname"),
            Map.entry("ipv4", "IPv4 address"), Map.entry("ipv6", "IPv6 address"), Map.entry("uri", "URI"),
            Map.entry("uri-reference", "URI reference"), Map.entry("uri-template", "URI template"),
            Map.entry("json-pointer", "JSON pointer"), Map.entry("relative-json-pointer", "relative JSON pointer"),
            Map.entry("regex", "regular expression"));
    private static final Map<String, String> FORMAT_HINTS = Map.of(
            "date", "YYYY-MM-DD",
            "date-time", "YYYY-MM-DDThh:mm:ss plus a time zone, e.g. 2024-05-01T09:30:00+08:00",
            "time", "hh:mm:ss plus a time zone, e.g. 09:30:00Z");

    private KeywordMessages() {}

    /** The message for a leaf violation (one without causes) about {@code value}. */
    static String detail(ValidationException e, Object value) {
        Schema schema = FailedSchema.of(e);
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        return switch (keyword) {
            case "type" -> TYPE.formatted(expectedKind(schema), ValueText.found(value));
            case "minLength", "maxLength" -> length(keyword, schema, value).orElseGet(() -> other(e));
            case "pattern" -> schema instanceof StringSchema s
                    ? PATTERN.formatted(ValueText.literal(value), patternText(s)) : other(e);
            case "format" -> schema instanceof StringSchema s
                    ? format(List.of(s.getFormatValidator().formatName()), value) : other(e);
            case "minItems", "maxItems", "items" -> items(keyword, schema, value).orElseGet(() -> other(e));
            case "minProperties", "maxProperties" -> properties(keyword, schema, value).orElseGet(() -> other(e));
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" ->
                    schema instanceof NumberSchema n ? number(keyword, n, value) : other(e);
            case "enum" -> schema instanceof EnumSchema en
                    ? ENUM.formatted(ValueText.literal(value), ValueText.list(en.getPossibleValuesAsList())) : other(e);
            case "const" -> schema instanceof ConstSchema c
                    ? CONST.formatted(ValueText.literal(c.getPermittedValue()), ValueText.literal(value)) : other(e);
            case "contains" -> CONTAINS;
            case "not" -> NOT;
            default -> other(e);
        };
    }

    /** {@code "x" is not a valid date or date-time (expected …)}: one message for several failed formats. */
    static String format(List<String> formats, Object value) {
        List<String> names = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (String format : formats) {
            String name = FORMAT_NAMES.getOrDefault(format, Messages.quote(format));
            if (!names.contains(name)) {
                names.add(name);
            }
            Optional.ofNullable(FORMAT_HINTS.get(format)).filter(h -> !hints.contains(h)).ifPresent(hints::add);
        }
        String hint = hints.isEmpty() ? "" : " (expected " + ValueText.orList(hints) + ")";
        return FORMAT.formatted(ValueText.literal(value), ValueText.orList(names), hint);
    }

    /** What a type check wanted, with its article: {@code an array}, {@code an integer}, {@code null}. */
    static String expectedKind(Schema schema) {
        if (schema instanceof StringSchema) {
            return "a string";
        }
        if (schema instanceof NumberSchema n) {
            return n.requiresInteger() ? "an integer" : "a number";
        }
        if (schema instanceof BooleanSchema) {
            return "a boolean";
        }
        if (schema instanceof NullSchema) {
            return "null";
        }
        if (schema instanceof ArraySchema) {
            return "an array";
        }
        return schema instanceof ObjectSchema ? "an object" : "another type";
    }

    private static Optional<String> length(String keyword, Schema schema, Object value) {
        if (!(schema instanceof StringSchema s) || !(value instanceof String text)) {
            return Optional.empty();
        }
        String actual = ValueText.count(ValueText.length(text), "character");
        return Optional.ofNullable(keyword.equals("minLength") ? s.getMinLength() : s.getMaxLength())
                .map(limit -> (keyword.equals("minLength") ? TOO_SHORT : TOO_LONG).formatted(actual, limit));
    }

    private static Optional<String> items(String keyword, Schema schema, Object value) {
        if (!(schema instanceof ArraySchema a) || !(value instanceof JSONArray array)) {
            return Optional.empty();
        }
        String actual = ValueText.count(array.length(), "item");
        Integer limit = switch (keyword) {
            case "minItems" -> a.getMinItems();
            case "maxItems" -> a.getMaxItems();
            // "items" fails alone when a tuple schema allows no additional items.
            default -> a.getItemSchemas() == null ? null : a.getItemSchemas().size();
        };
        return Optional.ofNullable(limit).map(l -> (keyword.equals("minItems") ? TOO_SHORT : TOO_LONG)
                .formatted(actual, l));
    }

    private static Optional<String> properties(String keyword, Schema schema, Object value) {
        if (!(schema instanceof ObjectSchema o) || !(value instanceof JSONObject object)) {
            return Optional.empty();
        }
        String actual = ValueText.count(object.length(), "key");
        boolean min = keyword.equals("minProperties");
        return Optional.ofNullable(min ? o.getMinProperties() : o.getMaxProperties())
                .map(limit -> (min ? TOO_SHORT : TOO_LONG).formatted(actual, limit));
    }

    private static String number(String keyword, NumberSchema n, Object value) {
        String actual = ValueText.literal(value);
        return switch (keyword) {
            case "minimum" -> MINIMUM.formatted(actual, n.getMinimum());
            case "maximum" -> MAXIMUM.formatted(actual, n.getMaximum());
            case "exclusiveMinimum" -> EXCLUSIVE_MINIMUM.formatted(actual,
                    n.getExclusiveMinimumLimit() != null ? n.getExclusiveMinimumLimit() : n.getMinimum());
            case "exclusiveMaximum" -> EXCLUSIVE_MAXIMUM.formatted(actual,
                    n.getExclusiveMaximumLimit() != null ? n.getExclusiveMaximumLimit() : n.getMaximum());
            default -> MULTIPLE_OF.formatted(actual, n.getMultipleOf());
        };
    }

    /**
     * The pattern as the schema wrote it. Schema text is less hostile than documents but may still hold
     * control characters, so it is folded onto one line; it is not quoted, so backslashes stay readable.
     */
    static String patternText(StringSchema s) {
        try {
            return Messages.oneLine(s.getPattern().pattern());
        } catch (RuntimeException e) {
            // getPattern() recompiles the RE2J pattern with java.util.regex, which can refuse RE2-only syntax.
            return "of the schema";
        }
    }

    private static String other(ValidationException e) {
        String where = e.getSchemaLocation() == null ? "" : " (" + Messages.quote(e.getSchemaLocation()) + ")";
        return OTHER.formatted(e.getKeyword() == null ? "schema" : Messages.quote(e.getKeyword()), where);
    }
}
