package dev.fmlint.rules;

import dev.fmlint.source.DisplayWidth;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Front-matter text fields are within a minimum and maximum length: by default the title is at most 60
 * characters and the description at most 160, the limits search engines show. Lengths count Unicode code
 * points (an emoji or a CJK character is one), or, with {@code count: width}, display columns, where CJK
 * and other wide characters count as two.
 */
public final class FieldLength implements Rule {
    private static final RuleMeta META = new RuleMeta("field-length",
            "Front-matter text fields are within their minimum and maximum length", Set.of("front-matter"),
            Severity.WARNING, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "fields": {
                  "description": "limits by top-level key; replaces the default",
                  "type": "object",
                  "additionalProperties": {
                    "type": "object",
                    "additionalProperties": false,
                    "minProperties": 1,
                    "properties": {
                      "min": {"type": "integer", "minimum": 0},
                      "max": {"type": "integer", "minimum": 0}
                    }
                  }
                },
                "count": {
                  "description": "code-points: each character counts one; width: CJK and other wide characters count two",
                  "enum": ["code-points", "width"]
                }
              }
            }""", false);
    private static final String TOO_LONG = "%s is %s, over the maximum of %d; shorten it by %d";
    private static final String TOO_SHORT = "%s is %s, under the minimum of %d; add %d more";
    private static final String CHARACTERS = "%d characters long";
    private static final String COLUMNS = "%d columns wide (CJK characters count as two)";

    private static final Map<String, Object> DEFAULT_FIELDS = Map.of(
            "title", Map.of("max", 60L),
            "description", Map.of("max", 160L));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.frontMatter().isEmpty()) {
            return;
        }
        YamlNode.Mapping root = ctx.frontMatter().get().root();
        boolean width = ctx.options().string("count", "code-points").equals("width");
        Map<String, Object> fields = fields(ctx);
        for (YamlNode.Entry entry : root.entries()) {
            if (!(fields.get(entry.key()) instanceof Map<?, ?> limits)) {
                continue;
            }
            Optional<String> text = entry.value() instanceof YamlNode.Scalar s ? s.asString() : Optional.empty();
            if (text.isEmpty()) {
                continue; // not text: the schema's business
            }
            int length = width ? DisplayWidth.of(text.get()) : text.get().codePointCount(0, text.get().length());
            if (limits.get("max") instanceof Number max && length > max.intValue()) {
                ctx.report(entry.value().span(), TOO_LONG.formatted(Messages.quote(entry.key()), measured(length, width),
                        max.intValue(), length - max.intValue()));
            }
            if (limits.get("min") instanceof Number min && length < min.intValue()) {
                ctx.report(entry.value().span(), TOO_SHORT.formatted(Messages.quote(entry.key()), measured(length, width),
                        min.intValue(), min.intValue() - length));
            }
        }
    }

    private static String measured(int length, boolean width) {
        return (width ? COLUMNS : CHARACTERS).formatted(length);
    }

    private static Map<String, Object> fields(RuleContext ctx) {
        Object configured = ctx.options().values().get("fields");
        if (configured instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), v));
            return fields;
        }
        return DEFAULT_FIELDS;
    }
}
