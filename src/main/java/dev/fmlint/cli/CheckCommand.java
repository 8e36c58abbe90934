package dev.fmlint.cli;

import dev.fmlint.cache.CacheFile;
import dev.fmlint.config.Limits;
import dev.fmlint.discover.ChangedFiles;
import dev.fmlint.engine.CoreChecks;
import dev.fmlint.engine.FileSettings;
import dev.fmlint.engine.InlineOptions;
import dev.fmlint.engine.Linter;
import dev.fmlint.engine.ParallelRunner;
import dev.fmlint.engine.ResultCache;
import dev.fmlint.engine.SettingsResolver;
import dev.fmlint.fix.Fixer;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.RunResult;
import dev.fmlint.report.TextReporter;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
            "  fmlint check                          every .md file below this folder",
            "  fmlint check content/ README.md       a folder and a file",
            "  fmlint check --schema blog-post .     with the built-in blog-post schema",
            "  fmlint check --schema post.json .     with your own schema",
            "  fmlint check --disable title-h1 docs/ one rule off for this run",
            "  fmlint check --fix-dry-run posts/     show what --fix would change",
            "  fmlint check --max-warnings 0 docs/   fail on any warning too",
            "  fmlint check --cache .                skip unchanged files that were clean",
            "  fmlint check --changed-since origin/main .",
            "                                        report only what the branch changed",
            "  cat a.md | fmlint check - --stdin-filename posts/a.md",
        })
final class CheckCommand implements Callable<Integer> {
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

    @Option(names = "--report-unused-disables", description = "Warn about fmlint-disable comments that "
            + "silenced nothing (reported as inline-config).")
    private boolean reportUnusedDisables;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR also works).")
    private boolean noColor;

    @Option(names = {"-v", "--verbose"}, description = "Also say which files no schema applies to.")
    private boolean verbose;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    @Option(names = "--fix", description = "Fix what can be fixed, in place, and report what is left.")
    private boolean fix;

    @Option(names = "--fix-dry-run", description = "Print a unified diff of what --fix would change; change "
            + "nothing. Exits 1 when there is something to fix.")
    private boolean fixDryRun;

    @Option(names = "--fix-rule", paramLabel = "ID", description = "With --fix or --fix-dry-run: fix only this "
            + "rule's findings (repeatable).")
    private List<String> fixRules = new ArrayList<>();

    @Option(names = "--cache", description = "Skip files unchanged since they were last checked clean. Any change "
            + "to the configuration, schemas, plugins or fmlint starts the cache afresh.")
    private boolean cache;

    @Option(names = "--cache-location", paramLabel = "PATH", description = "With --cache: the cache file, or a "
            + "folder (existing, or written with a trailing /) to keep " + CacheSetup.DEFAULT_NAME + " in "
            + "(default: " + CacheSetup.DEFAULT_NAME + " in the working folder).")
    private String cacheLocation;

    @Option(names = "--changed-since", paramLabel = "REF", description = "Check only the files git reports "
            + "changed since REF (since the merge base, as a pull request shows them; plus staged, unstaged and "
            + "untracked ones). The other files still count for cross-file rules such as unique-field.")
    private String changedSince;

    @Mixin
    private ReportOptions report;

    CheckCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        if (cacheLocation != null && !cache) {
            throw new UsageException("--cache-location has no effect without --cache; add --cache");
        }
        CacheFile cacheFile = cache ? CacheSetup.location(cacheLocation, env.cwd()) : null;
        CacheFile.Loading loading = cache ? cacheFile.startLoading() : null;
        RunSetup setup = RunSetup.prepare(configOptions, env);
        SettingsResolver settings = setup.settings();
        Limits limits = setup.config().limits();
        Linter linter = new Linter(limits.yaml(), new InlineOptions(
                setup.registry().catalog().stream().map(RuleMeta::id).collect(Collectors.toSet()),
                reportUnusedDisables));
        SourceReader reader = new SourceReader(limits.maxFileBytes());

        if (fix && fixDryRun) {
            throw new UsageException("--fix and --fix-dry-run cannot be used together");
        }
        if (fix && paths.contains("-")) {
            throw new UsageException("--fix cannot write standard input; use --fix-dry-run to see the change");
        }
        if (changedSince != null && paths.contains("-")) {
            throw new UsageException("--changed-since cannot be used with '-' (standard input); name files or folders");
        }
        Fixing fixing = fix || fixDryRun ? new Fixing(new Fixer(linter, Set.copyOf(fixRules), fix), reader) : null;
        List<FileResult> results = new ArrayList<>();
        List<Path> found = discover(setup);
        List<Path> files = found;
        List<Path> context = List.of();
        if (changedSince != null) {
            Set<Path> changed = changedFiles();
            files = found.stream().filter(f -> changed.contains(f.toAbsolutePath().normalize())).toList();
            context = files.isEmpty() ? List.of() : found.stream().filter(f -> !changed.contains(f.toAbsolutePath().normalize())).toList();
            if (files.isEmpty()) {
                env.err().println("fmlint: no Markdown file changed since " + changedSince + "; nothing to check");
            }
        }
        if (paths.contains("-")) {
            String name = stdinFilename != null ? stdinFilename : "<stdin>";
            FileSettings own = settings.forFile(env.cwd().resolve(stdinFilename != null ? stdinFilename : "stdin.md"));
            SourceDecoder.Result read = reader.read(env.in(), name);
            if (read instanceof SourceDecoder.Decoded d) {
                FileResult result = linter.lint(d.file(), own);
                results.add(fixing == null ? result : fixing.fix(d.file(), result, own));
            } else {
                results.add(linter.unreadable(name, (SourceDecoder.Undecodable) read, own));
            }
        }
        ParallelRunner runner = new ParallelRunner(linter, reader, settings::forFile,
                Runtime.getRuntime().availableProcessors(), limits.fileTimeout(),
                RunSetup.projectRoot(setup.config(), env.cwd()));
        String fingerprint = cache ? CacheSetup.fingerprint(setup, configOptions, reportUnusedDisables, CacheSetup.build(),
                env.cwd()) : null;
        ResultCache clean = cache ? new ResultCache(loading.entries(fingerprint, w -> env.err().println("fmlint: warning: " + w)),
                setup.schemas()::isConfigured) : null;
        if (clean != null) {
            runner = runner.withCache(clean);
        }
        List<FileResult> checked = files.isEmpty() ? List.of() : runner.run(files, context,
                f -> CorpusFiles.display(f, env), report.progress(env, files.size() + context.size()));
        if (clean != null) {
            cacheFile.save(fingerprint, clean.previous(), clean.updated(), clean.removed(), w -> env.err().println("fmlint: warning: " + w));
            if (verbose) {
                env.err().println("fmlint: " + clean.hits() + " of " + (files.size() + context.size())
                        + " files came from the cache " + CorpusFiles.display(cacheFile.path(), env)
                        + " (unchanged since they were last checked clean)");
            }
        }
        for (int i = 0; i < checked.size(); i++) {
            FileResult result = checked.get(i);
            results.add(fixing == null ? result : fixing.fix(files.get(i), result, settings.forFile(files.get(i))));
        }

        RunResult run = new RunResult(results, Duration.ofNanos(System.nanoTime() - started));
        if (fixing != null) {
            fixing.problems().forEach(p -> env.err().println("fmlint: " + p));
        }
        if (fixDryRun) {
            fixing.diffs().forEach(env.out()::print);
            env.err().println("fmlint: " + fixing.summary(true) + "; " + TextReporter.summary(run));
            return fixing.changedFiles() > 0 ? ExitCodes.PROBLEMS : ExitCodes.CLEAN;
        }
        report.write(run, env, env.colorTerminal() && !noColor);
        if (fix) {
            env.err().println("fmlint: " + fixing.summary(false));
        }
        if (verbose) {
            setup.schemas().unvalidated().forEach(f ->
                    env.err().println("fmlint: no schema applies to " + f + "; its front matter was not validated"));
        }
        return exitCode(run);
    }

    private Set<Path> changedFiles() {
        try {
            return ChangedFiles.since(changedSince, env.cwd());
        } catch (ChangedFiles.GitException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private List<Path> discover(RunSetup setup) {
        List<String> named = paths.stream().filter(p -> !p.equals("-")).toList();
        if (named.isEmpty() && paths.contains("-")) {
            return List.of();
        }
        return CorpusFiles.find(named, setup.config(), env);
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
