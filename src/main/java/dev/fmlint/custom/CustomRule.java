package dev.fmlint.custom;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import java.util.List;

/**
 * A rule written in YAML under {@code customRules:}. Immutable, like every rule; it runs its checks on each
 * item of its scope, in files where its {@code when} conditions hold.
 */
public final class CustomRule implements Rule {
    private final RuleMeta meta;
    private final String origin;
    private final Scope scope;
    private final List<Check> checks;
    private final List<Condition> when;
    private final Template message;

    CustomRule(RuleMeta meta, String origin, Scope scope, List<Check> checks, List<Condition> when, Template message) {
        this.meta = meta;
        this.origin = origin;
        this.scope = scope;
        this.checks = List.copyOf(checks);
        this.when = List.copyOf(when);
        this.message = message;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    /** Where the rule is defined: {@code .fmlint.yaml:12:5}. */
    public String origin() {
        return origin;
    }

    @Override
    public void check(RuleContext ctx) {
        if (!when.stream().allMatch(c -> c.holds(ctx.frontMatter()))) {
            return;
        }
        Reporter out = new Reporter(ctx, message);
        for (Item item : scope.items(ctx)) {
            for (Check check : checks) {
                check.check(item, out);
            }
        }
    }

    /** The page {@code fmlint rules ID} prints, made from the definition. */
    public String documentation() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(meta.id()).append("\n\n").append(meta.summary()).append("\n\n");
        sb.append("A custom rule, defined in ").append(origin).append(".\n\n## What it checks\n\n");
        sb.append("- Looks at: ").append(scope.describe()).append('\n');
        if (!when.isEmpty()) {
            sb.append("- Only when: ").append(String.join(" and ", when.stream().map(Condition::describe).toList()))
                    .append('\n');
        }
        checks.forEach(c -> sb.append("- Check: ").append(c.describe()).append('\n'));
        sb.append("- Default severity: ").append(meta.defaultSeverity().label()).append('\n');
        sb.append("- Message: ").append(message.text()).append('\n');
        return sb.toString();
    }
}
