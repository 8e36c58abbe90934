package dev.fmlint.cli;

/** The few exit codes fmlint uses; listed in {@code --help} and the README. */
final class ExitCodes {
    static final int CLEAN = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    static final String HELP_0 = "0:no errors (and no more warnings than --max-warnings)";
    static final String HELP_1 = "1:errors found (warnings too with --fail-on warning), or more warnings than --max-warnings";
    static final String HELP_2 = "2:usage, configuration or schema problem, no file found, or a rule failed";

    private ExitCodes() {}
}
