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
 *   java -cp target/fmlint.jar bench/RuleCost.java ../shared/corpus/cpp-docs [--rounds N] [--only ID,ID]
 *
 * {@code --only} runs the named rules alone, to profile them (with -XX:StartFlightRecording).
 */
public class RuleCost {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = 2;
        java.util.Set<String> only = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--only" -> only = java.util.Set.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = java.nio.file.Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        java.util.Set<String> chosen = only;
        List<Rule> rules = new BuiltinRules().rules().stream()
                .filter(r -> chosen == null || chosen.contains(r.meta().id())).toList();
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

    /**
     * The project's files as the engine's ProjectDisk shows them: each folder listed once, a file exists when
     * its folder's listing holds its name, worked out on the path's text.
     */
    record Files(Path projectRoot, Map<String, java.util.Set<String>> listings) implements ProjectFiles {
        Files(Path projectRoot) {
            this(projectRoot, new java.util.HashMap<>());
        }
        @Override public boolean exists(Path path) {
            return exists(path.toAbsolutePath().normalize().toString());
        }
        @Override public boolean exists(String path) {
            int cut = path.lastIndexOf(java.io.File.separatorChar);
            return cut <= 0 || path.equals(projectRoot.toString())
                    || listing(path.substring(0, cut)).contains(path.substring(cut + 1));
        }
        @Override public java.util.Set<String> list(Path folder) {
            return listing(folder.toString());
        }
        private java.util.Set<String> listing(String folder) {
            return listings.computeIfAbsent(folder, f -> {
                String[] names = new java.io.File(f).list();
                return names == null ? java.util.Set.of() : new java.util.HashSet<>(java.util.Arrays.asList(names));
            });
        }
        @Override public Optional<String> text(Path file) { return Optional.empty(); }
        @Override public Optional<Node> markdown(Path file) { return Optional.empty(); }
    }

    /** As the engine's FileContext: the headings and elements are worked out once per file, shared by its rules. */
    static final class Context implements RuleContext {
        private final SourceFile file;
        private final Optional<FrontMatter> frontMatter;
        private final Node markdown;
        private final BodySpans spans;
        private List<org.commonmark.node.Heading> headings;
        private List<Node> elements;

        Context(SourceFile file, Optional<FrontMatter> frontMatter, Node markdown, int bodyStart) {
            this.file = file;
            this.frontMatter = frontMatter;
            this.markdown = markdown;
            this.spans = new BodySpans(bodyStart);
        }
        @Override public SourceFile file() { return file; }
        @Override public Optional<FrontMatter> frontMatter() { return frontMatter; }
        @Override public Node markdown() { return markdown; }
        @Override public List<org.commonmark.node.Heading> headings() {
            return headings != null ? headings : (headings = dev.fmlint.markdown.Headings.of(markdown));
        }
        @Override public List<Node> elements() {
            return elements != null ? elements : (elements = dev.fmlint.markdown.Elements.of(markdown));
        }
        @Override public Span span(Node node) { return spans.of(node); }
        @Override public RuleOptions options() { return RuleOptions.NONE; }
        @Override public void report(Span where, String message) {}
        @Override public void report(Span where, String message, Fix fix) {}
    }
}
