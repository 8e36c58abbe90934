package dev.fmlint.config;

/**
 * Checks the {@code customRules} value of a configuration file as soon as the file is read, before the
 * file is checked against the configuration schema: the reader of declarative rules gives more precise
 * messages than a schema can ("has two scopes, field and pointer"). The reader lives outside this package,
 * which it depends on, so it is handed in.
 */
@FunctionalInterface
public interface CustomRuleCheck {
    CustomRuleCheck NONE = customRules -> { };

    void check(ConfigNode customRules) throws ConfigException;
}
