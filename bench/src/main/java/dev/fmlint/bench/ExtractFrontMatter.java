package dev.fmlint.bench;

import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.schema.BenchJson;
import dev.fmlint.source.SourceDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes each Markdown file's front matter as a JSON file (the value fmlint's schema check validates), for
 * the ajv-cli floor of schema validation. Not timed. Files without a usable header are left out.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.fmlint.bench.ExtractFrontMatter CORPUS_DIR|FILE OUT_DIR}
 */
public final class ExtractFrontMatter {
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Path> files = Files.isDirectory(corpus) ? Sample.markdownFiles(corpus) : List.of(corpus);
        SourceDecoder decoder = new SourceDecoder();
        FrontMatterSplitter splitter = new FrontMatterSplitter();
        YamlComposer composer = new YamlComposer(YamlComposer.Limits.DEFAULT);
        int written = 0;
        for (Path p : files) {
            if (decoder.decode(p, p.toString(), Files.readAllBytes(p)) instanceof SourceDecoder.Decoded d
                    && splitter.split(d.file()) instanceof FrontMatterSplitter.Block block
                    && composer.compose(d.file(), block.content()) instanceof YamlComposer.Composed c) {
                String name = String.format("%05d.json", written++);
                Files.writeString(out.resolve(name), BenchJson.toJson(c.root()), StandardCharsets.UTF_8);
            }
        }
        System.err.printf("extracted %d front-matter blocks of %d files into %s%n", written, files.size(), out);
    }

    private ExtractFrontMatter() {}
}
