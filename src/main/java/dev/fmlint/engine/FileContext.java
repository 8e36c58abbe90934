package dev.fmlint.engine;

import dev.fmlint.markdown.BodySpans;
import dev.fmlint.markdown.Elements;
import dev.fmlint.markdown.Headings;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleOptions;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** One rule's view of one file; its reports go straight into the file's finding list. */
final class FileContext implements RuleContext {
    private final ParsedFile parsed;
    private final String ruleId;
    private final RuleOptions options;
    private final List<Finding> sink;

    FileContext(ParsedFile parsed, String ruleId, RuleOptions options, List<Finding> sink) {
        this.parsed = parsed;
        this.ruleId = ruleId;
        this.options = options;
        this.sink = sink;
    }

    @Override
    public SourceFile file() {
        return parsed.file();
    }

    @Override
    public Optional<FrontMatter> frontMatter() {
        return parsed.frontMatter();
    }

    @Override
    public Node markdown() {
        return parsed.body();
    }

    @Override
    public Span span(Node node) {
        return parsed.spans().of(node);
    }

    @Override
    public RuleOptions options() {
        return options;
    }

    @Override
    public void report(Span where, String message) {
        report(where, message, null);
    }

    @Override
    public void report(Span where, String message, Fix fix) {
        int length = parsed.file().text().length();
        Span clamped = new Span(Math.min(where.start(), length), Math.min(where.end(), length));
        sink.add(new Finding(ruleId, clamped, message, fix));
    }

    @Override
    public List<Heading> headings() {
        return parsed.headings();
    }

    @Override
    public List<Node> elements() {
        return parsed.elements();
    }

    /**
     * A file whose header parsed: what every rule looks at, and what the rules of the file share once worked
     * out. One thread uses it at a time: the rules of a file run one after another.
     */
    static final class ParsedFile {
        private final SourceFile file;
        private final Optional<FrontMatter> frontMatter;
        private final Node body;
        private final int bodyStart;
        private final BodySpans spans;
        private List<Heading> headings;
        private List<Node> elements;

        ParsedFile(SourceFile file, Optional<FrontMatter> frontMatter, Node body, int bodyStart) {
            this.file = file;
            this.frontMatter = frontMatter;
            this.body = body;
            this.bodyStart = bodyStart;
            this.spans = new BodySpans(bodyStart);
        }

        /** One for the file: rules ask for thousands of spans, and the quick compiler would allocate each time. */
        BodySpans spans() {
            return spans;
        }

        SourceFile file() {
            return file;
        }

        Optional<FrontMatter> frontMatter() {
            return frontMatter;
        }

        Node body() {
            return body;
        }

        int bodyStart() {
            return bodyStart;
        }

        List<Heading> headings() {
            if (headings == null) {
                headings = Headings.of(body);
            }
            return headings;
        }

        List<Node> elements() {
            if (elements == null) {
                elements = Elements.of(body);
            }
            return elements;
        }
    }
}
