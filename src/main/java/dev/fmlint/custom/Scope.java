package dev.fmlint.custom;

import dev.fmlint.spi.RuleContext;
import java.util.List;

/** What part of a file a custom rule looks at, as a list of {@link Item}s. */
sealed interface Scope permits FieldScope, MarkdownScope {
    List<Item> items(RuleContext ctx);

    /** A few words for the rule's documentation page. */
    String describe();
}
