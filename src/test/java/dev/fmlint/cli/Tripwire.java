package dev.fmlint.cli;

/**
 * A class that YAML tags in {@link NoForeignCodeTest} name. Nothing in fmlint may ever initialise it: its
 * static initialiser trips the flag that the test checks (the flag lives in the test, so that checking it
 * does not load this class).
 */
public final class Tripwire {
    static {
        NoForeignCodeTest.TRIPPED.set(true);
    }

    public Tripwire() {}

    public Tripwire(String ignored) {}
}
