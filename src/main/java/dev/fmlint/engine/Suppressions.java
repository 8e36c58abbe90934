package dev.fmlint.engine;

import dev.fmlint.source.LineIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines on which a file's directives silence rules, and which directives have silenced something.
 * Lines are 1-based lines of the file; a finding counts on the line it starts on.
 *
 * <p>{@code fmlint-disable} and {@code fmlint-enable} act from their own line on, as in markdownlint: a
 * line with a disable is silenced, a line with an enable is not. Each rule is simply on or off, as in
 * ESLint and markdownlint: disabling it twice and enabling it once leaves it on.
 *
 * <p>One instance serves one file: it records which directives were used as findings are checked.
 */
final class Suppressions {
    private static final int END = Integer.MAX_VALUE;

    /**
     * Rule {@code ruleId} (or every rule but {@code except}, when {@code ruleId} is null) is silenced on
     * lines {@code from..to} because of {@code directive}.
     */
    private record Grant(Directive directive, String ruleId, Set<String> except, int from, int to) {
        boolean covers(String id, int line) {
            return line >= from && line <= to && (ruleId == null ? !except.contains(id) : ruleId.equals(id));
        }
    }

    /** That a directive silenced something for one of its rule ids, or for all rules when {@code ruleId} is null. */
    private record Use(Directive directive, String ruleId) {}

    private final List<Grant> grants;
    private final Set<Use> used = new HashSet<>();

    private Suppressions(List<Grant> grants) {
        this.grants = grants;
    }

    /** @param directives in file order */
    static Suppressions of(List<Directive> directives, LineIndex lines) {
        List<Grant> grants = new ArrayList<>();
        Ranges ranges = new Ranges(grants);
        for (Directive d : directives) {
            int first = lines.line(d.span().start());
            int last = lines.line(d.span().end());
            switch (d.kind()) {
                case DISABLE, ENABLE -> ranges.apply(d, first);
                case DISABLE_LINE -> grant(grants, d, first, last);
                case DISABLE_NEXT_LINE -> grant(grants, d, last + 1, last + 1);
                case DISABLE_FILE -> grant(grants, d, 1, END);
            }
        }
        ranges.close(END);
        return new Suppressions(grants);
    }

    /** Whether a finding of this rule on this line is silenced; if so, every directive that silences it is used. */
    boolean silences(String ruleId, int line) {
        if (!CoreChecks.canBeSilenced(ruleId)) {
            return false;
        }
        boolean silenced = false;
        for (Grant g : grants) {
            if (g.covers(ruleId, line)) {
                used.add(new Use(g.directive(), g.ruleId()));
                silenced = true;
            }
        }
        return silenced;
    }

    /** Whether a directive has silenced a finding for this rule id of it, or for any rule if it names none. */
    boolean used(Directive directive, String ruleId) {
        return used.contains(new Use(directive, ruleId));
    }

    private static void grant(List<Grant> grants, Directive d, int from, int to) {
        if (d.allRules()) {
            grants.add(new Grant(d, null, Set.of(), from, to));
        } else {
            d.rules().forEach(r -> grants.add(new Grant(d, r.id(), Set.of(), from, to)));
        }
    }

    /**
     * The state of {@code fmlint-disable}/{@code fmlint-enable} as the file is read from the top: which
     * rules are off and because of which directive. Each change closes the grants of the lines before it.
     */
    private static final class Ranges {
        private final List<Grant> grants;
        private Directive all;
        private final Set<String> except = new HashSet<>();
        private final Map<String, Directive> named = new LinkedHashMap<>();
        private int from = 1;

        Ranges(List<Grant> grants) {
            this.grants = grants;
        }

        void apply(Directive d, int line) {
            close(line - 1);
            from = line;
            boolean disable = d.kind() == Directive.Kind.DISABLE;
            if (d.allRules() && disable) {
                all = d;
                except.clear();
            } else if (d.allRules()) {
                all = null;
                except.clear();
                named.clear();
            } else {
                for (Directive.RuleRef r : d.rules()) {
                    if (disable) {
                        // An id in "except" stays there: this directive silences it, the all-rules one does not.
                        named.put(r.id(), d);
                    } else {
                        named.remove(r.id());
                        if (all != null) {
                            except.add(r.id());
                        }
                    }
                }
            }
        }

        void close(int to) {
            if (to < from) {
                return;
            }
            if (all != null) {
                grants.add(new Grant(all, null, Set.copyOf(except), from, to));
            }
            named.forEach((id, d) -> grants.add(new Grant(d, id, Set.of(), from, to)));
        }
    }
}
