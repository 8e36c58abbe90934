package dev.fmlint.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The anchors a page offers to {@code #fragment} links: each heading's id as GitHub computes it, explicit
 * {@code {#id}} heading ids (Docusaurus, Hugo, kramdown), and HTML {@code id} and {@code name} attributes.
 */
final class HeadingAnchors {
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([^}\\s]+)}\\s*$");
    private static final Pattern TAG = Pattern.compile("<[A-Za-z][^>]*>?");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile(
            "\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))", Pattern.CASE_INSENSITIVE);

    private HeadingAnchors() {}

    static Set<String> of(Node document) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> occurrences = new HashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = text(heading);
                Matcher explicit = EXPLICIT_ID.matcher(text);
                if (explicit.find()) {
                    anchors.add(explicit.group(1));
                }
                anchors.add(unique(slug(text), occurrences));
                visitChildren(heading); // inline HTML anchors in the heading
            }

            @Override
            public void visit(HtmlInline html) {
                htmlIds(html.getLiteral(), anchors);
            }

            @Override
            public void visit(HtmlBlock html) {
                htmlIds(html.getLiteral(), anchors);
            }
        });
        return anchors;
    }

    /**
     * A heading's id as GitHub makes it (github-slugger): the text lowercased, every character removed that
     * is not a letter, mark, number, connector ({@code _}), hyphen or space, and spaces turned into hyphens.
     * CJK characters are letters, so they stay.
     */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                sb.append('-');
            } else if (cp == '-' || kept(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean kept(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The second "intro" is "intro-1", the third "intro-2", as on GitHub. */
    private static String unique(String slug, Map<String, Integer> occurrences) {
        String result = slug;
        while (occurrences.containsKey(result)) {
            int n = occurrences.merge(slug, 1, Integer::sum);
            result = slug + "-" + n;
        }
        occurrences.put(result, 0);
        return result;
    }

    /** The heading's text as a browser shows it: text and code, no image alt text, no HTML tags. */
    private static String text(Heading heading) {
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
                sb.append('\n');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                sb.append('\n');
            }

            @Override
            public void visit(Image image) {
                // an image shows no text
            }
        });
        return sb.toString().strip();
    }

    private static void htmlIds(String html, Set<String> anchors) {
        if (html.indexOf('=') < 0) {
            return;
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher m = ID_ATTRIBUTE.matcher(tag.group());
            while (m.find()) {
                String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (!id.isEmpty()) {
                    anchors.add(id);
                }
            }
        }
    }
}
