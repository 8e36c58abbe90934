package dev.fmlint.engine;

import dev.fmlint.config.Suggestions;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code inline-config} reports about the comments themselves: a misspelt directive or rule id (which
 * would otherwise do nothing, unnoticed), a check no comment may silence, and, when asked, disables that
 * silenced nothing.
 */
final class DirectiveFindings {
    private static final String UNKNOWN_DIRECTIVE = "unknown directive \"%s\"%s";
    private static final String UNKNOWN_RULE = "unknown rule \"%s\" in %s%s";
    private static final String UNREADABLE = "%s cannot be silenced by a comment: a file fmlint cannot read must "
            + "never pass silently; fix the file, or lower the check to a warning in the configuration";
    private static final String SELF = "%s cannot be silenced by a comment; set its severity in the configuration";
    private static final String UNUSED = "%s silenced nothing%s; remove the comment";
    private static final String UNUSED_ID = "%s in %s silenced nothing%s; remove it from the comment";

    private final Set<String> knownRuleIds;

    /** @param knownRuleIds every rule id of the run; empty when there is no catalog, and ids are not checked */
    DirectiveFindings(Set<String> knownRuleIds) {
        this.knownRuleIds = knownRuleIds;
    }

    /** Comments that cannot do what they say. */
    List<Finding> problems(List<InlineComment> comments) {
        List<Finding> findings = new ArrayList<>();
        for (InlineComment c : comments) {
            if (c instanceof InlineComment.Unknown u) {
                String hint = Suggestions.closest(u.keyword(), Directive.Kind.keywords())
                        .map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("; use one of " + String.join(", ", Directive.Kind.keywords()));
                findings.add(finding(u.keywordSpan(), UNKNOWN_DIRECTIVE.formatted(Messages.quote(u.keyword()), hint)));
            } else if (c instanceof Directive d) {
                for (Directive.RuleRef r : d.rules()) {
                    problem(d, r).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private Optional<Finding> problem(Directive d, Directive.RuleRef r) {
        if (!isKnown(r.id())) {
            String hint = Suggestions.closest(r.id(), knownRuleIds).map(s -> "; did you mean \"" + s + "\"?")
                    .orElse("; run 'fmlint rules' to list them");
            return Optional.of(finding(r.span(),
                    UNKNOWN_RULE.formatted(Messages.quote(r.id()), d.kind().keyword(), hint)));
        }
        if (CoreChecks.isFileUnreadable(r.id())) {
            return Optional.of(finding(r.span(), UNREADABLE.formatted(r.id())));
        }
        if (r.id().equals(CoreChecks.INLINE_CONFIG)) {
            return Optional.of(finding(r.span(), SELF.formatted(r.id())));
        }
        return Optional.empty();
    }

    /**
     * Disables that silenced nothing: the whole comment when none of it did anything, else each rule id of
     * it that did nothing. Ids already reported as problems are left out; enables are never unused.
     */
    List<Finding> unused(List<Directive> directives, Suppressions suppressions, FileSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Directive d : directives) {
            if (d.kind() == Directive.Kind.ENABLE) {
                continue;
            }
            if (d.allRules()) {
                if (!suppressions.used(d, null)) {
                    findings.add(finding(d.span(), UNUSED.formatted(d.kind().keyword(), "")));
                }
                continue;
            }
            List<Directive.RuleRef> idle = d.rules().stream()
                    .filter(r -> isKnown(r.id()) && CoreChecks.canBeSilenced(r.id()))
                    .filter(r -> !suppressions.used(d, r.id()))
                    .toList();
            if (idle.isEmpty()) {
                continue;
            }
            if (idle.size() == d.rules().size()) {
                findings.add(finding(d.span(), UNUSED.formatted(Messages.quote(d.describe()), off(idle, settings))));
            } else {
                for (Directive.RuleRef r : idle) {
                    String message = UNUSED_ID.formatted(Messages.quote(r.id()), Messages.quote(d.describe()),
                            off(List.of(r), settings));
                    findings.add(finding(r.span(), message));
                }
            }
        }
        return findings;
    }

    /** Why a disable may be idle without being stale: the configuration already turns the rule off here. */
    private static String off(List<Directive.RuleRef> refs, FileSettings settings) {
        List<String> off = refs.stream().map(Directive.RuleRef::id).filter(id -> !settings.isOn(id))
                .distinct().map(Messages::quote).toList();
        return off.isEmpty() ? "" : " (the configuration turns " + String.join(", ", off) + " off for this file)";
    }

    private boolean isKnown(String id) {
        return knownRuleIds.isEmpty() || knownRuleIds.contains(id);
    }

    private static Finding finding(Span span, String message) {
        return new Finding(CoreChecks.INLINE_CONFIG, span, message);
    }
}
