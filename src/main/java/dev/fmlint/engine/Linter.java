package dev.fmlint.engine;

import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.markdown.MarkdownParser;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.FixEdit;
import dev.fmlint.report.Position;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.source.LineIndex;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * The per-file pipeline: split, compose the YAML, validate it against the schema, parse the body, run the
 * rules, and turn findings into positioned diagnostics. Immutable once built and shared by all threads.
 *
 * <p>A header that cannot be used (unterminated, not YAML, ambiguous) yields its own findings and nothing
 * else for that file: rules running on a half-understood file would only add noise.
 */
public final class Linter {
    private final List<ConfiguredRule> rules;
    private final FrontMatterValidator schema;
    private final Map<String, Severity> severities = new HashMap<>();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final YamlComposer composer;
    private final MarkdownParser markdown = new MarkdownParser();

    /**
     * @param schema the schema every file's front matter must match, or null for none
     */
    public Linter(List<ConfiguredRule> rules, FrontMatterValidator schema, YamlComposer.Limits limits) {
        this.rules = List.copyOf(rules);
        this.schema = schema;
        this.composer = new YamlComposer(limits);
        CoreChecks.ALL.forEach(meta -> severities.put(meta.id(), meta.defaultSeverity()));
        rules.forEach(r -> severities.put(r.rule().meta().id(), r.severity()));
    }

    /** The result for a file that could not be decoded. */
    public FileResult unreadable(String displayPath, SourceDecoder.Undecodable problem) {
        Position at = new Position(Math.max(1, problem.line()), 1);
        return new FileResult(displayPath, List.of(new Diagnostic(displayPath, CoreChecks.READ_ERROR,
                severities.get(CoreChecks.READ_ERROR), problem.message(), at, at, null)));
    }

    public FileResult lint(SourceFile file) {
        return new FileResult(file.displayPath(), findings(file).stream().map(f -> diagnostic(file, f)).toList());
    }

    private List<Finding> findings(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        Optional<FrontMatter> frontMatter = Optional.empty();
        int bodyStart = 0;
        FrontMatterSplitter.Split split = splitter.split(file);
        if (split instanceof FrontMatterSplitter.Unterminated u) {
            return List.of(new Finding(YamlComposer.RULE_ID, u.opening(), "front matter is not closed: the "
                    + "\"---\" on this line has no closing \"---\" line; add one after the last key"));
        }
        if (split instanceof FrontMatterSplitter.Unsupported u) {
            return List.of(new Finding(YamlComposer.RULE_ID, u.opening(), u.format() + " front matter (\"+++\") "
                    + "is not supported; write it as YAML between \"---\" lines"));
        }
        if (split instanceof FrontMatterSplitter.Block block) {
            YamlComposer.Result composed = composer.compose(file, block.content());
            if (composed instanceof YamlComposer.Failed failed) {
                return failed.findings();
            }
            FrontMatter fm = new FrontMatter(block.block(), block.content(), ((YamlComposer.Composed) composed).root());
            frontMatter = Optional.of(fm);
            bodyStart = block.bodyStart();
            if (schema != null) {
                findings.addAll(schema.validate(fm));
            }
        }
        Node body;
        try {
            body = markdown.parse(file.text().substring(bodyStart));
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(new Finding(CoreChecks.READ_ERROR, Span.at(bodyStart),
                    "Markdown body could not be parsed: " + Messages.oneLine(String.valueOf(e))));
            return findings;
        }
        FileContext.ParsedFile parsed = new FileContext.ParsedFile(file, frontMatter, body, bodyStart);
        for (ConfiguredRule configured : rules) {
            String id = configured.rule().meta().id();
            List<Finding> own = new ArrayList<>();
            try {
                configured.rule().check(new FileContext(parsed, id, configured.options(), own));
                findings.addAll(own);
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(new Finding(CoreChecks.RULE_ERROR, Span.at(bodyStart), "rule " + id
                        + " failed on this file: " + Messages.oneLine(String.valueOf(e))
                        + "; please report it with this file"));
            }
        }
        return findings;
    }

    private Diagnostic diagnostic(SourceFile file, Finding f) {
        LineIndex lines = file.lines();
        Span s = f.span();
        Position start = new Position(lines.line(s.start()), lines.column(s.start()));
        Position end = new Position(lines.line(s.end()), lines.column(s.end()));
        Severity severity = severities.getOrDefault(f.ruleId(), Severity.ERROR);
        List<FixEdit> edits = f.fix() == null ? List.of() : f.fix().edits().stream()
                .map(e -> new FixEdit(position(lines, e.span().start()), position(lines, e.span().end()),
                        e.replacement()))
                .toList();
        return new Diagnostic(file.displayPath(), f.ruleId(), severity, f.message(), start, end, f.fix(), edits);
    }

    private static Position position(LineIndex lines, int offset) {
        return new Position(lines.line(offset), lines.column(offset));
    }
}
