package dev.fmlint.config;

import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a rule's configured options against the JSON Schema in its {@link RuleMeta#optionsSchema()}, with
 * the same validator and plain-words messages as front matter. One instance compiles each rule's schema
 * once; it is meant for one configuration check, on one thread.
 */
public final class RuleOptionsCheck {
    static final String NO_OPTIONS = "%s takes no options, but %s given; remove %s or set only the severity";
    static final String BAD_SCHEMA = "%s has an options schema that cannot be used (a bug in the rule): %s";
    static final String INVALID = "option of %s: %s";

    private final SchemaLoader loader = new SchemaLoader();
    private final Map<String, FrontMatterValidator> compiled = new HashMap<>();

    /** What is wrong with {@code options} for the rule, one problem per entry; empty when they are fine. */
    public List<String> problems(RuleMeta meta, Map<String, Object> options) {
        if (options.isEmpty()) {
            return List.of();
        }
        if (!meta.takesOptions()) {
            List<String> keys = options.keySet().stream().map(k -> "\"" + Messages.quote(k) + "\"").toList();
            boolean one = keys.size() == 1;
            return List.of(NO_OPTIONS.formatted(meta.id(), String.join(", ", keys) + (one ? " is" : " are"),
                    one ? "it" : "them"));
        }
        FrontMatterValidator validator;
        try {
            validator = compiled.computeIfAbsent(meta.id(), id -> compile(meta));
        } catch (IllegalStateException e) {
            return List.of(BAD_SCHEMA.formatted(meta.id(), e.getMessage()));
        }
        YamlNode.Mapping root = (YamlNode.Mapping) node(options);
        List<String> problems = new ArrayList<>();
        for (Finding f : validator.validate(new FrontMatter(NOWHERE, NOWHERE, root))) {
            problems.add(INVALID.formatted(meta.id(), f.message()));
        }
        return problems;
    }

    private FrontMatterValidator compile(RuleMeta meta) {
        try {
            return loader.compile(meta.optionsSchema(), "options of " + meta.id());
        } catch (SchemaLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static final Span NOWHERE = Span.at(0);

    /** Plain option data (as YAML or a test gives it) back into the typed tree the validator reads. */
    private static YamlNode node(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(new YamlNode.Entry(String.valueOf(k), NOWHERE, node(v))));
            return new YamlNode.Mapping(entries, true, NOWHERE);
        }
        if (value instanceof List<?> list) {
            return new YamlNode.Sequence(list.stream().map(RuleOptionsCheck::node).toList(), true, NOWHERE);
        }
        Object scalar = value;
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            scalar = ((Number) value).longValue();
        } else if (value instanceof Double || value instanceof Float) {
            scalar = BigDecimal.valueOf(((Number) value).doubleValue());
        } else if (!(value == null || value instanceof String || value instanceof Long || value instanceof BigInteger
                || value instanceof BigDecimal || value instanceof Boolean)) {
            scalar = String.valueOf(value); // a YAML 1.1 date from a test loader, say: compare it as written
        }
        return new YamlNode.Scalar(scalar, String.valueOf(value), true, NOWHERE);
    }
}
