package com.example.fmlint;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.util.Set;

/**
 * The front-matter title is at most {@code max} characters (option, default 70), counted in code points so
 * that a CJK character or an emoji counts once.
 */
public final class TitleMaxLength implements Rule {
    private static final RuleMeta META = new RuleMeta("title-max-length",
            "The front-matter title is at most max characters long (default 70)", Set.of("front-matter"),
            Severity.WARNING,
            "{\"type\": \"object\", \"additionalProperties\": false,"
                    + " \"properties\": {\"max\": {\"type\": \"integer\", \"minimum\": 1}}}",
            false);
    private static final String TOO_LONG = "title is %d characters long, over the limit of %d; shorten it "
            + "(search results cut long titles)";
    private static final int DEFAULT_MAX = 70;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        int max = ctx.options().integer("max", DEFAULT_MAX);
        ctx.frontMatter()
                .flatMap(fm -> fm.root().get("title"))
                .filter(YamlNode.Scalar.class::isInstance)
                .map(YamlNode.Scalar.class::cast)
                .ifPresent(title -> title.asString().ifPresent(text -> {
                    int length = text.codePointCount(0, text.length());
                    if (length > max) {
                        ctx.report(title.span(), TOO_LONG.formatted(length, max));
                    }
                }));
    }
}
