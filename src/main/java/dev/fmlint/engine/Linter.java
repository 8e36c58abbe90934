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
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.ProjectFiles;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * The per-file pipeline: split, compose the YAML, validate it against the schema, parse the body, run the
 * rules, apply the file's {@code fmlint-…} comments, and turn findings into positioned diagnostics.
 * Immutable once built and shared by all threads.
 *
 * <p>A header that cannot be used (unterminated, not YAML, ambiguous) yields its own findings and nothing
 * else for that file: rules running on a half-understood file would only add noise, and its comments are
 * not read, so nothing can silence the problem.
 */
public final class Linter {
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final YamlComposer composer;
    private final MarkdownParser markdown = new MarkdownParser();
    private final InlineControl inline;

    /** A linter that honours inline comments without checking their rule ids: for tests and embedding. */
    public Linter(YamlComposer.Limits limits) {
        this(limits, InlineOptions.UNCHECKED);
    }

    public Linter(YamlComposer.Limits limits, InlineOptions inline) {
        this.composer = new YamlComposer(limits);
        this.inline = new InlineControl(inline);
    }

    /** The result for a file that could not be decoded. */
    public FileResult unreadable(String displayPath, SourceDecoder.Undecodable problem, FileSettings settings) {
        Position at = new Position(Math.max(1, problem.line()), 1);
        return new FileResult(displayPath, List.of(new Diagnostic(displayPath, CoreChecks.READ_ERROR,
                settings.severities().getOrDefault(CoreChecks.READ_ERROR, Severity.ERROR), problem.message(), at, at,
                null)));
    }

    public FileResult lint(SourceFile file, FileSettings settings) {
        Checked checked = check(file, settings, null, null);
        List<Finding> all = new ArrayList<>(checked.findings());
        all.addAll(checked.comments().unused(inline.reportsUnused(), settings));
        return new FileResult(file.displayPath(), diagnostics(file, settings, all));
    }

    /**
     * Lints one file for a run with a cross-file step ({@link CrossFilePhase}): adds what each
     * {@link CrossFileRule} collects from it to {@code facts}, and leaves to {@link Collected#comments} what
     * the file's comments decide about that step's findings.
     */
    Collected lint(SourceFile file, FileSettings settings, List<FileFacts> facts, ProjectFiles project) {
        Checked checked = check(file, settings, facts, project);
        FileResult result = new FileResult(file.displayPath(), diagnostics(file, settings, checked.findings()));
        FileComments comments = checked.comments();
        LateComments late = comments.isEmpty() ? LateComments.NONE : new LateComments() {
            @Override
            public boolean silences(String ruleId, int line) {
                return comments.silences(ruleId, line);
            }

            @Override
            public List<Diagnostic> unused() {
                return diagnostics(file, settings, comments.unused(inline.reportsUnused(), settings));
            }
        };
        return new Collected(result, late);
    }

    /** A file's result after its own pass, and what its comments still decide after the cross-file step. */
    record Collected(FileResult result, LateComments comments) {}

    /**
     * A file's comments as the cross-file step sees them. Only files that have comments keep theirs (and so
     * their text) until the end of the run.
     */
    interface LateComments {
        LateComments NONE = new LateComments() {
            @Override
            public boolean silences(String ruleId, int line) {
                return false;
            }

            @Override
            public List<Diagnostic> unused() {
                return List.of();
            }
        };

        boolean silences(String ruleId, int line);

        /** The disables that silenced nothing, in the whole run; ask once, after the cross-file step. */
        List<Diagnostic> unused();
    }

    private List<Diagnostic> diagnostics(SourceFile file, FileSettings settings, List<Finding> findings) {
        List<Diagnostic> diagnostics = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Severity severity = settings.severities().get(f.ruleId());
            if (severity == null && CoreChecks.isFileUnreadable(f.ruleId())) {
                severity = Severity.ERROR;
            }
            if (severity != null) {
                diagnostics.add(diagnostic(file, f, severity));
            }
        }
        return diagnostics;
    }

    /** What a file's own pass found, its comments applied, and the comments, for what is decided later. */
    private record Checked(List<Finding> findings, FileComments comments) {
        Checked(List<Finding> findings) {
            this(findings, FileComments.NONE);
        }
    }

    private Checked check(SourceFile file, FileSettings settings, List<FileFacts> facts, ProjectFiles project) {
        List<Finding> findings = new ArrayList<>();
        Optional<FrontMatter> frontMatter = Optional.empty();
        int bodyStart = 0;
        FrontMatterSplitter.Split split = splitter.split(file);
        if (split instanceof FrontMatterSplitter.Unterminated u) {
            return new Checked(List.of(new Finding(YamlComposer.RULE_ID, u.opening(), "front matter is not closed: "
                    + "the \"---\" on this line has no closing \"---\" line; add one after the last key")));
        }
        if (split instanceof FrontMatterSplitter.Unsupported u) {
            return new Checked(List.of(new Finding(YamlComposer.RULE_ID, u.opening(), u.message())));
        }
        if (split instanceof FrontMatterSplitter.Block block) {
            YamlComposer.Result composed = composer.compose(file, block.content());
            if (composed instanceof YamlComposer.Failed failed) {
                return new Checked(failed.findings());
            }
            FrontMatter fm = new FrontMatter(block.block(), block.content(), ((YamlComposer.Composed) composed).root());
            frontMatter = Optional.of(fm);
            bodyStart = block.bodyStart();
            if (settings.isOn(FrontMatterValidator.RULE_ID)) {
                findings.addAll(validate(file, fm, settings.schema()));
            }
        }
        Node body;
        try {
            body = markdown.parse(file.text().substring(bodyStart));
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(new Finding(CoreChecks.READ_ERROR, Span.at(bodyStart),
                    "Markdown body could not be parsed: " + Messages.oneLine(String.valueOf(e))));
            return new Checked(findings); // without a tree there are no comments to honour; nothing here is silenced
        }
        FileContext.ParsedFile parsed = new FileContext.ParsedFile(file, frontMatter, body, bodyStart);
        for (ConfiguredRule configured : settings.rules()) {
            String id = configured.rule().meta().id();
            List<Finding> own = new ArrayList<>();
            try {
                FileContext ctx = new FileContext(parsed, id, configured.options(), own);
                if (facts != null && configured.rule() instanceof CrossFileRule<?> cross) {
                    Object collected = cross.collect(ctx, project); // checks the file too, in the same pass
                    if (collected != null) {
                        facts.add(new FileFacts(configured, collected));
                    }
                } else {
                    configured.rule().check(ctx);
                }
                findings.addAll(own);
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(new Finding(CoreChecks.RULE_ERROR, Span.at(bodyStart), "rule " + id
                        + " failed on this file: " + Messages.oneLine(String.valueOf(e))
                        + "; please report it with this file"));
            }
        }
        FileComments comments = inline.read(parsed, settings);
        return new Checked(comments.keep(findings), comments);
    }

    private static List<Finding> validate(SourceFile file, FrontMatter fm, SchemaSelector selector) {
        SchemaSelector.Choice choice = selector.choose(file, fm);
        if (choice instanceof SchemaSelector.Problem p) {
            return List.of(new Finding(FrontMatterValidator.RULE_ID, p.span(), p.message()));
        }
        if (!(choice instanceof SchemaSelector.Use use)) {
            return List.of();
        }
        // "$schema" names the schema; it is not data the schema describes.
        List<YamlNode.Entry> data = fm.root().entries().stream().filter(e -> !e.key().equals("$schema")).toList();
        FrontMatter checked = data.size() == fm.root().entries().size() ? fm
                : new FrontMatter(fm.block(), fm.content(), new YamlNode.Mapping(data, fm.root().flow(), fm.root().span()));
        try {
            return use.validator().validate(checked);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Finding(FrontMatterValidator.RULE_ID, fm.block(), "schema " + use.validator().name()
                    + " could not be applied: " + Messages.oneLine(String.valueOf(e))));
        }
    }

    /** What one file gave one cross-file rule. */
    record FileFacts(ConfiguredRule rule, Object facts) {}

    private static Diagnostic diagnostic(SourceFile file, Finding f, Severity severity) {
        LineIndex lines = file.lines();
        Span s = f.span();
        Position start = new Position(lines.line(s.start()), lines.column(s.start()));
        Position end = new Position(lines.line(s.end()), lines.column(s.end()));
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
