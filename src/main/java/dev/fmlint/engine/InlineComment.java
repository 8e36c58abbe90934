package dev.fmlint.engine;

import dev.fmlint.source.Span;

/** A comment in a file that speaks to fmlint: a directive, or something that looks like one but is not. */
sealed interface InlineComment permits Directive, InlineComment.Unknown {

    /** The whole comment, from its opening to its closing delimiter. */
    Span span();

    /**
     * A comment that starts like a directive ({@code fmlint-}) but names none: most likely a typo, which
     * would otherwise silence nothing without a word.
     *
     * @param keyword the word as written, e.g. {@code fmlint-disabel}
     * @param keywordSpan where the word is
     */
    record Unknown(String keyword, Span keywordSpan, Span span) implements InlineComment {}
}
