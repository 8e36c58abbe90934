package dev.fmlint.bench;

import dev.fmlint.engine.BenchAccess;
import dev.fmlint.engine.ConfiguredRule;
import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-file pipeline, one stage at a time, over a fixed sample of {@value Sample#SIZE} files of a corpus.
 * Scores are microseconds per file (each invocation handles the whole sample). Each stage starts from the
 * previous stage's output, prepared in {@link Pipeline} outside the timed code:
 * <ul>
 *   <li>{@code decode}: bytes to a {@code SourceFile} (UTF-8 check, BOM, line index)</li>
 *   <li>{@code split}: find the {@code ---} header ({@code FrontMatterSplitter})</li>
 *   <li>{@code compose}: header YAML to {@code YamlNode}s with spans ({@code YamlComposer})</li>
 *   <li>{@code schema}: composed header against the corpus's JSON Schema ({@code FrontMatterValidator})</li>
 *   <li>{@code parse}: body to a CommonMark tree with source spans ({@code MarkdownParser})</li>
 *   <li>{@code rules}: every rule of the recommended preset on the parsed file</li>
 *   <li>{@code lint}: {@code Linter.lint} with everything on (split to diagnostics; what a worker does per
 *       file after reading it); {@code lintNoSchema}: the same without the schema</li>
 * </ul>
 * and, for comparison, the floor ({@code floor}: {@link FloorParse}, what the floor program does per file) and
 * its parts ({@code composeBare}: snakeyaml compose alone; {@code parseBare}: commonmark without source spans;
 * {@code decodeJdk}: the JDK's own UTF-8 decoding, a lower bound for {@code decode}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBench {
    @Param({"cpp-docs", "docs-cn"})
    public String corpus;

    private Pipeline p;
    private final SourceDecoder decoder = new SourceDecoder();
    private final Parser bareParser = Parser.builder().build();

    @Setup(Level.Trial)
    public void setUp() {
        p = new Pipeline(corpus);
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void decode(Blackhole bh) {
        for (int i = 0; i < p.bytes.size(); i++) {
            bh.consume(decoder.decode(null, "x.md", p.bytes.get(i)));
        }
    }

    /**
     * A lower bound for {@code decode}: the JDK's own (lenient, intrinsified) UTF-8 decoding, a scan for the
     * replacement character that tells whether the bytes were valid, and the same {@code SourceFile}.
     */
    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void decodeJdk(Blackhole bh) {
        for (int i = 0; i < p.bytes.size(); i++) {
            String text = new String(p.bytes.get(i), StandardCharsets.UTF_8);
            bh.consume(text.indexOf('\uFFFD') < 0 ? SourceFile.of(null, "x.md", text, false) : null);
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void split(Blackhole bh) {
        for (int i = 0; i < p.files.size(); i++) {
            bh.consume(p.splitter.split(p.files.get(i)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void compose(Blackhole bh) {
        for (int i = 0; i < p.files.size(); i++) {
            FrontMatterSplitter.Block block = p.blocks.get(i);
            if (block != null) {
                bh.consume(p.composer.compose(p.files.get(i), block.content()));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void schema(Blackhole bh) {
        for (FrontMatter fm : p.frontMatters) {
            if (fm != null) {
                bh.consume(p.validator.validate(fm));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void parse(Blackhole bh) {
        for (String body : p.bodies) {
            bh.consume(p.markdown.parse(body));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void rules(Blackhole bh) {
        List<ConfiguredRule> rules = p.rules();
        for (BenchAccess.Parsed file : p.parsed) {
            List<Finding> sink = new ArrayList<>();
            for (ConfiguredRule rule : rules) {
                BenchAccess.check(rule, file, sink);
            }
            bh.consume(sink);
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void lint(Blackhole bh) {
        for (int i = 0; i < p.files.size(); i++) {
            bh.consume(p.linter.lint(p.files.get(i), p.everything));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void lintNoSchema(Blackhole bh) {
        for (int i = 0; i < p.files.size(); i++) {
            bh.consume(p.linter.lint(p.files.get(i), p.noSchema));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void floor(Blackhole bh) {
        for (int i = 0; i < p.files.size(); i++) {
            bh.consume(FloorParse.parse(p.files.get(i).text()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void composeBare(Blackhole bh) {
        for (int i = 0; i < p.files.size(); i++) {
            FrontMatterSplitter.Block block = p.blocks.get(i);
            if (block != null) {
                String yaml = p.files.get(i).slice(block.content());
                bh.consume(FloorParse.newYaml().compose(new StringReader(yaml)));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void parseBare(Blackhole bh) {
        for (String body : p.bodies) {
            bh.consume(bareParser.parse(body));
        }
    }
}
