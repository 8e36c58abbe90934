package dev.fmlint.cli;

import dev.fmlint.config.Config;
import dev.fmlint.config.RuleSetting;
import dev.fmlint.engine.ConfiguredSchemas;
import dev.fmlint.engine.SchemaSelector;
import dev.fmlint.engine.SettingsResolver;
import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.RuleMeta;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "print-config",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print the configuration that applies to one file: its schema, and every rule with its "
                + "severity, options and where each setting came from.",
        footerHeading = "%nExamples:%n",
        footer = {"  fmlint print-config posts/2024/hello.md"})
final class PrintConfigCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(paramLabel = "FILE", description = "The file to explain (it need not exist).")
    private String file;

    @Mixin
    private ConfigOptions configOptions = new ConfigOptions();

    PrintConfigCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RunSetup setup = RunSetup.prepare(configOptions, env);
        Config config = setup.config();
        Path path = env.cwd().resolve(file).normalize();
        String relative = SettingsResolver.relative(config.baseDir(), path);
        Config.FileConfig fileConfig = config.forFile(relative);

        env.out().println("file:          " + env.cwd().relativize(path));
        env.out().println("configuration: " + (config.file() == null ? "none found; built-in recommended preset"
                : env.cwd().relativize(config.file())));
        env.out().println("ignored:       " + (config.ignored(relative) ? "yes" : "no"));
        env.out().println("schema:        " + schema(setup, path, fileConfig));
        env.out().println("rules:");
        int width = setup.registry().catalog().stream().mapToInt(m -> m.id().length()).max().orElse(10);
        for (RuleMeta meta : setup.registry().catalog()) {
            RuleSetting s = fileConfig.rules().get(meta.id());
            String level = s == null ? (dev.fmlint.engine.CoreChecks.isCore(meta.id())
                    ? meta.defaultSeverity().label() : "off") : levelOf(s, meta);
            String origin = s == null ? (dev.fmlint.engine.CoreChecks.isCore(meta.id()) ? "built in" : "not configured")
                    : s.origin();
            String options = s == null || s.options().isEmpty() ? "" : "  " + s.options();
            env.out().printf("  %-" + width + "s  %-7s  %s%s%n", meta.id(), level, origin, options);
        }
        env.out().flush();
        return ExitCodes.CLEAN;
    }

    private static String levelOf(RuleSetting s, RuleMeta meta) {
        var severity = s.level().severity(meta.defaultSeverity());
        return severity == null ? "off" : severity.label();
    }

    private String schema(RunSetup setup, Path path, Config.FileConfig fileConfig) {
        SourceDecoder.Result read = new SourceReader(setup.config().limits().maxFileBytes()).read(path, file);
        if (read instanceof SourceDecoder.Decoded decoded
                && new FrontMatterSplitter().split(decoded.file()) instanceof FrontMatterSplitter.Block block
                && new YamlComposer(YamlComposer.Limits.DEFAULT).compose(decoded.file(), block.content())
                        instanceof YamlComposer.Composed composed) {
            FrontMatter fm = new FrontMatter(block.block(), block.content(), composed.root());
            return describe(setup.schemas().decide(decoded.file(), fm));
        }
        if (configOptions.schema != null) {
            return configOptions.schema + "  (--schema)";
        }
        return fileConfig.schema().map(m -> m.schema() + "  (" + m.origin() + ")").orElse("none");
    }

    private static String describe(ConfiguredSchemas.Decision d) {
        if (d.choice() instanceof SchemaSelector.Use use) {
            return use.validator().name() + "  (" + d.source() + ")";
        }
        if (d.choice() instanceof SchemaSelector.Problem p) {
            return "unusable (" + d.source() + "): " + p.message();
        }
        return "none  (" + d.source() + "); front matter is not validated";
    }
}
