package dev.fmlint.config;

/** How a later rule setting combines with an earlier one for the same rule. */
final class ConfigMerge {
    private ConfigMerge() {}

    /**
     * A later level wins; a later mapping that gives options but no severity keeps the earlier level (or
     * turns the rule on at its default severity when it was off), as options alone mean "use this rule so".
     * Options are replaced, not merged key by key, as in ESLint.
     */
    static RuleSetting merge(RuleSetting earlier, RuleSetting later) {
        if (earlier == null) {
            return later;
        }
        Level level = later.level();
        if (level == Level.DEFAULT && earlier.level() != Level.OFF) {
            level = earlier.level();
        }
        var options = later.options().isEmpty() && later.level() != Level.DEFAULT ? earlier.options() : later.options();
        return new RuleSetting(level, options, later.origin());
    }
}
