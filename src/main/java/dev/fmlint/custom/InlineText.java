package dev.fmlint.custom;

import dev.fmlint.source.Span;
import dev.fmlint.spi.RuleContext;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Collects the text a reader sees under a node into a {@link TextRun}: literal text, link text and image
 * alt text; code spans and code blocks only when asked; never HTML, link destinations or link reference
 * definitions. A soft line break reads as a space, a hard one and the gap between blocks as a newline.
 */
final class InlineText extends AbstractVisitor {
    private final RuleContext ctx;
    private final TextRun run;
    private final boolean includeCode;

    InlineText(RuleContext ctx, TextRun run, boolean includeCode) {
        this.ctx = ctx;
        this.run = run;
        this.includeCode = includeCode;
    }

    /** Collects the children of {@code container} (not the container itself). */
    void collect(Node container) {
        for (Node child = container.getFirstChild(); child != null; ) {
            Node next = child.getNext(); // fetched first, as commonmark's own visitChildren does
            child.accept(this);
            child = next;
        }
    }

    @Override
    public void visit(Text text) {
        Span span = ctx.span(text);
        run.append(text.getLiteral(), span, ctx.file().slice(span).equals(text.getLiteral()));
    }

    @Override
    public void visit(Code code) {
        if (includeCode) {
            verbatimIn(ctx.span(code), code.getLiteral());
        }
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        run.append(" ", ctx.span(lineBreak), false);
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        run.append("\n", ctx.span(lineBreak), false);
    }

    @Override
    public void visit(HtmlInline html) {
        // markup, not text
    }

    @Override
    public void visit(HtmlBlock html) {
        // markup, not text
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        // a URL, not text
    }

    @Override
    public void visit(Paragraph paragraph) {
        run.separator("\n");
        collect(paragraph);
        run.separator("\n");
    }

    @Override
    public void visit(Heading heading) {
        run.separator("\n");
        collect(heading);
        run.separator("\n");
    }

    @Override
    public void visit(FencedCodeBlock code) {
        codeBlock(ctx.span(code), code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        codeBlock(ctx.span(code), code.getLiteral());
    }

    private void codeBlock(Span span, String literal) {
        if (includeCode) {
            run.separator("\n");
            // The block's span ends before its last line break; the separator stands for it.
            verbatimIn(span, literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
            run.separator("\n");
        }
    }

    /** Appends text that its node's source holds somewhere inside markup (backticks, fences). */
    private void verbatimIn(Span span, String literal) {
        int at = literal.isEmpty() ? -1 : ctx.file().slice(span).indexOf(literal);
        if (at < 0) {
            run.append(literal, span, false);
        } else {
            run.append(literal, new Span(span.start() + at, span.start() + at + literal.length()), true);
        }
    }
}
