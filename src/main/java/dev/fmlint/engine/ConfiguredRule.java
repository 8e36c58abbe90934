package dev.fmlint.engine;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleOptions;
import dev.fmlint.spi.Severity;

/** A rule switched on for a run, with the severity and options the configuration gives it. */
public record ConfiguredRule(Rule rule, Severity severity, RuleOptions options) {
    public static ConfiguredRule withDefaults(Rule rule) {
        return new ConfiguredRule(rule, rule.meta().defaultSeverity(), RuleOptions.NONE);
    }
}
