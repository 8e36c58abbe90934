package dev.fmlint.markdown;

import dev.fmlint.source.Span;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Turns body-relative commonmark spans into file spans, given where the body starts in the file. */
public record BodySpans(int bodyStart) {

    /** The file span a node covers; a node without spans (rare: synthetic nodes) falls back to its parent. */
    public Span of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan first = spans.get(0);
                SourceSpan last = spans.get(spans.size() - 1);
                return new Span(bodyStart + first.getInputIndex(),
                        bodyStart + last.getInputIndex() + last.getLength());
            }
        }
        return Span.at(bodyStart);
    }
}
