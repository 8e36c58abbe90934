package dev.fmlint.engine;

import dev.fmlint.source.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file's {@code fmlint-…} comments into {@link FileComments}, which drops the findings they silence
 * and adds the {@code inline-config} findings about the comments themselves. Comments only ever silence: a
 * rule the configuration turned off never ran, so no comment can bring it back.
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

    /** @param parsed the file, whose header parsed; a file whose header did not has no usable comments */
    FileComments read(FileContext.ParsedFile parsed, FileSettings settings) {
        String text = parsed.file().text();
        // The common case: one scan of the text, no tree walk, no YAML scan.
        if (!settings.inlineConfig() || !text.contains(DirectiveParser.PREFIX)) {
            return FileComments.NONE;
        }
        List<InlineComment> comments = new ArrayList<>();
        parsed.frontMatter().ifPresent(fm -> comments.addAll(frontMatter.find(text, fm.content())));
        comments.addAll(body.find(parsed.body(), text, parsed.bodyStart()));
        if (comments.isEmpty()) {
            return FileComments.NONE;
        }
        List<Directive> directives = comments.stream()
                .filter(Directive.class::isInstance).map(Directive.class::cast).toList();
        LineIndex lines = parsed.file().lines();
        return new FileComments(checks.problems(comments), directives, Suppressions.of(directives, lines), lines,
                checks);
    }

    /** Whether disables that silenced nothing are reported. */
    boolean reportsUnused() {
        return options.reportUnused();
    }
}
