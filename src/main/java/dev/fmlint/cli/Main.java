package dev.fmlint.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The process entry point: the only place that exits. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        boolean color = terminal && System.getenv("NO_COLOR") == null;
        System.exit(run(args, new Environment(System.in, out, err, color, Path.of("").toAbsolutePath(), terminal)));
    }

    /** Runs one command line in-process and returns its exit code; tests call this. */
    public static int run(String[] args, Environment env) {
        int code = FmlintCommand.commandLine(env, args).execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }
}
