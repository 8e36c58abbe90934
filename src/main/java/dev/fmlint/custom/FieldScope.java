package dev.fmlint.custom;

import dev.fmlint.source.Span;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A front-matter value, named by a JSON pointer ({@code field: title} is the pointer {@code /title}). A
 * scalar is one item, a list gives one item per scalar in it; an absent or null value, and a mapping, give
 * none (whether a key must be there, and its type, is the schema's business).
 *
 * @param label how the configuration named it, for messages ({@code field title}, {@code pointer /a/b})
 */
record FieldScope(String pointer, String label) implements Scope {

    @Override
    public String describe() {
        return "the front-matter " + label + " (each item, when it is a list)";
    }

    @Override
    public List<Item> items(RuleContext ctx) {
        List<Item> items = new ArrayList<>();
        ctx.frontMatter().flatMap(fm -> FrontMatterValues.lookup(fm.root(), pointer)).ifPresent(node -> {
            if (node instanceof YamlNode.Scalar s) {
                item(ctx, s, items);
            } else if (node instanceof YamlNode.Sequence seq) {
                seq.items().stream().filter(YamlNode.Scalar.class::isInstance)
                        .forEach(i -> item(ctx, (YamlNode.Scalar) i, items));
            }
        });
        return items;
    }

    private static void item(RuleContext ctx, YamlNode.Scalar scalar, List<Item> out) {
        String text = FrontMatterValues.text(scalar);
        if (text != null) {
            out.add(of(ctx.file().slice(scalar.span()), scalar, text));
        }
    }

    /** The item for a scalar, verbatim when its source holds the text as is (plain, or quoted without escapes). */
    static Item of(String written, YamlNode.Scalar scalar, String text) {
        Span span = scalar.span();
        if (scalar.plain() && written.equals(text)) {
            return Item.single(text, span, Segment.Writing.PLAIN, span.start());
        }
        if (!scalar.plain() && written.length() >= 2 && written.substring(1, written.length() - 1).equals(text)) {
            char quote = written.charAt(0);
            if (quote == '\'' && written.endsWith("'")) {
                return Item.single(text, span, Segment.Writing.SINGLE_QUOTED, span.start() + 1);
            }
            if (quote == '"' && written.endsWith("\"")) {
                return Item.single(text, span, Segment.Writing.DOUBLE_QUOTED, span.start() + 1);
            }
        }
        return Item.single(text, span, Segment.Writing.FIXED, span.start());
    }
}
