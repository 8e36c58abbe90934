package dev.fmlint.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process run of the real entry point, with its exit code and both output streams. */
record CliRun(int exitCode, String out, String err) {

    static CliRun in(Path cwd, String... args) {
        return withStdin(cwd, "", args);
    }

    static CliRun withStdin(Path cwd, String stdin, String... args) {
        return run(cwd, stdin, false, args);
    }

    /** As if run by a person on a terminal (progress line allowed), without colour. */
    static CliRun interactive(Path cwd, String... args) {
        return run(cwd, "", true, args);
    }

    private static CliRun run(Path cwd, String stdin, boolean interactive, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = Main.run(args, new Environment(in, new PrintWriter(out), new PrintWriter(err), false, cwd,
                interactive));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The report lines that name a finding, without the summary. */
    java.util.List<String> findings() {
        return out.lines().filter(l -> l.matches(".+:\\d+:\\d+ .*")).toList();
    }
}
