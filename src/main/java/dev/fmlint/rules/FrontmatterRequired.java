package dev.fmlint.rules;

import dev.fmlint.source.Span;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;

/** Every file starts with a YAML front-matter block. */
public final class FrontmatterRequired implements Rule {
    private static final RuleMeta META = new RuleMeta("frontmatter-required",
            "Every file starts with a YAML front-matter block", Set.of("front-matter"), Severity.ERROR, false);
    private static final String MISSING = "file has no front matter; start it with a \"---\" line, "
            + "the YAML keys, and a closing \"---\" line";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.frontMatter().isEmpty()) {
            ctx.report(new Span(0, ctx.file().lines().lineEnd(1)), MISSING);
        }
    }
}
