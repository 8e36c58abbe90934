package dev.fmlint.rules;

import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Location;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.PlainData;
import dev.fmlint.spi.ProjectFiles;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.RunContext;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * No two files of a run share a value of a unique front-matter field: the {@code slug} by default, and
 * optionally {@code title} or any other top-level key. Each file with a shared value gets a finding that
 * names the other files. Values compare as text after trimming, collapsing white space and Unicode NFC,
 * optionally ignoring case.
 */
public final class UniqueField implements CrossFileRule<List<UniqueField.Value>> {
    private static final RuleMeta META = new RuleMeta("unique-field",
            "No two files share a slug, or another front-matter value that must be unique",
            Set.of("front-matter", "slug"), Severity.ERROR, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "fields": {
                  "description": "the top-level keys whose values must be unique across files",
                  "type": "array", "minItems": 1, "uniqueItems": true, "items": {"type": "string", "minLength": 1}
                },
                "ignoreCase": {"description": "values that differ only in letter case are the same", "type": "boolean"}
              }
            }""", false);
    private static final String SHARED = "%s %s is also used by %s; each file needs its own %s";
    private static final int NAMED = 3;

    private static final List<String> DEFAULT_FIELDS = List.of("slug");

    /** One unique field's value in one file: the key, the value to compare, the value as written, its place. */
    public record Value(String field, String key, String shown, Location where) {}

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        // Nothing one file can tell: the whole-run step compares files.
    }

    @Override
    public List<Value> collect(RuleContext ctx, ProjectFiles project) {
        if (ctx.frontMatter().isEmpty()) {
            return null;
        }
        boolean ignoreCase = ctx.options().bool("ignoreCase", false);
        List<Value> values = new ArrayList<>();
        for (String field : ctx.options().strings("fields", DEFAULT_FIELDS)) {
            ctx.frontMatter().get().root().get(field).ifPresent(node -> {
                if (node instanceof YamlNode.Scalar s && s.value() != null) {
                    String text = HeadingText.normalize(String.valueOf(s.value()));
                    if (!text.isEmpty()) {
                        String key = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
                        values.add(new Value(field, key, text, Location.of(ctx.file(), s.span())));
                    }
                }
            });
        }
        return values.isEmpty() ? null : List.copyOf(values);
    }

    /** Each value as [field, key, shown, line, column, end line, end column]. */
    @Override
    public Optional<Object> factsToData(List<Value> facts) {
        List<Object> data = new ArrayList<>(facts.size());
        for (Value v : facts) {
            List<Object> item = new ArrayList<>(List.of(v.field(), v.key(), v.shown()));
            item.addAll(PlainData.location(v.where()));
            data.add(item);
        }
        return Optional.of(data);
    }

    @Override
    public List<Value> factsFromData(Object data) {
        List<Value> values = new ArrayList<>();
        for (Object o : PlainData.list(data)) {
            List<?> item = PlainData.tuple(o, 7);
            values.add(new Value(PlainData.string(item.get(0)), PlainData.string(item.get(1)),
                    PlainData.string(item.get(2)), PlainData.location(item.subList(3, 7))));
        }
        return List.copyOf(values);
    }

    @Override
    public void finish(List<Collected<List<Value>>> files, RunContext run) {
        record Use(Collected<List<Value>> file, Value value) {}
        Map<String, List<Use>> byValue = new LinkedHashMap<>();
        for (Collected<List<Value>> file : files) {
            for (Value v : file.facts()) {
                byValue.computeIfAbsent(v.field() + "\u0000" + v.key(), k -> new ArrayList<>()).add(new Use(file, v));
            }
        }
        for (List<Use> uses : byValue.values()) {
            if (uses.size() < 2) {
                continue;
            }
            for (Use use : uses) {
                List<String> others = new ArrayList<>();
                for (Use other : uses) {
                    if (other != use) {
                        others.add(Messages.quote(other.file().displayPath()) + ":" + other.value().where().line());
                    }
                }
                String named = String.join(", ", others.subList(0, Math.min(NAMED, others.size())));
                if (others.size() > NAMED) {
                    named += " and " + (others.size() - NAMED) + " more";
                }
                String field = Messages.quote(use.value().field());
                run.report(use.file(), use.value().where(), SHARED.formatted(field,
                        "\"" + Messages.quote(use.value().shown()) + "\"", named, field));
            }
        }
    }
}
