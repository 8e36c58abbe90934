package dev.fmlint.spi;

import java.util.List;

/** A set of rules found with {@link java.util.ServiceLoader}; built-in rules come from one too. */
public interface RuleProvider {
    List<Rule> rules();
}
