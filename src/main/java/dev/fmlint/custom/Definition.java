package dev.fmlint.custom;

import dev.fmlint.config.Suggestions;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.YamlNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mapping of a custom rule definition (the rule, or one of its conditions), with checked access to its
 * keys. Every problem is a {@link BadDefinition} at the key or value at fault, named after the rule.
 *
 * @param name how errors name the rule: {@code custom rule "no-todo"}, or {@code custom rule} before its id is known
 */
record Definition(YamlNode.Mapping mapping, String name) {
    private static final Pattern POINTER = Pattern.compile("(/([^~]|~[01])*)+");

    Span span() {
        return mapping.span();
    }

    boolean has(String key) {
        return mapping.get(key).isPresent();
    }

    YamlNode value(String key) {
        return mapping.get(key).orElseThrow();
    }

    Span keySpan(String key) {
        return mapping.entry(key).orElseThrow().keySpan();
    }

    /** Which of these keys the mapping has, in the order they are written (an error points at the second). */
    List<String> written(List<String> keys) {
        return mapping.entries().stream().map(YamlNode.Entry::key).filter(keys::contains).toList();
    }

    /** An error for the first key that is not one of {@code known}, with a "did you mean" when one is close. */
    void onlyKeys(List<String> known) throws BadDefinition {
        for (YamlNode.Entry e : mapping.entries()) {
            if (!known.contains(e.key())) {
                List<String> unused = known.stream().filter(k -> !has(k)).toList();
                String hint = Suggestions.closest(e.key(), unused).map(s -> "; did you mean \"" + s + "\"?")
                        .orElse("; the keys are " + String.join(", ", known));
                throw bad(e.keySpan(), "unknown key \"" + Messages.quote(e.key()) + "\"" + hint);
            }
        }
    }

    /**
     * A key's text value; an error when it is there but not text, or empty. A pattern may be white space
     * ({@code "  "} forbids double spaces) and {@code suggest} may even be empty.
     */
    Optional<String> text(String key) throws BadDefinition {
        if (!has(key)) {
            return Optional.empty();
        }
        YamlNode node = value(key);
        if (node instanceof YamlNode.Scalar s && s.value() instanceof String text) {
            boolean pattern = key.equals("forbid") || key.equals("require");
            if (!key.equals("suggest") && (pattern ? text.isEmpty() : text.isBlank())) {
                throw bad(node.span(), key + " is empty");
            }
            return Optional.of(text);
        }
        throw bad(node.span(), key + " must be text, found " + kind(node) + " (quote it)");
    }

    boolean bool(String key) throws BadDefinition {
        YamlNode node = value(key);
        if (node instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        throw bad(node.span(), key + " must be true or false, found " + kind(node));
    }

    /** A key's value as a JSON pointer ({@code /author/name}). */
    String pointer(String key) throws BadDefinition {
        String pointer = text(key).orElseThrow();
        if (!POINTER.matcher(pointer).matches()) {
            throw bad(value(key).span(), "\"" + Messages.quote(pointer) + "\" is not a JSON pointer: it starts with "
                    + "\"/\" (e.g. /author/name), and \"~\" is written ~0 and a \"/\" in a key ~1");
        }
        return pointer;
    }

    BadDefinition bad(Span span, String problem) {
        return new BadDefinition(span, name + ": " + problem);
    }

    /** What a node is, for messages: {@code integer 12}, {@code a list}. */
    static String kind(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.value() == null ? "nothing (null)" : s.jsonType() + " " + Messages.quote(s.source());
        }
        return node instanceof YamlNode.Sequence ? "a list" : "a mapping";
    }
}
