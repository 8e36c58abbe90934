package dev.fmlint.cli;

import dev.fmlint.engine.ParallelRunner;
import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.report.ReportContext;
import dev.fmlint.report.Reporters;
import dev.fmlint.report.RuleDocs;
import dev.fmlint.report.RunResult;
import dev.fmlint.report.SummaryTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that decide what a check reports and where, and when it fails: a picocli mixin, so the check
 * command only asks it for a progress listener, to write the reports, and whether the run failed.
 *
 * <p>Formats are checked as they are parsed, so a bad name, two reports on standard output or two reports
 * in one file are usage errors (exit code 2) before any file is read.
 */
final class ReportOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private List<ReportTarget> formats = List.of();
    private String output;

    @Option(names = {"-q", "--quiet"}, description = "Report errors only; warnings still count for the exit code "
            + "and --max-warnings. Also hides the progress line and the timing line.")
    private boolean quiet;

    @Option(names = "--summary", description = "Add to the text report a table of findings per rule and the "
            + "slowest files.")
    private boolean summary;

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
            converter = FailOn.Converter.class,
            description = "Lowest severity that fails the run with exit code 1 (default: ${DEFAULT-VALUE}).")
    private FailOn failOn = FailOn.ERROR;

    @Option(names = {"-f", "--format"}, paramLabel = "NAME[=FILE]",
            description = {"Report format, repeatable: text (default), json, sarif, junit, github, gitlab, "
                    + "checkstyle. NAME=FILE writes that report to FILE; without a file it goes to standard output, "
                    + "where only one report may go.",
                    "Example: --format text --format sarif=fmlint.sarif --format junit=fmlint.xml"})
    void formats(List<String> specs) {
        List<ReportTarget> parsed = new ArrayList<>();
        for (String s : specs) {
            try {
                parsed.add(ReportTarget.parse(s));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        formats = List.copyOf(parsed);
        targets();
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the one report to FILE instead of standard output.")
    void output(String file) {
        if (file.isBlank()) {
            throw usage("--output needs a file name");
        }
        output = file;
        targets();
    }

    /**
     * The reports to write: text on standard output when none is asked for. Checked on every option, so the
     * first option that makes the set impossible is named in the error.
     */
    List<ReportTarget> targets() {
        List<ReportTarget> targets = formats.isEmpty() ? List.of(new ReportTarget(Reporters.TEXT, null)) : formats;
        if (output != null) {
            if (targets.size() > 1) {
                throw usage("--output names the file of a single report; with several --format give each its "
                        + "file as --format NAME=FILE");
            }
            if (!targets.get(0).toStdout()) {
                throw usage("the " + targets.get(0).format() + " report has two files: give it either as "
                        + "--format NAME=FILE or with --output, not both");
            }
            targets = List.of(new ReportTarget(targets.get(0).format(), output));
        }
        List<String> onStdout = targets.stream().filter(ReportTarget::toStdout).map(ReportTarget::format).toList();
        if (onStdout.size() > 1) {
            throw usage("only one report can go to standard output, not " + String.join(" and ", onStdout)
                    + "; give the others a file: --format NAME=FILE");
        }
        Set<Path> files = new HashSet<>();
        for (ReportTarget t : targets) {
            if (!t.toStdout() && !files.add(Path.of(t.file()).normalize())) {
                throw usage("two reports would be written to " + t.file() + "; give each report its own file");
            }
        }
        return targets;
    }

    FailOn failOn() {
        return failOn;
    }

    boolean quiet() {
        return quiet;
    }

    /** A progress line on standard error for big runs on a terminal, else nothing. */
    ParallelRunner.Progress progress(Environment env, int files) {
        return ProgressLine.wanted(env.interactive(), quiet, files)
                ? new ProgressLine(env.err(), System::nanoTime) : ParallelRunner.Progress.NONE;
    }

    /**
     * Writes every report, then on standard error the summary tables (when asked for and no text report
     * carries them) and the timing line.
     */
    void write(RunResult run, Environment env, boolean color) {
        List<ReportTarget> targets = targets();
        ReportContext context = new ReportContext(
                ReportOptions.class.getPackage().getImplementationVersion(),
                RuleRegistry.load(ReportOptions.class.getClassLoader()).catalog(),
                RuleDocs.bundled(), new WorkingFolderSources(env.cwd()), color, quiet, summary);
        new ReportOutputs(env, context).write(targets, run);
        if (summary && targets.stream().noneMatch(t -> t.format().equals(Reporters.TEXT))) {
            new SummaryTable().write(quiet ? run.errorsOnly() : run, env.err());
        }
        if (!quiet) {
            env.err().println(TimingLine.of(run));
        }
        env.err().flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
