package dev.fmlint.engine;

import java.util.Set;

/**
 * How a run treats inline {@code fmlint-…} comments; whether a file honours them at all is per file
 * ({@link FileSettings#inlineConfig()}).
 *
 * @param knownRuleIds every rule id of the run (built-in, plugin and core), so that a misspelt id in a
 *                     comment is reported with a suggestion; empty when the caller has no rule catalog
 *                     (a real run always has the core checks), and then ids are not checked
 * @param reportUnused whether disables that silenced nothing are reported ({@code --report-unused-disables})
 */
public record InlineOptions(Set<String> knownRuleIds, boolean reportUnused) {
    /** Comments are honoured, their rule ids are not checked, and nothing is said about unused ones. */
    public static final InlineOptions UNCHECKED = new InlineOptions(Set.of(), false);

    public InlineOptions {
        knownRuleIds = Set.copyOf(knownRuleIds);
    }
}
