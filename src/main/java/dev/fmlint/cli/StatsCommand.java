package dev.fmlint.cli;

import dev.fmlint.audit.CorpusAccumulator;
import dev.fmlint.audit.CorpusScan;
import dev.fmlint.audit.CorpusStats;
import dev.fmlint.audit.FileLint;
import dev.fmlint.audit.FileScanner;
import dev.fmlint.audit.StatsHtml;
import dev.fmlint.audit.StatsJson;
import dev.fmlint.audit.StatsText;
import dev.fmlint.engine.FileSettings;
import dev.fmlint.engine.Linter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Describe a corpus: front-matter keys, their types and values, suspected typos, heading "
                + "structure, and the findings by rule.",
                "Findings use the configuration 'check' would use; with no .fmlint.yaml, the recommended preset."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:statistics written (findings do not change the exit code)",
            "2:usage, configuration or schema problem, or no file found"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  fmlint stats                              the current folder, as tables",
            "  fmlint stats docs/ --format json          every number, for programs",
            "  fmlint stats docs/ --format html=a.html   one self-contained page",
            "  fmlint stats docs/ --html a.html          the tables, and the page too",
        })
final class StatsCommand implements Callable<Integer> {
    private static final long MAX_FILE_BYTES = 10L << 20;
    private static final int TOP_FILES = 50;

    private final Environment env;

    @Parameters(paramLabel = "PATH", description = "Files and folders to describe (default: the current folder).")
    private List<String> paths = new ArrayList<>();

    @Mixin
    private ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or html=FILE for a self-contained HTML page.")
    private String format;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the HTML page to FILE.")
    private String html;

    @Option(names = "--top", paramLabel = "N", defaultValue = "8",
            description = "Most common values per key shown in text (default: 8); JSON keeps at least 20.")
    private int top;

    @Option(names = "--no-findings", description = "Do not run the rules: only describe the files.")
    private boolean noFindings;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    StatsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Output output = Output.parse(format, html, env.cwd());
        if (top < 1) {
            throw new UsageException("--top " + top + ": give a number of values of at least 1");
        }
        RunSetup setup = RunSetup.prepare(configOptions, env);
        List<Path> files = CorpusFiles.find(paths, setup.config(), env);
        FileScanner scanner = new FileScanner(new SourceReader(MAX_FILE_BYTES), noFindings ? null : lint(setup));
        CorpusAccumulator totals = new CorpusAccumulator(Math.max(top, 20), TOP_FILES);
        new CorpusScan(scanner, Runtime.getRuntime().availableProcessors())
                .run(files, f -> CorpusFiles.display(f, env), totals);
        CorpusStats stats = totals.result(configuration(setup));

        if (output.htmlFile() != null) {
            writeHtml(stats, output);
        }
        switch (output.format()) {
            case "json" -> env.out().print(StatsJson.write(stats));
            case "text" -> new StatsText(top).write(stats, env.out());
            default -> env.out().println("wrote " + output.shown() + ": statistics of " + stats.files()
                    + (stats.files() == 1 ? " file" : " files"));
        }
        env.out().flush();
        return ExitCodes.CLEAN;
    }

    /** Writes the page; a file that cannot be written is the user's to fix, not an internal error. */
    private void writeHtml(CorpusStats stats, Output output) {
        Path target = output.htmlFile();
        if (Files.isDirectory(target)) {
            throw new UsageException(output.shown() + " is a folder; give a file name: --format html=report.html");
        }
        Path folder = target.toAbsolutePath().getParent();
        String page = new StatsHtml().render(stats,
                shown -> folder.relativize(env.cwd().resolve(shown).toAbsolutePath().normalize()));
        try {
            Files.createDirectories(folder);
            Files.writeString(target, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + output.shown() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    /** The linter, as {@code check} runs it, for files the scan has already read. */
    private static FileLint lint(RunSetup setup) {
        Linter linter = new Linter(YamlComposer.Limits.DEFAULT);
        return (path, display, read) -> {
            FileSettings own = setup.settings().forFile(path);
            return read instanceof SourceDecoder.Decoded d ? linter.lint(d.file(), own)
                    : linter.unreadable(display, (SourceDecoder.Undecodable) read, own);
        };
    }

    private String configuration(RunSetup setup) {
        String schema = configOptions.schema == null ? "" : " and the schema " + configOptions.schema;
        if (setup.config().file() != null) {
            return "the configuration " + CorpusFiles.display(setup.config().file(), env) + schema;
        }
        return "the recommended preset (" + (configOptions.noConfig ? "--no-config" : "no .fmlint.yaml found")
                + ")" + schema;
    }

    /**
     * What to write where: the format on standard output, and the HTML file if any.
     *
     * @param shown the HTML file as the user wrote it
     */
    private record Output(String format, Path htmlFile, String shown) {
        static Output parse(String format, String html, Path cwd) {
            Path htmlFile = html == null ? null : cwd.resolve(html);
            if (format.equals("text") || format.equals("json")) {
                return new Output(format, htmlFile, html);
            }
            if (format.startsWith("html=") && format.length() > "html=".length()) {
                if (htmlFile != null) {
                    throw new UsageException("--format html=FILE and --html FILE both name an HTML file; give one");
                }
                String file = format.substring("html=".length());
                return new Output("html", cwd.resolve(file), file);
            }
            if (format.equals("html")) {
                throw new UsageException("--format html needs a file: --format html=report.html");
            }
            throw new UsageException("--format " + format + ": expected text, json or html=FILE");
        }
    }
}
