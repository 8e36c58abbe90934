package dev.fmlint.custom;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.fmlint.config.ConfigNode;
import dev.fmlint.config.Suggestions;
import dev.fmlint.source.SourceFile;
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
    static final String RE2J = "fmlint matches patterns with RE2/J, which runs in linear time but has no look-around "
            + "and no backreferences";
    private static final java.util.regex.Pattern KEBAB = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final SourceFile source;

    DefinitionReader(SourceFile source) {
        this.source = source;
    }

    CustomRule read(YamlNode node) throws BadDefinition {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new BadDefinition(node.span(), "custom rule: expected a mapping with an id, a message, a scope and "
                    + "a check (or {include: FILE}); found " + Definition.kind(node));
        }
        // The id names the rule in every error, even one about its keys.
        Definition d = new Definition(m, m.get("id").orElse(null) instanceof YamlNode.Scalar s
                && s.value() instanceof String given ? "custom rule \"" + Messages.quote(given) + "\"" : "custom rule");
        d.onlyKeys(KEYS);
        String id = d.text("id").orElseThrow(() -> d.bad(d.span(), "missing \"id\": name the rule in kebab-case, "
                + "e.g. no-todo"));
        if (!KEBAB.matcher(id).matches()) {
            throw d.bad(d.value("id").span(), "id \"" + Messages.quote(id) + "\" is not kebab-case (lowercase words "
                    + "and digits joined by hyphens, e.g. no-todo)");
        }
        String messageText = d.text("message").orElseThrow(() -> d.bad(d.span(), "missing \"message\": say what is "
                + "wrong and how to fix it; {value} and {match} insert the text found"));
        Template message;
        try {
            message = Template.parse(messageText);
        } catch (IllegalArgumentException e) {
            throw d.bad(d.value("message").span(), e.getMessage());
        }
        Severity severity = severity(d);
        String summary = d.text("description").map(Messages::oneLine).orElse(message.summary());
        Scope scope = scope(d);
        List<Check> checks = checks(d);
        List<Condition> when = d.has("when") ? ConditionReader.read(d.value("when"), d.name()) : List.of();
        boolean fixable = checks.stream().anyMatch(c -> c instanceof Check.Forbid f && f.suggest() != null);
        RuleMeta meta = new RuleMeta(id, summary, Set.of("custom"), severity, fixable);
        return new CustomRule(meta, new ConfigNode(m, source).where(), scope, checks, when, message);
    }

    private static Severity severity(Definition d) throws BadDefinition {
        Optional<String> word = d.text("severity");
        if (word.isEmpty()) {
            return Severity.ERROR;
        }
        return switch (word.get()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw d.bad(d.value("severity").span(), "severity must be warning or error, found \""
                    + Messages.quote(word.get()) + "\"" + (word.get().equals("off")
                    ? " (turn a rule off under rules: instead)" : ""));
        };
    }

    private static Scope scope(Definition d) throws BadDefinition {
        List<String> given = d.written(SCOPE_KEYS);
        if (given.isEmpty()) {
            throw d.bad(d.span(), "missing a scope: give field (a front-matter key), pointer (a JSON pointer such as "
                    + "/author/name) or scope (" + String.join(", ", MarkdownScope.Kind.words()) + ")");
        }
        if (given.size() > 1) {
            throw d.bad(d.keySpan(given.get(1)), "has two scopes, " + given.get(0) + " and " + given.get(1)
                    + "; give only one");
        }
        boolean code = d.has("includeCode") && d.bool("includeCode");
        Scope scope = switch (given.get(0)) {
            case "field" -> {
                String field = d.text("field").orElseThrow();
                yield new FieldScope(FrontMatterValues.pointerOf(field), "field " + field);
            }
            case "pointer" -> {
                String pointer = d.pointer("pointer");
                yield new FieldScope(pointer, "value at " + pointer);
            }
            default -> new MarkdownScope(markdownKind(d), code);
        };
        boolean text = scope instanceof MarkdownScope ms && ms.kind() != MarkdownScope.Kind.LINK_URL;
        if (d.has("includeCode") && !text) {
            throw d.bad(d.keySpan("includeCode"), "includeCode only applies to the body, headings, link-text and "
                    + "image-alt scopes");
        }
        return scope;
    }

    private static MarkdownScope.Kind markdownKind(Definition d) throws BadDefinition {
        String word = d.text("scope").orElseThrow();
        for (MarkdownScope.Kind k : MarkdownScope.Kind.values()) {
            if (k.word().equals(word)) {
                return k;
            }
        }
        List<String> words = MarkdownScope.Kind.words();
        String hint = Suggestions.closest(word, words).map(s -> "; did you mean \"" + s + "\"?").orElse("");
        throw d.bad(d.value("scope").span(), "unknown scope \"" + Messages.quote(word) + "\"" + hint + " (scopes: "
                + String.join(", ", words) + "; for front matter use field or pointer)");
    }

    private List<Check> checks(Definition d) throws BadDefinition {
        if (d.written(CHECK_KEYS).isEmpty()) {
            throw d.bad(d.span(), "has no check: give forbid, require, one-of, one-of-file, min-length, max-length or "
                    + "not-equal-field");
        }
        if (d.has("suggest") && !d.has("forbid")) {
            throw d.bad(d.keySpan("suggest"), "suggest needs a forbid pattern: it replaces what forbid matches");
        }
        List<Check> checks = new ArrayList<>();
        if (d.has("forbid")) {
            Pattern forbid = pattern(d, "forbid");
            Replacement suggest = null;
            if (d.has("suggest")) {
                try {
                    suggest = Replacement.parse(d.text("suggest").orElseThrow(), forbid);
                } catch (IllegalArgumentException e) {
                    throw d.bad(d.value("suggest").span(), e.getMessage());
                }
            }
            checks.add(new Check.Forbid(forbid, suggest));
        }
        if (d.has("require")) {
            checks.add(new Check.Require(pattern(d, "require")));
        }
        if (d.has("one-of") && d.has("one-of-file")) {
            throw d.bad(d.keySpan("one-of-file"), "give one-of or one-of-file, not both");
        }
        if (d.has("one-of")) {
            checks.add(new Check.OneOf(oneOf(d), "one-of"));
        }
        if (d.has("one-of-file")) {
            String file = d.text("one-of-file").orElseThrow();
            checks.add(new Check.OneOf(new LinkedHashSet<>(valuesFile(d, file)), "one-of-file " + file));
        }
        Integer min = length(d, "min-length");
        Integer max = length(d, "max-length");
        if (min != null && max != null && min > max) {
            throw d.bad(d.value("min-length").span(), "min-length " + min + " is more than max-length " + max);
        }
        if (min != null || max != null) {
            checks.add(new Check.Length(min, max));
        }
        if (d.has("not-equal-field")) {
            String other = d.text("not-equal-field").orElseThrow();
            String pointer = other.startsWith("/") ? d.pointer("not-equal-field") : FrontMatterValues.pointerOf(other);
            checks.add(new Check.NotEqualField(pointer, other));
        }
        return checks;
    }

    private static Pattern pattern(Definition d, String key) throws BadDefinition {
        String regex = d.text(key).orElseThrow();
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            String fragment = e.getPattern() == null || e.getPattern().isEmpty() ? ""
                    : ": \"" + Messages.quote(e.getPattern()) + "\"";
            throw d.bad(d.value(key).span(), key + " pattern \"" + Messages.quote(regex) + "\" cannot be used: "
                    + Messages.oneLine(e.getDescription()) + fragment + " (" + RE2J + ")");
        } catch (RuntimeException | StackOverflowError e) {
            throw d.bad(d.value(key).span(), key + " pattern \"" + Messages.quote(regex) + "\" cannot be used ("
                    + e.getClass().getSimpleName() + "; " + RE2J + ")");
        }
    }

    private static Set<String> oneOf(Definition d) throws BadDefinition {
        YamlNode node = d.value("one-of");
        if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            throw d.bad(node.span(), "one-of must be a non-empty list of values, e.g. [news, howto]");
        }
        Set<String> values = new LinkedHashSet<>();
        for (YamlNode item : list.items()) {
            String text = item instanceof YamlNode.Scalar s ? FrontMatterValues.text(s) : null;
            if (text == null) {
                throw d.bad(item.span(), "one-of items must be plain values (text, numbers, booleans), found "
                        + Definition.kind(item));
            }
            values.add(text);
        }
        return values;
    }

    /** The values of a one-of-file, relative to the file that defines the rule. */
    private List<String> valuesFile(Definition d, String file) throws BadDefinition {
        YamlNode node = d.value("one-of-file");
        if (source.path() == null) {
            throw d.bad(node.span(), "one-of-file can only be used in a configuration file on disk");
        }
        Path path = source.path().toAbsolutePath().getParent().resolve(file).normalize();
        String display = Path.of(source.displayPath()).resolveSibling(file).normalize().toString();
        try {
            return AllowedValues.read(path, display);
        } catch (IllegalArgumentException e) {
            String shown = display.equals(file) ? "" : " (" + Messages.quote(display) + ")";
            throw d.bad(node.span(), "one-of-file \"" + Messages.quote(file) + "\"" + shown + ": " + e.getMessage());
        }
    }

    private static Integer length(Definition d, String key) throws BadDefinition {
        if (!d.has(key)) {
            return null;
        }
        YamlNode node = d.value(key);
        Object v = node instanceof YamlNode.Scalar s ? s.value() : null;
        if (v instanceof Long || v instanceof BigInteger) {
            BigInteger n = new BigInteger(v.toString());
            if (n.signum() >= 0 && n.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
                return n.intValue();
            }
        }
        throw d.bad(node.span(), key + " must be a whole number, 0 or more; found " + Definition.kind(node));
    }
}
