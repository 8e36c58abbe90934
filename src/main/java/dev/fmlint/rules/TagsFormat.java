package dev.fmlint.rules;

import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.frontmatter.YamlFlowWriter;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.Location;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.PlainData;
import dev.fmlint.spi.ProjectFiles;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.RuleOptions;
import dev.fmlint.spi.RunContext;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The front-matter {@code tags} is a YAML list of unique, trimmed, non-empty strings. The common mistake,
 * a comma-separated string ({@code tags: AI, 2024}), gets one finding with the list it should be and a fix
 * that writes it. Options add a vocabulary (inline, or a file like Docusaurus's {@code tags.yml}), a case
 * style, a maximum count, and near-duplicates ({@code GPT-4} and {@code gpt4} in one list).
 *
 * <p>A vocabulary file is read once per run, in the whole-run step; the rest is checked file by file.
 */
public final class TagsFormat implements CrossFileRule<TagsFormat.Facts> {
    private static final RuleMeta META = new RuleMeta("tags-format",
            "The front-matter tags are a YAML list of unique, trimmed, non-empty strings",
            Set.of("front-matter", "tags"), Severity.ERROR, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "vocabulary": {
                  "description": "the allowed tags",
                  "type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": true
                },
                "vocabularyFile": {
                  "description": "a YAML file whose keys are the allowed tags, looked for from each file's folder up",
                  "type": "string", "minLength": 1
                },
                "case": {"description": "the letter case of tags", "enum": ["any", "lower", "kebab"]},
                "maxCount": {"description": "the most tags a file may have", "type": "integer", "minimum": 0},
                "nearDuplicates": {
                  "description": "report tags that differ only in case, spaces or punctuation",
                  "type": "boolean"
                }
              }
            }""", true);
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
    private static final String NEAR_DUPLICATE = "tag \"%s\" is a near-duplicate of \"%s\" (line %d): they differ "
            + "only in case, spaces or punctuation; keep one spelling";
    private static final String WRONG_CASE = "tag \"%s\" is not %s; write \"%s\"";
    private static final String SPELLED = "tag \"%s\" is spelled \"%s\" in the vocabulary; write \"%s\"";
    private static final String UNKNOWN = "tag \"%s\" is not in the vocabulary%s; use a listed tag or add it there";
    private static final String TOO_MANY = "%d tags, over the maximum of %d; keep the %d that describe the page best";
    private static final String NO_FILE = "vocabulary file \"%s\" not found in this file's folder or any folder "
            + "above it in the project";
    private static final String BAD_FILE = "vocabulary file %s cannot be used: %s";
    private static final String FIX_LIST = "write tags as a YAML list";
    private static final String FIX_QUOTE = "quote the tag";
    private static final String FIX_TAG = "rewrite the tag";

    /** ASCII comma, full-width comma and the ideographic enumeration comma. */
    private static final Pattern SEPARATORS = Pattern.compile("[,，、]");
    /** What near-duplicates may differ in, besides letter case and full-width forms. */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\-_.·/]+");
    private static final Pattern KEBAB_GAPS = Pattern.compile("[\\s_]+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The options, read once per check. */
    private record Style(List<String> vocabulary, boolean vocabularyFile, String letterCase, int maxCount,
                         boolean nearDuplicates) {
        static Style of(RuleOptions o) {
            return new Style(o.strings("vocabulary", List.of()), o.string("vocabularyFile", null) != null,
                    o.string("case", "any"), o.integer("maxCount", Integer.MAX_VALUE), o.bool("nearDuplicates", true));
        }

        /** Whether check() compares with the vocabulary; with a file it is the whole-run step's job. */
        boolean checksVocabulary() {
            return !vocabulary.isEmpty() && !vocabularyFile;
        }

        /** The vocabulary's spelling of a tag, by its near-duplicate key; null when it has none. */
        String spelling(String tag) {
            for (String v : vocabulary) {
                if (key(v).equals(key(tag))) {
                    return v;
                }
            }
            return null;
        }

        /** The tag as the rule wants it: the vocabulary's spelling, or else in the case style. */
        String canonical(String tag) {
            if (checksVocabulary()) {
                String v = vocabulary.contains(tag) ? tag : spelling(tag);
                return v == null ? tag : v;
            }
            return switch (letterCase) {
                case "lower" -> tag.toLowerCase(Locale.ROOT);
                case "kebab" -> KEBAB_GAPS.matcher(tag.toLowerCase(Locale.ROOT)).replaceAll("-")
                        .replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
                default -> tag;
            };
        }
    }

    @Override
    public void check(RuleContext ctx) {
        Optional<YamlNode> tags = ctx.frontMatter().flatMap(fm -> fm.root().get("tags"));
        if (tags.isEmpty()) {
            return;
        }
        Style style = Style.of(ctx.options());
        YamlNode node = tags.get();
        if (node instanceof YamlNode.Sequence list) {
            checkItems(ctx, list, style);
            if (list.items().size() > style.maxCount()) {
                ctx.report(list.span(), TOO_MANY.formatted(list.items().size(), style.maxCount(), style.maxCount()));
            }
        } else if (node instanceof YamlNode.Mapping) {
            ctx.report(node.span(), MAPPING);
        } else {
            YamlNode.Scalar scalar = (YamlNode.Scalar) node;
            if (scalar.value() == null) {
                ctx.report(scalar.span(), NO_VALUE);
            } else if (scalar.value() instanceof String s) {
                List<String> items = suggested(split(s), style);
                if (items.isEmpty()) {
                    ctx.report(scalar.span(), EMPTY_STRING, Fix.replace(FIX_LIST, scalar.span(), "[]"));
                } else {
                    ctx.report(scalar.span(), STRING.formatted(shown(items)), listFix(ctx, scalar, items));
                    if (items.size() > style.maxCount()) {
                        ctx.report(scalar.span(), TOO_MANY.formatted(items.size(), style.maxCount(), style.maxCount()));
                    }
                }
            } else {
                List<String> items = List.of(scalar.source());
                ctx.report(scalar.span(), SCALAR.formatted(typeName(scalar), shown(items)), listFix(ctx, scalar, items));
            }
        }
    }

    /**
     * Writes the list in the style the front matter already uses: a block list ({@code - item} lines) when
     * it has one, else a flow list ({@code [a, b]}), so the fix reads like the rest of the file.
     */
    private static Fix listFix(RuleContext ctx, YamlNode.Scalar value, List<String> items) {
        FrontMatter fm = ctx.frontMatter().orElseThrow();
        boolean block = fm.root().entries().stream()
                .anyMatch(e -> e.value() instanceof YamlNode.Sequence seq && !seq.flow() && !seq.items().isEmpty());
        YamlNode.Entry entry = fm.root().entry("tags").orElseThrow();
        int colon = ctx.file().text().indexOf(':', entry.keySpan().end());
        if (!block || colon < 0 || colon >= value.span().start()) {
            return Fix.replace(FIX_LIST, value.span(), YamlFlowWriter.list(items));
        }
        String indent = " ".repeat(ctx.file().lines().column(entry.keySpan().start()) - 1 + 2);
        StringBuilder lines = new StringBuilder();
        for (String item : items) {
            lines.append('\n').append(indent).append("- ").append(YamlFlowWriter.scalar(item));
        }
        return Fix.replace(FIX_LIST, new Span(colon + 1, value.span().end()), lines.toString());
    }

    private static void checkItems(RuleContext ctx, YamlNode.Sequence list, Style style) {
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, String> firstByKey = new HashMap<>();
        for (YamlNode item : list.items()) {
            int line = ctx.file().lines().line(item.span().start());
            if (!(item instanceof YamlNode.Scalar scalar)) {
                ctx.report(item.span(), NESTED.formatted(typeName(item)));
                continue;
            }
            if (scalar.value() == null || scalar.value() instanceof String s && s.isBlank()) {
                ctx.report(item.span(), EMPTY_ITEM);
                continue;
            }
            if (!(scalar.value() instanceof String s)) {
                ctx.report(item.span(), NOT_STRING.formatted(Messages.quote(scalar.source()), typeName(scalar),
                        Messages.quote(scalar.source())),
                        Fix.replace(FIX_QUOTE, item.span(), YamlFlowWriter.scalar(scalar.source())));
                continue;
            }
            Integer first = firstLine.putIfAbsent(s, line);
            if (first != null) {
                ctx.report(item.span(), DUPLICATE.formatted(Messages.quote(s), first));
                continue;
            }
            String trimmed = s.strip();
            String key = key(trimmed);
            if (style.nearDuplicates() && firstByKey.containsKey(key)) {
                String other = firstByKey.get(key);
                ctx.report(item.span(), NEAR_DUPLICATE.formatted(Messages.quote(s), Messages.quote(other),
                        firstLine.get(other)));
                continue;
            }
            firstByKey.putIfAbsent(key, s);
            checkSpelling(ctx, scalar, s, trimmed, style);
        }
    }

    /** One finding at most per item, so that fixes never overlap: the vocabulary, then the case, then spaces. */
    private static void checkSpelling(RuleContext ctx, YamlNode.Scalar item, String raw, String trimmed, Style style) {
        String quoted = Messages.quote(raw);
        if (style.checksVocabulary() && !style.vocabulary().contains(trimmed)) {
            String spelling = style.spelling(trimmed);
            if (spelling == null) {
                ctx.report(item.span(), UNKNOWN.formatted(quoted, ""));
            } else {
                ctx.report(item.span(), SPELLED.formatted(quoted, Messages.quote(spelling), Messages.quote(spelling)),
                        Fix.replace(FIX_TAG, item.span(), YamlFlowWriter.scalar(spelling)));
            }
            return;
        }
        String wanted = style.canonical(trimmed);
        if (wanted.equals(raw)) {
            return;
        }
        Fix fix = Fix.replace(FIX_TAG, item.span(), YamlFlowWriter.scalar(wanted));
        if (wanted.equals(trimmed)) {
            ctx.report(item.span(), UNTRIMMED.formatted(quoted, Messages.quote(wanted)), fix);
        } else {
            String what = style.letterCase().equals("lower") ? "lowercase" : "kebab-case";
            ctx.report(item.span(), WRONG_CASE.formatted(quoted, what, Messages.quote(wanted)), fix);
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

    /** The list a string of tags should become: each tag as the options want it, without near-duplicates. */
    private static List<String> suggested(List<String> items, Style style) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String item : items) {
            String tag = style.canonical(item);
            byKey.putIfAbsent(style.nearDuplicates() ? key(tag) : tag, tag);
        }
        return List.copyOf(new LinkedHashSet<>(byKey.values()));
    }

    /**
     * What two tags share when they are near-duplicates: the same text after Unicode compatibility folding
     * (full-width letters become ASCII), lowercasing, and removing spaces, hyphens, underscores, dots and
     * slashes. {@code GPT-4}, {@code gpt4} and {@code ＧＰＴ－４} share {@code gpt4}; {@code C++} and
     * {@code C#} stay apart.
     */
    static String key(String tag) {
        String folded = Normalizer.normalize(tag, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String key = IGNORED.matcher(folded).replaceAll("");
        return key.isEmpty() ? folded : key;
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

    // --- the vocabulary file, read once per run ------------------------------------------------------------

    /** One file's tags and where they are, when a vocabulary file applies to it. */
    public record Facts(String vocabularyFile, List<String> vocabulary, List<Tag> tags) {}

    /** A tag as written (trimmed) and its place. */
    public record Tag(String text, Location where) {}

    @Override
    public Facts collect(RuleContext ctx, ProjectFiles project) {
        check(ctx);
        String file = ctx.options().string("vocabularyFile", null);
        Optional<YamlNode> tags = ctx.frontMatter().flatMap(fm -> fm.root().get("tags"));
        if (file == null || tags.isEmpty()) {
            return null;
        }
        List<Tag> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (tags.get() instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() instanceof String text && !text.isBlank()
                        && seen.add(text.strip())) {
                    found.add(new Tag(text.strip(), Location.of(ctx.file(), item.span())));
                }
            }
        } else if (tags.get() instanceof YamlNode.Scalar s && s.value() instanceof String text) {
            for (String tag : split(text)) {
                if (seen.add(tag)) {
                    found.add(new Tag(tag, Location.of(ctx.file(), s.span())));
                }
            }
        }
        return found.isEmpty() ? null
                : new Facts(file, ctx.options().strings("vocabulary", List.of()), List.copyOf(found));
    }

    /** {"file": vocabulary file, "vocabulary": [tags], "tags": [[text, line, column, end line, end column], ...]}. */
    @Override
    public Optional<Object> factsToData(Facts facts) {
        List<Object> tags = new ArrayList<>(facts.tags().size());
        for (Tag tag : facts.tags()) {
            List<Object> item = new ArrayList<>(List.of(tag.text()));
            item.addAll(PlainData.location(tag.where()));
            tags.add(item);
        }
        return Optional.of(Map.of("file", facts.vocabularyFile(), "vocabulary", facts.vocabulary(), "tags", tags));
    }

    @Override
    public Facts factsFromData(Object data) {
        Map<?, ?> map = PlainData.map(data);
        List<String> vocabulary = new ArrayList<>();
        for (Object o : PlainData.list(map.get("vocabulary"))) {
            vocabulary.add(PlainData.string(o));
        }
        List<Tag> tags = new ArrayList<>();
        for (Object o : PlainData.list(map.get("tags"))) {
            List<?> item = PlainData.tuple(o, 5);
            tags.add(new Tag(PlainData.string(item.get(0)), PlainData.location(item.subList(1, 5))));
        }
        if (tags.isEmpty()) { // finish() reports problems with the vocabulary file at the first tag
            throw new IllegalArgumentException("no tags");
        }
        return new Facts(PlainData.string(map.get("file")), List.copyOf(vocabulary), List.copyOf(tags));
    }

    @Override
    public void finish(List<Collected<Facts>> files, RunContext run) {
        Map<Path, Optional<Set<String>>> loaded = new HashMap<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Collected<Facts> file : files) {
            Facts facts = file.facts();
            Optional<Path> path = locate(run, file.path().getParent(), facts.vocabularyFile());
            if (path.isEmpty()) {
                if (reported.add("missing:" + facts.vocabularyFile())) {
                    run.report(file, facts.tags().get(0).where(), NO_FILE.formatted(Messages.quote(facts.vocabularyFile())));
                }
                continue;
            }
            Optional<Set<String>> vocabulary = loaded.computeIfAbsent(path.get(), p -> load(run, p, file, reported));
            if (vocabulary.isEmpty()) {
                continue;
            }
            Set<String> allowed = new LinkedHashSet<>(facts.vocabulary());
            allowed.addAll(vocabulary.get());
            String shown = "\"" + Messages.quote(run.projectRoot().relativize(path.get()).toString().replace('\\', '/'))
                    + "\"";
            String source = " (" + shown + (facts.vocabulary().isEmpty() ? ")" : " and the inline list)");
            for (Tag tag : facts.tags()) {
                if (!allowed.contains(tag.text())) {
                    String spelling = allowed.stream().filter(v -> key(v).equals(key(tag.text()))).findFirst().orElse(null);
                    String quoted = Messages.quote(tag.text());
                    run.report(file, tag.where(), spelling == null ? UNKNOWN.formatted(quoted, source)
                            : SPELLED.formatted(quoted, Messages.quote(spelling), Messages.quote(spelling)));
                }
            }
        }
    }

    /** The vocabulary file for a file: the first found in its folder or a folder above, inside the project. */
    private static Optional<Path> locate(RunContext run, Path folder, String name) {
        for (Path dir = folder; dir != null && dir.startsWith(run.projectRoot()); dir = dir.getParent()) {
            Path candidate = dir.resolve(name).normalize();
            if (candidate.startsWith(run.projectRoot()) && run.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The keys of a YAML mapping (Docusaurus's tags.yml), or empty after reporting why it cannot be used. */
    private static Optional<Set<String>> load(RunContext run, Path path, Collected<Facts> first, Set<String> reported) {
        String shown = "\"" + Messages.quote(run.projectRoot().relativize(path).toString().replace('\\', '/')) + "\"";
        Optional<String> text = run.text(path);
        String problem = null;
        Set<String> keys = new LinkedHashSet<>();
        if (text.isEmpty()) {
            problem = "it is not a readable UTF-8 file inside the project";
        } else {
            SourceFile source = SourceFile.of(path, path.toString(), text.get(), false);
            YamlComposer.Result composed = new YamlComposer(YamlComposer.Limits.DEFAULT)
                    .compose(source, new Span(0, text.get().length()));
            if (composed instanceof YamlComposer.Failed failed) {
                var f = failed.findings().get(0);
                problem = "line " + source.lines().line(f.span().start()) + ": " + f.message();
            } else {
                ((YamlComposer.Composed) composed).root().entries().forEach(e -> keys.add(e.key()));
                if (keys.isEmpty()) {
                    problem = "it has no tags; write each allowed tag as a key, as in Docusaurus's tags.yml";
                }
            }
        }
        if (problem != null) {
            if (reported.add("bad:" + path)) {
                run.report(first, first.facts().tags().get(0).where(), BAD_FILE.formatted(shown, problem));
            }
            return Optional.empty();
        }
        return Optional.of(java.util.Collections.unmodifiableSet(keys));
    }
}
