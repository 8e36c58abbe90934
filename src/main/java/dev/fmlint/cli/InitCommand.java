package dev.fmlint.cli;

import dev.fmlint.audit.CorpusAccumulator;
import dev.fmlint.audit.CorpusScan;
import dev.fmlint.audit.CorpusStats;
import dev.fmlint.audit.FileScanner;
import dev.fmlint.audit.InferenceOptions;
import dev.fmlint.audit.JsonText;
import dev.fmlint.audit.SchemaInference;
import dev.fmlint.audit.StarterConfig;
import dev.fmlint.config.ConfigException;
import dev.fmlint.config.ConfigLoader;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Infer a JSON Schema (draft-07) for the front matter of existing files, and write it with a "
                + "starter .fmlint.yaml that extends the recommended preset and maps the files to the schema.",
                "Existing files are never overwritten without --force. A check with the result reports the files "
                        + "that do not fit: rare types, forms and values, and suspected typos of keys."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:schema and configuration written (or printed with --dry-run)",
            "2:usage problem, an output file exists (without --force), or no file has front matter"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  fmlint init content/        writes front-matter.schema.json, .fmlint.yaml",
            "  fmlint init --dry-run posts/           prints both, writes nothing",
            "  fmlint init --required-threshold 0.8 --schema-out schemas/post.json posts/",
        })
final class InitCommand implements Callable<Integer> {
    private static final long MAX_FILE_BYTES = 10L << 20;

    private final Environment env;

    @Parameters(paramLabel = "PATH", description = "Files and folders to learn from (default: the current folder).")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--schema-out", paramLabel = "FILE", defaultValue = "front-matter.schema.json",
            description = "Where to write the schema (default: ${DEFAULT-VALUE}).")
    private String schemaOut;

    @Option(names = "--config-out", paramLabel = "FILE", defaultValue = ".fmlint.yaml",
            description = "Where to write the configuration (default: ${DEFAULT-VALUE}).")
    private String configOut;

    @Option(names = "--force", description = "Overwrite the output files if they exist.")
    private boolean force;

    @Option(names = "--dry-run", description = "Print the schema and the configuration; write nothing.")
    private boolean dryRun;

    @Option(names = "--required-threshold", paramLabel = "SHARE", defaultValue = "0.95",
            description = "Keys in at least this share of the files with front matter are required "
                    + "(default: ${DEFAULT-VALUE}).")
    private double requiredShare;

    @Option(names = "--outlier-share", paramLabel = "SHARE", defaultValue = "0.01",
            description = "Types, forms and values in less than this share of a key's values are outliers, left "
                    + "out of the schema so that a check reports them (default: ${DEFAULT-VALUE}; 0 keeps all).")
    private double outlierShare;

    @Option(names = "--enum-max-values", paramLabel = "N", defaultValue = "10",
            description = "A text key with at most N distinct values gets an enum (default: ${DEFAULT-VALUE}; "
                    + "0: no enums).")
    private int enumMaxValues;

    @Option(names = "--enum-min-count", paramLabel = "N", defaultValue = "20",
            description = "...if it has at least N values (default: ${DEFAULT-VALUE}).")
    private int enumMinCount;

    @Option(names = "--allow-unknown-keys", description = "Allow top-level keys the schema does not list.")
    private boolean allowUnknownKeys;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    InitCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        InferenceOptions options = options();
        Path schemaFile = env.cwd().resolve(schemaOut).normalize();
        Path configFile = env.cwd().resolve(configOut).normalize();
        if (!dryRun) {
            refuseToOverwrite(schemaFile, "--schema-out");
            refuseToOverwrite(configFile, "--config-out");
        }
        List<Path> files = CorpusFiles.find(paths, defaults().config(), env);
        CorpusAccumulator totals = new CorpusAccumulator(InferenceOptions.MAX_ENUM_VALUES, 0);
        new CorpusScan(new FileScanner(new SourceReader(MAX_FILE_BYTES), null), Runtime.getRuntime().availableProcessors())
                .run(files, f -> CorpusFiles.display(f, env), totals);
        CorpusStats stats = totals.result("");
        if (stats.frontMatter().present() == 0) {
            throw new UsageException("none of the " + stats.files() + " files found has front matter that can be "
                    + "read; there is nothing to infer a schema from");
        }
        String schema = JsonText.write(new SchemaInference(options).schema(stats));
        Path configDir = configFile.getParent();
        String config = StarterConfig.text(globs(configDir), relative(configDir, schemaFile), stats.frontMatter().present());
        try {
            if (dryRun) {
                checkLoads(schema, null);
                env.out().print(schema);
                env.out().println();
                env.out().print(config);
                return ExitCodes.CLEAN;
            }
            checkLoads(schema, schemaFile);
            write(schemaFile, schema);
            write(configFile, config);
        } catch (IOException e) {
            throw new UsageException("cannot write the results: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
        report(stats, configFile);
        return ExitCodes.CLEAN;
    }

    private InferenceOptions options() {
        try {
            return new InferenceOptions(requiredShare, enumMaxValues, enumMinCount, outlierShare, allowUnknownKeys);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private void refuseToOverwrite(Path file, String option) {
        if (Files.exists(file) && !force) {
            throw new UsageException(CorpusFiles.display(file, env) + " already exists; use --force to overwrite it, "
                    + option + " FILE to write elsewhere, or --dry-run to print the result");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(CorpusFiles.display(file, env) + " is a folder; give a file name with " + option);
        }
    }

    /** The built-in defaults: init writes the configuration, so an existing one does not steer it. */
    private RunSetup defaults() {
        ConfigOptions none = new ConfigOptions();
        none.noConfig = true;
        return RunSetup.prepare(none, env);
    }

    /** The files the schema applies to: the paths given, as globs relative to the configuration's folder. */
    private List<String> globs(Path configDir) {
        List<Path> given = paths.isEmpty() ? List.of(env.cwd()) : paths.stream()
                .map(p -> env.cwd().resolve(p).normalize()).toList();
        List<String> globs = new ArrayList<>();
        for (Path p : given) {
            String rel = relative(configDir, p);
            String glob = Files.isDirectory(p) ? (rel.isEmpty() ? "**" : StarterConfig.literalGlob(rel) + "/**")
                    : StarterConfig.literalGlob(rel);
            if (!globs.contains(glob)) {
                globs.add(glob);
            }
        }
        return globs;
    }

    private static String relative(Path from, Path to) {
        return from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    /**
     * Loads the schema with fmlint's own loader before anything is written: a schema {@code check} cannot use
     * would be a bug here, and must not leave a broken file behind.
     */
    private static void checkLoads(String schema, Path target) throws IOException {
        Path dir = target == null ? null : target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = dir == null ? Files.createTempFile("fmlint-init", ".schema.json")
                : Files.createTempFile(dir, ".fmlint-init", ".schema.json");
        try {
            Files.writeString(temp, schema, StandardCharsets.UTF_8);
            new SchemaLoader().load(temp.toString());
        } catch (SchemaLoadException e) {
            throw new IllegalStateException("the inferred schema does not load: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes through a temporary file in the same folder, so a failed write leaves the old file whole. */
    private static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".fmlint-init", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What was written, what to know about it, and what to run next; the configuration is loaded first. */
    private void report(CorpusStats stats, Path configFile) {
        try {
            new ConfigLoader(env.cwd()).load(configFile);
        } catch (ConfigException e) {
            throw new IllegalStateException("the written configuration does not load: " + e.getMessage(), e);
        }
        long files = stats.files();
        env.out().println("wrote " + schemaOut + ": inferred from the front matter of "
                + String.format(Locale.ROOT, "%,d of %,d", stats.frontMatter().present(), files)
                + (files == 1 ? " file, " : " files, ") + stats.keys().size() + (stats.keys().size() == 1 ? " key" : " keys"));
        SchemaInference.notes(stats).forEach(note -> env.out().println("  " + Messages.oneLine(note)));
        env.out().println("wrote " + configOut + ": the recommended rules, and the schema for these files");
        // check finds .fmlint.yaml from the working folder up; anywhere else it must be named.
        boolean found = ConfigLoader.FILE_NAMES.contains(configFile.getFileName().toString())
                && env.cwd().toAbsolutePath().normalize().startsWith(configFile.getParent());
        env.out().println("next: fmlint check" + (found ? "" : " --config " + configOut)
                + (paths.isEmpty() ? "" : " " + String.join(" ", paths)) + "   (reports the files that do not fit)");
    }
}
