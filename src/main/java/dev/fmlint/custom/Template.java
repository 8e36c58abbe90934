package dev.fmlint.custom;

import dev.fmlint.spi.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A custom rule's message. {@code {value}} stands for the text checked and {@code {match}} for the text
 * that matched (the value itself for checks other than forbid); both are escaped and shortened with
 * {@link Messages#quote}, so a hostile document cannot forge report lines. Any other {@code {word}} is an
 * error, caught when the configuration is read; other braces are literal.
 */
record Template(String text) {
    /** Also in the config schema's pattern for {@code message}; keep the two in step. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)\\}");

    /** The template, or an exception naming the first unknown placeholder. */
    static Template parse(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals("value") && !m.group(1).equals("match")) {
                throw new IllegalArgumentException("message has an unknown placeholder " + m.group()
                        + "; use {value} (the text checked) or {match} (the text that matched)");
            }
        }
        return new Template(Messages.oneLine(text));
    }

    String render(String value, String match) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String filled = Messages.quote(m.group(1).equals("value") ? value : match);
            m.appendReplacement(sb, Matcher.quoteReplacement(filled));
        }
        return m.appendTail(sb).toString();
    }

    /** The message as a summary: placeholders become an ellipsis. */
    String summary() {
        return PLACEHOLDER.matcher(text).replaceAll("…");
    }
}
