import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.markdown.BodySpans;
import dev.fmlint.markdown.MarkdownParser;
import dev.fmlint.rules.BuiltinRules;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import dev.fmlint.source.Span;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.ProjectFiles;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.node.Node;

/**
 * Where the time of a check goes, rule by rule: reads and parses every file of a corpus once, then runs
 * each rule's per-file step on it, on one thread, and prints the total time of parsing and of each rule
 * (garbage collection pauses land on whichever rule runs, so give it a large heap).
 * A profiling aid for bench/ratio.sh, not a benchmark of its own (no warm-up beyond --rounds).
 *
 *   java -cp target/fmlint.jar bench/RuleCost.java ../shared/corpus/cpp-docs [--rounds N]
 */
public class RuleCost {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Path> files;
        try (Stream<Path> walk = java.nio.file.Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<Rule> rules = new BuiltinRules().rules();
        MarkdownParser parser = new MarkdownParser();
        FrontMatterSplitter splitter = new FrontMatterSplitter();
        YamlComposer composer = new YamlComposer(YamlComposer.Limits.DEFAULT);
        SourceReader reader = new SourceReader(10 << 20);
        ProjectFiles project = new Files(corpus.toAbsolutePath().normalize());
        for (int round = 1; round <= rounds; round++) {
            Map<String, Long> nanos = new LinkedHashMap<>();
            long parse = 0;
            for (Path path : files) {
                if (!(reader.read(path, path.toString()) instanceof SourceDecoder.Decoded d)) {
                    continue;
                }
                SourceFile file = d.file();
                long t0 = System.nanoTime();
                Optional<FrontMatter> fm = Optional.empty();
                int bodyStart = 0;
                if (splitter.split(file) instanceof FrontMatterSplitter.Block b) {
                    if (composer.compose(file, b.content()) instanceof YamlComposer.Composed c) {
                        fm = Optional.of(new FrontMatter(b.block(), b.content(), c.root()));
                    }
                    bodyStart = b.bodyStart();
                }
                Node body = parser.parse(file.text().substring(bodyStart));
                parse += System.nanoTime() - t0;
                Context ctx = new Context(file, fm, body, bodyStart);
                for (Rule rule : rules) {
                    long t = System.nanoTime();
                    if (rule instanceof CrossFileRule<?> cross) {
                        cross.collect(ctx, project); // as the engine runs it: collect checks the file too
                    } else {
                        rule.check(ctx);
                    }
                    nanos.merge(rule.meta().id(), System.nanoTime() - t, Long::sum);
                }
            }
            System.out.printf("round %d: %d files; parse (front matter + body) %d ms%n", round, files.size(), parse / 1_000_000);
            nanos.forEach((id, n) -> System.out.printf("  %-30s %6d ms%n", id, n / 1_000_000));
        }
    }

    /** The project's files as the engine shows them, without the engine's cache (a rough stand-in). */
    record Files(Path projectRoot) implements ProjectFiles {
        @Override public boolean exists(Path path) { return java.nio.file.Files.exists(path); }
        @Override public java.util.Set<String> list(Path folder) {
            String[] names = folder.toFile().list();
            return names == null ? java.util.Set.of() : java.util.Set.of(names);
        }
        @Override public Optional<String> text(Path file) { return Optional.empty(); }
        @Override public Optional<Node> markdown(Path file) { return Optional.empty(); }
    }

    record Context(SourceFile file, Optional<FrontMatter> frontMatter, Node markdown, int bodyStart)
            implements RuleContext {
        @Override public Span span(Node node) { return new BodySpans(bodyStart).of(node); }
        @Override public RuleOptions options() { return RuleOptions.NONE; }
        @Override public void report(Span where, String message) {}
        @Override public void report(Span where, String message, Fix fix) {}
    }
}
