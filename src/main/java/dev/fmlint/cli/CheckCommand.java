package dev.fmlint.cli;

import dev.fmlint.discover.Discovery;
import dev.fmlint.discover.FileFinder;
import dev.fmlint.engine.ConfiguredRule;
import dev.fmlint.engine.CoreChecks;
import dev.fmlint.engine.Linter;
import dev.fmlint.engine.ParallelRunner;
import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.RunResult;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
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
            "  cat post.md | fmlint check - --stdin-filename posts/post.md",
            "  fmlint check --max-warnings 0 docs/            fail on any warning too",
        })
final class CheckCommand implements Callable<Integer> {
    private static final long MAX_FILE_BYTES = 10L << 20;

    private final Environment env;

    @Parameters(paramLabel = "PATH", description = "Files and folders to check (default: the current folder); "
            + "'-' reads one document from standard input.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "FILE|NAME",
            description = "JSON Schema for the front matter: a file, or a built-in name (blog-post).")
    private String schema;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name for '-' input in the report.")
    private String stdinFilename;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Exit with 1 when there are more than N warnings (default: no limit).")
    private int maxWarnings;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR also works).")
    private boolean noColor;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    @Mixin
    private ReportOptions report;

    CheckCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        FrontMatterValidator validator = loadSchema();
        List<ConfiguredRule> rules = RuleRegistry.load(CheckCommand.class.getClassLoader()).all().stream()
                .map(ConfiguredRule::withDefaults).toList();
        Linter linter = new Linter(rules, validator, YamlComposer.Limits.DEFAULT);
        SourceReader reader = new SourceReader(MAX_FILE_BYTES);

        List<FileResult> results = new ArrayList<>();
        List<Path> files = discover();
        if (paths.contains("-")) {
            String name = stdinFilename != null ? stdinFilename : "<stdin>";
            SourceDecoder.Result read = reader.read(env.in(), name);
            results.add(read instanceof SourceDecoder.Decoded d ? linter.lint(d.file())
                    : linter.unreadable(name, (SourceDecoder.Undecodable) read));
        }
        ParallelRunner runner = new ParallelRunner(linter, reader, Runtime.getRuntime().availableProcessors());
        results.addAll(runner.run(files, this::displayPath, report.progress(env, files.size())));

        RunResult run = new RunResult(results, Duration.ofNanos(System.nanoTime() - started));
        report.write(run, env, env.colorTerminal() && !noColor);
        return exitCode(run);
    }

    private FrontMatterValidator loadSchema() {
        if (schema == null) {
            return null;
        }
        try {
            return new SchemaLoader().load(resolve(schema).toString().equals(schema) ? schema : schemaSpec());
        } catch (SchemaLoadException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A schema given as a relative path is relative to the working folder; a bare name may be built in. */
    private String schemaSpec() {
        Path path = resolve(schema);
        return path.toFile().exists() ? path.toString() : schema;
    }

    private List<Path> discover() {
        List<Path> given = paths.stream().filter(p -> !p.equals("-")).map(this::resolve).toList();
        if (paths.isEmpty()) {
            given = List.of(env.cwd());
        }
        Discovery found = new FileFinder(FileFinder.DEFAULT_EXTENSIONS).find(given);
        if (!found.missing().isEmpty()) {
            throw new UsageException("path not found: " + String.join(", ", found.missing()));
        }
        found.warnings().forEach(w -> env.err().println("fmlint: warning: " + w));
        if (found.files().isEmpty() && !paths.contains("-")) {
            throw new UsageException("no Markdown files found in " + (paths.isEmpty() ? "the current folder"
                    : String.join(", ", paths)) + " (looked for *.md and *.markdown); nothing was checked");
        }
        return found.files();
    }

    private Path resolve(String path) {
        return env.cwd().resolve(path).normalize();
    }

    private String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return env.cwd().relativize(absolute).toString();
    }

    private int exitCode(RunResult run) {
        boolean ruleFailed = run.files().stream().flatMap(f -> f.diagnostics().stream())
                .anyMatch(d -> d.ruleId().equals(CoreChecks.RULE_ERROR));
        if (ruleFailed) {
            return ExitCodes.USAGE;
        }
        if (report.failOn().failed(run) || (maxWarnings >= 0 && run.count(Severity.WARNING) > maxWarnings)) {
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.CLEAN;
    }
}
