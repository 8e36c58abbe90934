package dev.fmlint.engine;

import dev.fmlint.source.LineIndex;
import dev.fmlint.spi.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a file's {@code fmlint-…} comments to its findings: drops the ones they silence and adds the
 * {@code inline-config} findings about the comments themselves. Comments only ever silence: a rule the
 * configuration turned off never ran, so no comment can bring it back.
 */
final class InlineControl {
    private final InlineOptions options;
    private final DirectiveFindings checks;
    private final BodyDirectives body = new BodyDirectives();
    private final FrontMatterDirectives frontMatter = new FrontMatterDirectives();

    InlineControl(InlineOptions options) {
        this.options = options;
        this.checks = new DirectiveFindings(options.knownRuleIds());
    }

    /**
     * @param parsed   the file, whose header parsed; a file whose header did not has no usable comments
     * @param findings everything the checks and rules found, in any order
     */
    List<Finding> apply(FileContext.ParsedFile parsed, FileSettings settings, List<Finding> findings) {
        String text = parsed.file().text();
        // The common case: one scan of the text, no tree walk, no YAML scan.
        if (!settings.inlineConfig() || !text.contains(DirectiveParser.PREFIX)) {
            return findings;
        }
        List<InlineComment> comments = new ArrayList<>();
        parsed.frontMatter().ifPresent(fm -> comments.addAll(frontMatter.find(text, fm.content())));
        comments.addAll(body.find(parsed.body(), text, parsed.bodyStart()));
        if (comments.isEmpty()) {
            return findings;
        }
        List<Directive> directives = comments.stream()
                .filter(Directive.class::isInstance).map(Directive.class::cast).toList();
        LineIndex lines = parsed.file().lines();
        Suppressions suppressions = Suppressions.of(directives, lines);
        List<Finding> kept = new ArrayList<>(checks.problems(comments));
        for (Finding f : findings) {
            if (!suppressions.silences(f.ruleId(), lines.line(f.span().start()))) {
                kept.add(f);
            }
        }
        if (options.reportUnused()) {
            kept.addAll(checks.unused(directives, suppressions, settings));
        }
        return kept;
    }
}
