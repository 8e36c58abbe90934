package dev.fmlint.rules;

import dev.fmlint.frontmatter.YamlFlowWriter;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The front-matter {@code tags} is a YAML list of unique, trimmed, non-empty strings. The common mistake,
 * a comma-separated string ({@code tags: AI, 2024}), gets one finding with the list it should be and a fix
 * that writes it.
 */
public final class TagsFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("tags-format",
            "The front-matter tags are a YAML list of unique, trimmed, non-empty strings",
            Set.of("front-matter", "tags"), Severity.ERROR, true);
    private static final String STRING = "tags is a string; write it as a YAML list: tags: %s";
    private static final String EMPTY_STRING = "tags is an empty string; write an empty list (tags: []) or remove "
            + "the key";
    private static final String SCALAR = "tags is a %s; write it as a YAML list: tags: %s";
    private static final String NO_VALUE = "tags has no value; write a YAML list such as tags: [\"news\"], or "
            + "remove the key";
    private static final String MAPPING = "tags is a mapping; write it as a YAML list of strings such as "
            + "tags: [\"news\", \"java\"]";
    private static final String EMPTY_ITEM = "empty tag; remove this item from the list";
    private static final String NOT_STRING = "tag %s is a %s, not a string; quote it: \"%s\"";
    private static final String NESTED = "tag is a %s, not a string; write each tag as a single string";
    private static final String UNTRIMMED = "tag \"%s\" has leading or trailing spaces; write \"%s\"";
    private static final String DUPLICATE = "duplicate tag \"%s\": first listed on line %d; remove this one";
    private static final String FIX_LIST = "write tags as a YAML list";
    private static final String FIX_QUOTE = "quote the tag";
    private static final String FIX_TRIM = "trim the tag";

    /** ASCII comma, full-width comma and the ideographic enumeration comma. */
    private static final Pattern SEPARATORS = Pattern.compile("[,，、]");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Optional<YamlNode> tags = ctx.frontMatter().flatMap(fm -> fm.root().get("tags"));
        if (tags.isEmpty()) {
            return;
        }
        YamlNode node = tags.get();
        if (node instanceof YamlNode.Sequence list) {
            checkItems(ctx, list);
        } else if (node instanceof YamlNode.Mapping) {
            ctx.report(node.span(), MAPPING);
        } else {
            YamlNode.Scalar scalar = (YamlNode.Scalar) node;
            if (scalar.value() == null) {
                ctx.report(scalar.span(), NO_VALUE);
            } else if (scalar.value() instanceof String s) {
                List<String> items = split(s);
                if (items.isEmpty()) {
                    ctx.report(scalar.span(), EMPTY_STRING, Fix.replace(FIX_LIST, scalar.span(), "[]"));
                } else {
                    ctx.report(scalar.span(), STRING.formatted(shown(items)),
                            Fix.replace(FIX_LIST, scalar.span(), YamlFlowWriter.list(items)));
                }
            } else {
                List<String> items = List.of(scalar.source());
                ctx.report(scalar.span(), SCALAR.formatted(typeName(scalar), shown(items)),
                        Fix.replace(FIX_LIST, scalar.span(), YamlFlowWriter.list(items)));
            }
        }
    }

    private static void checkItems(RuleContext ctx, YamlNode.Sequence list) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (YamlNode item : list.items()) {
            int line = ctx.file().lines().line(item.span().start());
            if (!(item instanceof YamlNode.Scalar scalar)) {
                ctx.report(item.span(), NESTED.formatted(typeName(item)));
            } else if (scalar.value() == null || scalar.value() instanceof String s && s.isBlank()) {
                ctx.report(item.span(), EMPTY_ITEM);
            } else if (!(scalar.value() instanceof String s)) {
                ctx.report(item.span(), NOT_STRING.formatted(Messages.quote(scalar.source()), typeName(scalar),
                        Messages.quote(scalar.source())),
                        Fix.replace(FIX_QUOTE, item.span(), YamlFlowWriter.scalar(scalar.source())));
            } else {
                String trimmed = s.strip();
                if (!trimmed.equals(s)) {
                    ctx.report(item.span(), UNTRIMMED.formatted(Messages.quote(s), Messages.quote(trimmed)),
                            Fix.replace(FIX_TRIM, item.span(), YamlFlowWriter.scalar(trimmed)));
                }
                Integer first = firstLine.putIfAbsent(s, line);
                if (first != null) {
                    ctx.report(item.span(), DUPLICATE.formatted(Messages.quote(s), first));
                }
            }
        }
    }

    /** The tags in a comma-separated string: trimmed, without empty or repeated items, in order. */
    static List<String> split(String value) {
        Set<String> items = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(value, -1)) {
            String item = part.strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    /** The list as the message shows it: every item double-quoted, which is valid YAML too. */
    private static String shown(List<String> items) {
        return items.stream().map(i -> "\"" + Messages.quote(i) + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String typeName(YamlNode node) {
        return switch (node.jsonType()) {
            case "integer", "number" -> "number";
            case "boolean" -> "boolean";
            case "array" -> "list";
            case "object" -> "mapping";
            default -> node.jsonType();
        };
    }
}
