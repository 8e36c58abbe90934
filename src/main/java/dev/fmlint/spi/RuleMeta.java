package dev.fmlint.spi;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a rule is, declared once next to its code.
 *
 * @param id              kebab-case and stable forever; the rule's page is {@code rules/<id>.md}
 * @param summary         one line, shown by {@code fmlint rules} and in machine reports
 * @param tags            topics such as {@code headings} or {@code front-matter}, for grouping
 * @param defaultSeverity the severity when no configuration says otherwise
 * @param optionsSchema   a JSON Schema (draft-07, as JSON text) for the rule's options mapping, or null when
 *                        the rule takes none; configured options are checked against it when the
 *                        configuration is loaded, so a rule may trust the types it reads
 * @param fixable         whether the rule attaches fixes to its findings
 */
public record RuleMeta(String id, String summary, Set<String> tags, Severity defaultSeverity, String optionsSchema,
                       boolean fixable) {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMeta {
        if (id == null || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a summary");
        }
        tags = Set.copyOf(tags);
        if (defaultSeverity == null) {
            throw new IllegalArgumentException("rule " + id + " needs a default severity");
        }
        if (optionsSchema != null && optionsSchema.isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": give an options schema or null, not a blank one");
        }
    }

    /** A rule without options. */
    public RuleMeta(String id, String summary, Set<String> tags, Severity defaultSeverity, boolean fixable) {
        this(id, summary, tags, defaultSeverity, null, fixable);
    }

    public boolean takesOptions() {
        return optionsSchema != null;
    }
}
