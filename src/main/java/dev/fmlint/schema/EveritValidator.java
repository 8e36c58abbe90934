package dev.fmlint.schema;

import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.YamlNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;

/**
 * A compiled everit schema. everit's {@link Schema} is immutable and validates with fresh state per call,
 * so one instance serves every thread. Each violation becomes its own finding, placed on the offending
 * value, on the key for unknown or forbidden keys, and on the mapping's own line for missing keys.
 */
final class EveritValidator implements FrontMatterValidator {
    static final String LOOPED = "schema %s could not check this front matter: its references loop without end; "
            + "fix the $ref loop in the schema";
    static final String CRASHED = "schema %s could not check this front matter (%s); please report it with this file";
    private static final Comparator<Finding> BY_POSITION = Comparator.comparingInt((Finding f) -> f.span().start())
            .thenComparingInt(f -> f.span().end()).thenComparing(Finding::message);

    private final String name;
    private final Schema schema;
    private final ViolationFormatter formatter = new ViolationFormatter(PathStyle.KEY_PATH);

    EveritValidator(String name, Schema schema) {
        this.name = name;
        this.schema = schema;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Finding> validate(FrontMatter frontMatter) {
        JsonInstance instance = new JsonInstance(YamlJson.toJson(frontMatter.root()));
        try {
            schema.validate(instance.root());
            return List.of();
        } catch (ValidationException e) {
            return formatter.format(e, instance).stream()
                    .map(v -> new Finding(RULE_ID, place(v, frontMatter), PathStyle.KEY_PATH.message(v, instance)))
                    .sorted(BY_POSITION)
                    .toList();
        } catch (StackOverflowError e) {
            // Loops are refused at load (ReferenceCycles); this is the guard for any that slip through.
            return List.of(new Finding(RULE_ID, opening(frontMatter), LOOPED.formatted(name)));
        } catch (RuntimeException e) {
            return List.of(new Finding(RULE_ID, opening(frontMatter), CRASHED.formatted(name,
                    e.getClass().getSimpleName())));
        }
    }

    private static Span place(Violation v, FrontMatter fm) {
        JsonPointer p = v.pointer();
        return switch (v.target()) {
            case VALUE -> fm.find(p.fragment()).span();
            case KEY -> keySpan(fm.root(), p).orElseGet(() -> fm.find(p.parent().fragment()).span());
            // A missing key belongs to its mapping; the mapping's line is the line of the key that holds it
            // ("author:"), or the opening "---" for the top level.
            case PARENT -> p.isRoot() ? opening(fm) : keySpan(fm.root(), p).orElseGet(() -> fm.find(p.fragment()).span());
        };
    }

    /** The span of the key that {@code pointer}'s last token names, when that entry exists exactly. */
    private static Optional<Span> keySpan(YamlNode.Mapping root, JsonPointer pointer) {
        if (pointer.isRoot()) {
            return Optional.empty();
        }
        YamlNode node = root;
        for (String token : pointer.parent().tokens()) {
            Optional<YamlNode> next = Optional.empty();
            if (node instanceof YamlNode.Mapping m) {
                next = m.get(token);
            } else if (node instanceof YamlNode.Sequence s && token.matches("\\d{1,9}")
                    && Integer.parseInt(token) < s.items().size()) {
                next = Optional.of(s.items().get(Integer.parseInt(token)));
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return node instanceof YamlNode.Mapping m ? m.entry(pointer.last()).map(YamlNode.Entry::keySpan)
                : Optional.empty();
    }

    /** The opening {@code ---} of the front matter. */
    private static Span opening(FrontMatter fm) {
        int start = fm.block().start();
        return new Span(start, Math.max(start, Math.min(start + 3, fm.content().start())));
    }
}
