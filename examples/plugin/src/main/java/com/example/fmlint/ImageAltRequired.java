package com.example.fmlint;

import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** Every image in the body has alt text, for readers who cannot see it. */
public final class ImageAltRequired implements Rule {
    private static final RuleMeta META = new RuleMeta("image-alt-required",
            "Images in the body have alt text", Set.of("images", "accessibility"), Severity.ERROR, false);
    private static final String MISSING = "image %s has no alt text; describe it between the brackets: "
            + "![what it shows](...)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        // Rules are shared by all threads: per-file state lives in this visitor, made for this file.
        ctx.markdown().accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (altText(image).isBlank()) {
                    String url = "\"" + Messages.quote(image.getDestination()) + "\"";
                    ctx.report(ctx.span(image), MISSING.formatted(url));
                }
            }
        });
    }

    private static String altText(Node image) {
        StringBuilder sb = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }
        });
        return sb.toString();
    }
}
