package dev.fmlint.bench;

import dev.fmlint.config.Config;
import dev.fmlint.config.ConfigLoader;
import dev.fmlint.engine.BenchAccess;
import dev.fmlint.engine.ConfiguredRule;
import dev.fmlint.engine.ConfiguredSchemas;
import dev.fmlint.engine.FileSettings;
import dev.fmlint.engine.Linter;
import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.engine.SettingsResolver;
import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.markdown.MarkdownParser;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.FrontMatter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * One corpus sample taken through every stage once, outside timed code, so each benchmark can start from
 * the previous stage's output. The settings are the CLI's own: {@code check --no-config --schema
 * CORPUS.schema.json} (the recommended preset plus the corpus's schema), resolved as {@code RunSetup} does.
 */
public final class Pipeline {
    public final List<SourceFile> files;
    public final List<byte[]> bytes;
    public final FrontMatterSplitter splitter = new FrontMatterSplitter();
    public final YamlComposer composer = new YamlComposer(YamlComposer.Limits.DEFAULT);
    public final MarkdownParser markdown = new MarkdownParser();
    public final Linter linter = new Linter(YamlComposer.Limits.DEFAULT);
    public final FrontMatterValidator validator;
    /** Recommended preset plus the corpus schema, as the CLI resolves it. */
    public final FileSettings everything;
    /** Recommended preset, no schema. */
    public final FileSettings noSchema;
    /** Per file: the header block, or null when the file has none (or an unusable one). */
    public final List<FrontMatterSplitter.Block> blocks = new ArrayList<>();
    /** Per file: the composed header, or null. */
    public final List<FrontMatter> frontMatters = new ArrayList<>();
    /** Per file: the body text as the parser gets it. */
    public final List<String> bodies = new ArrayList<>();
    /** Per file: the parsed file as the rules see it. */
    public final List<BenchAccess.Parsed> parsed = new ArrayList<>();

    public Pipeline(String corpus) {
        try {
            files = Sample.load(corpus);
            bytes = Sample.bytes(files);
            Path cwd = Path.of("").toAbsolutePath();
            Config config = new ConfigLoader(cwd).defaults();
            RuleRegistry registry = RuleRegistry.load(Pipeline.class.getClassLoader());
            String schema = Sample.corpusRoot().resolve(corpus + ".schema.json").toString();
            SchemaLoader loader = new SchemaLoader();
            validator = loader.load(schema);
            everything = new SettingsResolver(config, registry, ConfiguredSchemas.load(config, schema, cwd, loader))
                    .forFile(cwd.resolve("sample.md"));
            noSchema = new SettingsResolver(config, registry, ConfiguredSchemas.load(config, null, cwd, loader))
                    .forFile(cwd.resolve("sample.md"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the " + corpus + " sample: " + e, e);
        }
        for (SourceFile f : files) {
            FrontMatterSplitter.Block block = splitter.split(f) instanceof FrontMatterSplitter.Block b ? b : null;
            FrontMatter fm = null;
            if (block != null && composer.compose(f, block.content()) instanceof YamlComposer.Composed c) {
                fm = new FrontMatter(block.block(), block.content(), c.root());
            }
            int bodyStart = block == null ? 0 : block.bodyStart();
            String body = f.text().substring(bodyStart);
            Node doc = markdown.parse(body);
            blocks.add(block);
            frontMatters.add(fm);
            bodies.add(body);
            parsed.add(BenchAccess.parsed(f, Optional.ofNullable(fm), doc, bodyStart));
        }
    }

    /** The rules of the recommended preset, with their configured options. */
    public List<ConfiguredRule> rules() {
        return everything.rules();
    }
}
