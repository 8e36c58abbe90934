package com.example.fmlint;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleProvider;
import java.util.List;

/**
 * The plugin's entry point: fmlint finds it through
 * {@code META-INF/services/dev.fmlint.spi.RuleProvider} and lists its rules in this order.
 */
public final class ExampleRules implements RuleProvider {
    private static final List<Rule> RULES = List.of(new ImageAltRequired(), new TitleMaxLength());

    @Override
    public List<Rule> rules() {
        return RULES;
    }
}
