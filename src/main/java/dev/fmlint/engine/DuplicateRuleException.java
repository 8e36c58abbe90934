package dev.fmlint.engine;

/** Two rules, or a rule and a core check, claim one id; the message names both. */
public final class DuplicateRuleException extends Exception {
    public DuplicateRuleException(String message) {
        super(message);
    }
}
