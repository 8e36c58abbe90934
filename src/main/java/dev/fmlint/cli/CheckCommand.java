package dev.fmlint.cli;

import dev.fmlint.discover.Discovery;
import dev.fmlint.discover.FileFinder;
import dev.fmlint.engine.CoreChecks;
import dev.fmlint.engine.FileSettings;
import dev.fmlint.engine.Linter;
import dev.fmlint.engine.ParallelRunner;
import dev.fmlint.engine.SettingsResolver;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.RunResult;
import dev.fmlint.report.TextFormatter;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check Markdown files and folders: front matter against a JSON Schema, body against rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2},
        footerHeading = "%nExamples:%n",
        footer = {
            "  fmlint check                                   check every .md file below this folder",
            "  fmlint check content/ README.md                a folder and a file",
            "  fmlint check --schema blog-post posts/         with the built-in blog-post schema",
            "  fmlint check --schema schemas/post.json .      with your own schema",
            "  fmlint check --rule heading-increment=warning --disable title-h1 docs/",
            "  cat post.md | fmlint check - --stdin-filename posts/post.md",
            "  fmlint check --max-warnings 0 docs/            fail on any warning too",
        })
final class CheckCommand implements Callable<Integer> {
    private static final long MAX_FILE_BYTES = 10L << 20;

    private final Environment env;

    @Parameters(paramLabel = "PATH", description = "Files and folders to check (default: the current folder); "
            + "'-' reads one document from standard input.")
    private List<String> paths = new ArrayList<>();

    @Mixin
    private ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name for '-' input in the report "
            + "(also used to match configuration globs).")
    private String stdinFilename;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Exit with 1 when there are more than N warnings (default: no limit).")
    private int maxWarnings;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR also works).")
    private boolean noColor;

    @Option(names = {"-v", "--verbose"}, description = "Also say which files no schema applies to.")
    private boolean verbose;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    CheckCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        RunSetup setup = RunSetup.prepare(configOptions, env);
        SettingsResolver settings = setup.settings();
        Linter linter = new Linter(YamlComposer.Limits.DEFAULT);
        SourceReader reader = new SourceReader(MAX_FILE_BYTES);

        List<FileResult> results = new ArrayList<>();
        List<Path> files = discover(setup);
        if (paths.contains("-")) {
            String name = stdinFilename != null ? stdinFilename : "<stdin>";
            FileSettings own = settings.forFile(env.cwd().resolve(stdinFilename != null ? stdinFilename : "stdin.md"));
            SourceDecoder.Result read = reader.read(env.in(), name);
            results.add(read instanceof SourceDecoder.Decoded d ? linter.lint(d.file(), own)
                    : linter.unreadable(name, (SourceDecoder.Undecodable) read, own));
        }
        ParallelRunner runner = new ParallelRunner(linter, reader, settings::forFile,
                Runtime.getRuntime().availableProcessors(), RunSetup.projectRoot(setup.config(), env.cwd()));
        results.addAll(runner.run(files, this::displayPath));

        RunResult run = new RunResult(results, Duration.ofNanos(System.nanoTime() - started));
        new TextFormatter(env.colorTerminal() && !noColor).write(run, env.out());
        if (verbose) {
            setup.schemas().unvalidated().forEach(f ->
                    env.err().println("fmlint: no schema applies to " + f + "; its front matter was not validated"));
        }
        return exitCode(run);
    }

    private List<Path> discover(RunSetup setup) {
        List<Path> given = paths.stream().filter(p -> !p.equals("-")).map(this::resolve).toList();
        if (paths.isEmpty()) {
            given = List.of(env.cwd());
        }
        Discovery found = new FileFinder(setup.config().extensions()).find(given);
        if (!found.missing().isEmpty()) {
            throw new UsageException("path not found: " + String.join(", ", found.missing()));
        }
        found.warnings().forEach(w -> env.err().println("fmlint: warning: " + w));
        List<Path> kept = found.files().stream()
                .filter(f -> !setup.config().ignored(SettingsResolver.relative(setup.config().baseDir(), f)))
                .toList();
        boolean onlyExplicitFiles = !paths.isEmpty() && given.stream().noneMatch(p -> p.toFile().isDirectory());
        if (kept.isEmpty() && !paths.contains("-")) {
            if (onlyExplicitFiles && !found.files().isEmpty()) {
                // A hook passing only ignored files is fine; a folder with nothing to check is not.
                env.err().println("fmlint: every file given is ignored by the configuration; nothing to check");
                return kept;
            }
            throw new UsageException("no Markdown files found in " + (paths.isEmpty() ? "the current folder"
                    : String.join(", ", paths)) + " (looked for " + extensions(setup) + "); nothing was checked");
        }
        return kept;
    }

    private static String extensions(RunSetup setup) {
        return String.join(", ", setup.config().extensions().stream().sorted().map(e -> "*." + e).toList());
    }

    private Path resolve(String path) {
        return env.cwd().resolve(path).normalize();
    }

    private String displayPath(Path file) {
        return env.cwd().relativize(file.toAbsolutePath().normalize()).toString();
    }

    private int exitCode(RunResult run) {
        boolean ruleFailed = run.files().stream().flatMap(f -> f.diagnostics().stream())
                .anyMatch(d -> d.ruleId().equals(CoreChecks.RULE_ERROR));
        if (ruleFailed) {
            return ExitCodes.USAGE;
        }
        if (run.count(Severity.ERROR) > 0 || (maxWarnings >= 0 && run.count(Severity.WARNING) > maxWarnings)) {
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.CLEAN;
    }
}
