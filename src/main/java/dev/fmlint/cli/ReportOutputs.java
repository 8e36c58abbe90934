package dev.fmlint.cli;

import dev.fmlint.report.ReportContext;
import dev.fmlint.report.Reporters;
import dev.fmlint.report.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Writes each report to its file or to standard output. */
final class ReportOutputs {
    private final Environment env;
    private final ReportContext context;

    ReportOutputs(Environment env, ReportContext context) {
        this.env = env;
        this.context = context;
    }

    void write(List<ReportTarget> targets, RunResult run) {
        for (ReportTarget target : targets) {
            if (target.toStdout()) {
                try {
                    Reporters.create(target.format(), context).write(run, env.out());
                } catch (IOException e) {
                    throw new UsageException("cannot write the " + target.format() + " report to standard output: "
                            + e.getMessage());
                }
                env.out().flush();
            } else {
                writeFile(target, run);
            }
        }
    }

    private void writeFile(ReportTarget target, RunResult run) {
        try {
            Path path = env.cwd().resolve(target.file()).normalize();
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                // Colour is for the terminal that standard output may be, never for a file.
                Reporters.create(target.format(), context.withoutColor()).write(run, out);
            }
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            throw new UsageException("cannot write the " + target.format() + " report to " + target.file() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
