package dev.fmlint.rules;

import java.text.Normalizer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text a reader sees in a heading: literal text and code spans, link text and image alt text, without
 * emphasis markers or inline HTML tags. Entities and escapes are already decoded by commonmark. White space
 * (including no-break and ideographic spaces) is collapsed to single spaces and trimmed, and the result is
 * NFC-normalised, so that headings compare equal when they read the same.
 */
final class HeadingText {
    private HeadingText() {}

    static String of(Heading heading) {
        StringBuilder sb = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HtmlInline html) {
                // Tags are markup, not text: "# <br>" is an empty heading.
            }
        });
        return normalize(sb.toString());
    }

    /**
     * Whether an ATX heading is a DocFX tab, {@code # [Linux](#tab/linux)}: a heading made of one link to
     * {@code #tab/...}, which DocFX renders as a tab, not a heading.
     */
    static boolean isDocfxTab(Heading heading) {
        return heading.getFirstChild() instanceof Link link && link.getNext() == null
                && link.getDestination().startsWith("#tab/");
    }

    /** Collapses and trims white space, then NFC-normalises: what "the same text" means for headings. */
    static String normalize(String text) {
        String collapsed = collapseAscii(text);
        if (collapsed != null) {
            return collapsed; // ASCII text is already in NFC
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /**
     * {@link #normalize} for the common case, ASCII text (most headings), without code points or the
     * normaliser: ASCII text is already in NFC. Null when the text has any other character.
     */
    private static String collapseAscii(String text) {
        boolean clean = true; // already collapsed and trimmed: single spaces between words only
        boolean previousSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean space = isSpace(c);
            clean &= !space || (c == ' ' && !previousSpace);
            previousSpace = space;
        }
        if (clean && !(previousSpace && !text.isEmpty())) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
