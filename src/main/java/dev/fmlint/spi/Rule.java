package dev.fmlint.spi;

/**
 * One check over one file. Instances are stateless and shared by all threads: keep per-file state in
 * locals or in a visitor made inside {@link #check}. Plugins implement this interface too.
 */
public interface Rule {
    RuleMeta meta();

    void check(RuleContext ctx);
}
