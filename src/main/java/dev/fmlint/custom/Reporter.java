package dev.fmlint.custom;

import dev.fmlint.source.Span;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.RuleContext;

/** Where a custom rule's checks report: the rule's message, with the text found filled in. */
record Reporter(RuleContext ctx, Template message) {
    void report(Span where, String value, String match, Fix fix) {
        ctx.report(where, message.render(value, match), fix);
    }
}
