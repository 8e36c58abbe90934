package dev.fmlint.engine;

import dev.fmlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one comment as a directive: {@code fmlint-KIND [rule-id ...] [-- reason]}. Rule ids
 * are separated by white space or commas (markdownlint writes the first, ESLint the second). A reason
 * follows {@code --} with white space before it, as in ESLint; it is for human readers and ignored here.
 */
final class DirectiveParser {
    /** Every directive starts with this; text without it is never parsed further. */
    static final String PREFIX = "fmlint-";

    private static final Pattern REASON = Pattern.compile("\\s--(\\s|$)");
    private static final Pattern RULE_ID = Pattern.compile("[^\\s,]+");

    /**
     * @param content the comment's text without its delimiters ({@code <!--}/{@code -->} or {@code #})
     * @param offset  the file offset of each index of {@code content}; a multi-line HTML comment inside a
     *                block quote is not one run of the file, since the quote markers are not part of it
     * @param comment the whole comment in the file
     * @return the directive, an unknown one, or empty when the comment is not addressed to fmlint
     */
    Optional<InlineComment> parse(String content, IntUnaryOperator offset, Span comment) {
        int start = 0;
        while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        if (!content.startsWith(PREFIX, start)) {
            return Optional.empty();
        }
        int end = start;
        while (end < content.length() && !Character.isWhitespace(content.charAt(end))) {
            end++;
        }
        String keyword = content.substring(start, end);
        Optional<Directive.Kind> kind = Directive.Kind.of(keyword);
        if (kind.isEmpty()) {
            return Optional.of(new InlineComment.Unknown(keyword, span(offset, start, end), comment));
        }
        Matcher reason = REASON.matcher(content);
        int stop = reason.find(end) ? reason.start() : content.length();
        List<Directive.RuleRef> rules = new ArrayList<>();
        Matcher id = RULE_ID.matcher(content).region(end, stop);
        while (id.find()) {
            rules.add(new Directive.RuleRef(id.group(), span(offset, id.start(), id.end())));
        }
        return Optional.of(new Directive(kind.get(), rules, comment));
    }

    /** A rule id or keyword never spans a line break, so its end follows from its start. */
    private static Span span(IntUnaryOperator offset, int start, int end) {
        int from = offset.applyAsInt(start);
        return new Span(from, from + (end - start));
    }
}
