package dev.fmlint.custom;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.fmlint.config.ConfigNode;
import dev.fmlint.config.Suggestions;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one custom rule definition and checks all of it: keys, types, the scope, each check, regular
 * expressions (compiled with RE2/J), {@code suggest} group references, message placeholders, conditions and
 * {@code one-of-file}. The first problem found is the error, placed on the key or value at fault.
 */
final class DefinitionReader {
    static final List<String> KEYS = List.of("id", "description", "message", "severity", "field", "pointer", "scope",
            "includeCode", "forbid", "suggest", "require", "one-of", "one-of-file", "min-length", "max-length",
            "not-equal-field", "when");
    static final List<String> SCOPE_KEYS = List.of("field", "pointer", "scope");
    static final List<String> CHECK_KEYS = List.of("forbid", "require", "one-of", "one-of-file", "min-length",
            "max-length", "not-equal-field");
    static final List<String> CONDITION_KEYS = List.of("field", "pointer", "equals", "not", "exists");
    static final List<String> TEST_KEYS = List.of("equals", "not", "exists");
    private static final java.util.regex.Pattern KEBAB = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final java.util.regex.Pattern POINTER = java.util.regex.Pattern.compile("(/([^~]|~[01])*)+");
    static final String RE2J = "fmlint matches patterns with RE2/J, which runs in linear time but has no look-around "
            + "and no backreferences";

    private final SourceFile source;
    private String name = "custom rule";

    DefinitionReader(SourceFile source) {
        this.source = source;
    }

    CustomRule read(YamlNode node) throws BadDefinition {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw bad(node.span(), "expected a mapping with an id, a message, a scope and a check (or {include: "
                    + "FILE}); found " + kind(node));
        }
        if (m.get("id").orElse(null) instanceof YamlNode.Scalar s && s.value() instanceof String given) {
            name = "custom rule \"" + Messages.quote(given) + "\""; // names the rule in every error, even about keys
        }
        unknownKeys(m, KEYS);
        String id = text(m, "id").orElseThrow(() -> bad(m.span(), "missing \"id\": name the rule in kebab-case, "
                + "e.g. no-todo"));
        if (!KEBAB.matcher(id).matches()) {
            throw bad(value(m, "id").span(), "id \"" + Messages.quote(id) + "\" is not kebab-case (lowercase words and "
                    + "digits joined by hyphens, e.g. no-todo)");
        }
        String messageText = text(m, "message").orElseThrow(() -> bad(m.span(), "missing \"message\": say what is "
                + "wrong and how to fix it; {value} and {match} insert the text found"));
        Template message;
        try {
            message = Template.parse(messageText);
        } catch (IllegalArgumentException e) {
            throw bad(value(m, "message").span(), e.getMessage());
        }
        Severity severity = severity(m);
        String summary = text(m, "description").map(Messages::oneLine).orElse(message.summary());
        Scope scope = scope(m);
        List<Check> checks = checks(m, scope);
        List<Condition> when = m.get("when").isPresent() ? conditions(m.get("when").get()) : List.of();
        boolean fixable = checks.stream().anyMatch(c -> c instanceof Check.Forbid f && f.suggest() != null);
        RuleMeta meta = new RuleMeta(id, summary, Set.of("custom"), severity, fixable);
        return new CustomRule(meta, new ConfigNode(m, source).where(), scope, checks, when, message);
    }

    private Severity severity(YamlNode.Mapping m) throws BadDefinition {
        Optional<String> word = text(m, "severity");
        if (word.isEmpty()) {
            return Severity.ERROR;
        }
        return switch (word.get()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw bad(value(m, "severity").span(), "severity must be warning or error, found \""
                    + Messages.quote(word.get()) + "\"" + (word.get().equals("off")
                    ? " (turn a rule off under rules: instead)" : ""));
        };
    }

    private Scope scope(YamlNode.Mapping m) throws BadDefinition {
        List<String> given = written(m, SCOPE_KEYS);
        if (given.isEmpty()) {
            throw bad(m.span(), "missing a scope: give field (a front-matter key), pointer (a JSON pointer such as "
                    + "/author/name) or scope (" + String.join(", ", MarkdownScope.Kind.words()) + ")");
        }
        if (given.size() > 1) {
            throw bad(key(m, given.get(1)), "has two scopes, " + given.get(0) + " and " + given.get(1)
                    + "; give only one");
        }
        Optional<YamlNode.Entry> includeCode = m.entry("includeCode");
        boolean code = includeCode.isPresent() && bool(includeCode.get());
        Scope scope = switch (given.get(0)) {
            case "field" -> {
                String field = text(m, "field").orElseThrow();
                yield new FieldScope(FrontMatterValues.pointerOf(field), "field " + field);
            }
            case "pointer" -> {
                String pointer = pointer(m, "pointer");
                yield new FieldScope(pointer, "value at " + pointer);
            }
            default -> new MarkdownScope(markdownKind(m), code);
        };
        boolean text = scope instanceof MarkdownScope ms && ms.kind() != MarkdownScope.Kind.LINK_URL;
        if (includeCode.isPresent() && !text) {
            throw bad(includeCode.get().keySpan(), "includeCode only applies to the body, headings, link-text and "
                    + "image-alt scopes");
        }
        return scope;
    }

    private MarkdownScope.Kind markdownKind(YamlNode.Mapping m) throws BadDefinition {
        String word = text(m, "scope").orElseThrow();
        for (MarkdownScope.Kind k : MarkdownScope.Kind.values()) {
            if (k.word().equals(word)) {
                return k;
            }
        }
        List<String> words = MarkdownScope.Kind.words();
        String hint = Suggestions.closest(word, words).map(s -> "; did you mean \"" + s + "\"?").orElse("");
        throw bad(value(m, "scope").span(), "unknown scope \"" + Messages.quote(word) + "\"" + hint + " (scopes: "
                + String.join(", ", words) + "; for front matter use field or pointer)");
    }

    private List<Check> checks(YamlNode.Mapping m, Scope scope) throws BadDefinition {
        if (CHECK_KEYS.stream().noneMatch(k -> m.get(k).isPresent())) {
            throw bad(m.span(), "has no check: give forbid, require, one-of, one-of-file, min-length, max-length or "
                    + "not-equal-field");
        }
        List<Check> checks = new ArrayList<>();
        if (m.get("suggest").isPresent() && m.get("forbid").isEmpty()) {
            throw bad(key(m, "suggest"), "suggest needs a forbid pattern: it replaces what forbid matches");
        }
        if (m.get("forbid").isPresent()) {
            Pattern forbid = pattern(m, "forbid");
            Replacement suggest = null;
            if (m.get("suggest").isPresent()) {
                String text = text(m, "suggest").orElseThrow();
                try {
                    suggest = Replacement.parse(text, forbid);
                } catch (IllegalArgumentException e) {
                    throw bad(value(m, "suggest").span(), e.getMessage());
                }
            }
            checks.add(new Check.Forbid(forbid, suggest));
        }
        if (m.get("require").isPresent()) {
            checks.add(new Check.Require(pattern(m, "require")));
        }
        if (m.get("one-of").isPresent() && m.get("one-of-file").isPresent()) {
            throw bad(key(m, "one-of-file"), "give one-of or one-of-file, not both");
        }
        if (m.get("one-of").isPresent()) {
            checks.add(new Check.OneOf(oneOf(value(m, "one-of")), "one-of"));
        }
        if (m.get("one-of-file").isPresent()) {
            String file = text(m, "one-of-file").orElseThrow();
            checks.add(new Check.OneOf(new LinkedHashSet<>(valuesFile(value(m, "one-of-file"), file)),
                    "one-of-file " + file));
        }
        Integer min = length(m, "min-length");
        Integer max = length(m, "max-length");
        if (min != null && max != null && min > max) {
            throw bad(value(m, "min-length").span(), "min-length " + min + " is more than max-length " + max);
        }
        if (min != null || max != null) {
            checks.add(new Check.Length(min, max));
        }
        if (m.get("not-equal-field").isPresent()) {
            String other = text(m, "not-equal-field").orElseThrow();
            String pointer = other.startsWith("/") ? pointer(m, "not-equal-field") : FrontMatterValues.pointerOf(other);
            checks.add(new Check.NotEqualField(pointer, other));
        }
        return checks;
    }

    private Pattern pattern(YamlNode.Mapping m, String key) throws BadDefinition {
        String regex = text(m, key).orElseThrow();
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            String fragment = e.getPattern() == null || e.getPattern().isEmpty() ? ""
                    : ": \"" + Messages.quote(e.getPattern()) + "\"";
            throw bad(value(m, key).span(), key + " pattern \"" + Messages.quote(regex) + "\" cannot be used: "
                    + Messages.oneLine(e.getDescription()) + fragment + " (" + RE2J + ")");
        } catch (RuntimeException | StackOverflowError e) {
            throw bad(value(m, key).span(), key + " pattern \"" + Messages.quote(regex) + "\" cannot be used ("
                    + e.getClass().getSimpleName() + "; " + RE2J + ")");
        }
    }

    private Set<String> oneOf(YamlNode node) throws BadDefinition {
        if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            throw bad(node.span(), "one-of must be a non-empty list of values, e.g. [news, howto]");
        }
        Set<String> values = new LinkedHashSet<>();
        for (YamlNode item : list.items()) {
            String text = item instanceof YamlNode.Scalar s ? FrontMatterValues.text(s) : null;
            if (text == null) {
                throw bad(item.span(), "one-of items must be plain values (text, numbers, booleans), found "
                        + kind(item));
            }
            values.add(text);
        }
        return values;
    }

    private List<String> valuesFile(YamlNode node, String file) throws BadDefinition {
        if (source.path() == null) {
            throw bad(node.span(), "one-of-file can only be used in a configuration file on disk");
        }
        Path path = source.path().toAbsolutePath().getParent().resolve(file).normalize();
        String display = Path.of(source.displayPath()).resolveSibling(file).normalize().toString();
        try {
            return AllowedValues.read(path, display);
        } catch (IllegalArgumentException e) {
            String shown = display.equals(file) ? "" : " (" + Messages.quote(display) + ")";
            throw bad(node.span(), "one-of-file \"" + Messages.quote(file) + "\"" + shown + ": " + e.getMessage());
        }
    }

    private Integer length(YamlNode.Mapping m, String key) throws BadDefinition {
        if (m.get(key).isEmpty()) {
            return null;
        }
        YamlNode node = value(m, key);
        Object v = node instanceof YamlNode.Scalar s ? s.value() : null;
        if ((v instanceof Long || v instanceof BigInteger) && ((Number) v).longValue() >= 0
                && new BigInteger(v.toString()).compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
            return ((Number) v).intValue();
        }
        throw bad(node.span(), key + " must be a whole number, 0 or more; found " + kind(node));
    }

    private List<Condition> conditions(YamlNode when) throws BadDefinition {
        if (when instanceof YamlNode.Mapping m) {
            return List.of(condition(m));
        }
        if (when instanceof YamlNode.Sequence list && !list.items().isEmpty()) {
            List<Condition> all = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (!(item instanceof YamlNode.Mapping m)) {
                    throw bad(item.span(), "each when condition is a mapping such as {field: draft, not: true}");
                }
                all.add(condition(m));
            }
            return all;
        }
        throw bad(when.span(), "when must be a condition such as {field: draft, not: true}, or a list of them "
                + "(all must hold)");
    }

    private Condition condition(YamlNode.Mapping m) throws BadDefinition {
        unknownKeys(m, CONDITION_KEYS);
        List<String> subjects = written(m, List.of("field", "pointer"));
        if (subjects.size() != 1) {
            throw bad(subjects.isEmpty() ? m.span() : key(m, subjects.get(1)), "a when condition names one value: "
                    + "field (a front-matter key) or pointer (a JSON pointer), not " + (subjects.isEmpty() ? "none"
                    : "both"));
        }
        List<String> tests = written(m, TEST_KEYS);
        if (tests.size() != 1) {
            throw bad(tests.isEmpty() ? m.span() : key(m, tests.get(1)), "a when condition has exactly one test: "
                    + "equals, not or exists" + (tests.isEmpty() ? "" : "; found " + String.join(" and ", tests)));
        }
        String label;
        String pointer;
        if (subjects.get(0).equals("field")) {
            label = text(m, "field").orElseThrow();
            pointer = FrontMatterValues.pointerOf(label);
        } else {
            pointer = pointer(m, "pointer");
            label = pointer;
        }
        Condition.Test test = switch (tests.get(0)) {
            case "equals" -> new Condition.Equals(value(m, "equals").data());
            case "not" -> new Condition.NotEquals(value(m, "not").data());
            default -> new Condition.Exists(bool(m.entry("exists").orElseThrow()));
        };
        return new Condition(pointer, label, test);
    }

    private String pointer(YamlNode.Mapping m, String key) throws BadDefinition {
        String pointer = text(m, key).orElseThrow();
        if (!POINTER.matcher(pointer).matches()) {
            throw bad(value(m, key).span(), "\"" + Messages.quote(pointer) + "\" is not a JSON pointer: it starts with "
                    + "\"/\" (e.g. /author/name), and \"~\" is written ~0 and a \"/\" in a key ~1");
        }
        return pointer;
    }

    /** Which of these keys the mapping has, in the order they are written (an error points at the second). */
    private static List<String> written(YamlNode.Mapping m, List<String> keys) {
        return m.entries().stream().map(YamlNode.Entry::key).filter(keys::contains).toList();
    }

    private void unknownKeys(YamlNode.Mapping m, List<String> known) throws BadDefinition {
        for (YamlNode.Entry e : m.entries()) {
            if (!known.contains(e.key())) {
                List<String> unused = known.stream().filter(k -> m.get(k).isEmpty()).toList();
                String hint = Suggestions.closest(e.key(), unused).map(s -> "; did you mean \"" + s + "\"?")
                        .orElse("; the keys are " + String.join(", ", known));
                throw bad(e.keySpan(), "unknown key \"" + Messages.quote(e.key()) + "\"" + hint);
            }
        }
    }

    /** A key's text value; an error when it is there but not text. */
    private Optional<String> text(YamlNode.Mapping m, String key) throws BadDefinition {
        Optional<YamlNode> node = m.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s && s.value() instanceof String text) {
            // A pattern may be white space ("  " forbids double spaces); suggest may even be empty.
            boolean pattern = key.equals("forbid") || key.equals("require");
            if (!key.equals("suggest") && (pattern ? text.isEmpty() : text.isBlank())) {
                throw bad(node.get().span(), key + " is empty");
            }
            return Optional.of(text);
        }
        throw bad(node.get().span(), key + " must be text, found " + kind(node.get()) + " (quote it)");
    }

    private boolean bool(YamlNode.Entry e) throws BadDefinition {
        if (e.value() instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        throw bad(e.value().span(), e.key() + " must be true or false, found " + kind(e.value()));
    }

    private static YamlNode value(YamlNode.Mapping m, String key) {
        return m.get(key).orElseThrow();
    }

    private static Span key(YamlNode.Mapping m, String key) {
        return m.entry(key).orElseThrow().keySpan();
    }

    private static String kind(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.value() == null ? "nothing (null)" : s.jsonType() + " " + Messages.quote(s.source());
        }
        return node instanceof YamlNode.Sequence ? "a list" : "a mapping";
    }

    private BadDefinition bad(Span span, String problem) {
        return new BadDefinition(span, name + ": " + problem);
    }
}
