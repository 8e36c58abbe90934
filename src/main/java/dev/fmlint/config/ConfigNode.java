package dev.fmlint.config;

import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.YamlNode;

/** A part of a configuration file as written, kept with its file so that errors can name the line. */
public record ConfigNode(YamlNode node, SourceFile source) {

    /** {@code file:line:col} of a span in this node's file, for error messages. */
    public String where(Span span) {
        return source.displayPath() + ":" + source.lines().line(span.start()) + ":" + source.lines().column(span.start());
    }

    public String where() {
        return where(node.span());
    }
}
