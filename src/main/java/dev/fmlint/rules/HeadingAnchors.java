package dev.fmlint.rules;

import dev.fmlint.markdown.Elements;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private HeadingAnchors() {}

    /** The anchors of a page not checked in this run (a link target outside it). */
    static Set<String> of(Node document) {
        return of(sources(Elements.of(document)));
    }

    /**
     * What a page's anchors are made of, in document order, as one text: a line per heading ("h" and its
     * text) and per HTML {@code id} or {@code name} ("i" and the value). Making the anchors themselves
     * (slugs, numbering of repeats) is left to {@link #of(String)}, for the pages that a link points into.
     * A line break inside a heading's text is kept as a carriage return, which the slug and the explicit
     * id treat alike; one inside an HTML value becomes a space.
     */
    static String sources(List<Node> elements) {
        StringBuilder sources = new StringBuilder();
        Consumer<String> id = value -> sources.append('i').append(value.replace('\n', ' ')).append('\n');
        for (Node node : elements) {
            if (node instanceof Heading heading) {
                sources.append('h').append(text(heading).replace('\n', '\r')).append('\n');
            } else if (node instanceof HtmlInline html) {
                htmlIds(html.getLiteral(), id);
            } else if (node instanceof HtmlBlock html) {
                htmlIds(html.getLiteral(), id);
            }
        }
        return sources.toString();
    }

    /** The anchors, in document order, that {@link #sources} describe. */
    static Set<String> of(String sources) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (int start = 0, end; start < sources.length(); start = end + 1) {
            end = sources.indexOf('\n', start);
            String value = sources.substring(start + 1, end);
            if (sources.charAt(start) == 'i') {
                anchors.add(value);
                continue;
            }
            if (value.contains("{#")) {
                Matcher explicit = EXPLICIT_ID.matcher(value);
                if (explicit.find()) {
                    anchors.add(explicit.group(1));
                }
            }
            anchors.add(unique(slug(value), occurrences));
        }
        return anchors;
    }

    /**
     * The sources as given, when {@link #sources} could have written them: they come from a cache file too,
     * which may have been edited. One look per line; the anchors are still made only when needed.
     */
    static String checked(String sources) {
        for (int start = 0, end; start < sources.length(); start = end + 1) {
            end = sources.indexOf('\n', start);
            if (end < 0) {
                throw new IllegalArgumentException("anchor sources do not end with a line break");
            }
            char kind = sources.charAt(start);
            if (kind != 'h' && kind != 'i') {
                throw new IllegalArgumentException("anchor source of unknown kind '" + kind + "'");
            }
        }
        return sources;
    }

    /**
     * A heading's id as GitHub makes it (github-slugger): the text lowercased, every character removed that
     * is not a letter, mark, number, connector ({@code _}), hyphen or space, and spaces turned into hyphens.
     * CJK characters are letters, so they stay.
     */
    static String slug(String text) {
        // Lowercasing as JavaScript does needs the whole string for a few letters (İ, final Σ); ASCII does not.
        String lower = isAscii(text) ? text : text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) { // ASCII, most headings: letters, digits, "_" and "-" stay, a space becomes "-"
                if (cp >= 'A' && cp <= 'Z') {
                    sb.append((char) (cp + ('a' - 'A')));
                } else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '_' || cp == '-') {
                    sb.append((char) cp);
                } else if (cp == ' ') {
                    sb.append('-');
                }
            } else if (kept(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
        if (occurrences.putIfAbsent(slug, 0) == null) {
            return slug; // the first heading with this id, the common case: one lookup
        }
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
        if (heading.getFirstChild() instanceof Text only && only.getNext() == null) {
            return only.getLiteral().strip(); // most headings: one run of text, no builder needed
        }
        StringBuilder sb = new StringBuilder();
        appendText(heading, sb);
        return sb.toString().strip();
    }

    private static void appendText(Node parent, StringBuilder sb) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                sb.append(text.getLiteral());
            } else if (node instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                sb.append('\n');
            } else if (!(node instanceof Image)) { // an image shows no text
                appendText(node, sb);
            }
        }
    }

    private static void htmlIds(String html, Consumer<String> anchors) {
        if (html.indexOf('=') < 0) {
            return;
        }
        // Attribute by attribute inside each tag: " id=" or " name=", quoted or not, in any letter case.
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            int gt = html.indexOf('>', lt);
            int end = gt < 0 ? html.length() : gt;
            if (lt + 1 >= end || !Character.isLetter(html.charAt(lt + 1))) {
                continue;
            }
            for (int i = lt + 1; i < end; i++) {
                if (!Character.isWhitespace(html.charAt(i))) {
                    continue;
                }
                int nameStart = i + 1;
                int len = html.regionMatches(true, nameStart, "id", 0, 2) ? 2
                        : html.regionMatches(true, nameStart, "name", 0, 4) ? 4 : 0;
                if (len == 0) {
                    continue;
                }
                int k = nameStart + len;
                while (k < end && Character.isWhitespace(html.charAt(k))) {
                    k++;
                }
                if (k >= end || html.charAt(k) != '=') {
                    continue;
                }
                k++;
                while (k < end && Character.isWhitespace(html.charAt(k))) {
                    k++;
                }
                String id = attributeValue(html, k, end);
                if (id != null && !id.isEmpty()) {
                    anchors.accept(id);
                }
            }
        }
    }

    /** The attribute value at {@code k}: quoted with " or ', or up to a space or the tag's end. */
    private static String attributeValue(String html, int k, int end) {
        if (k >= html.length()) {
            return null;
        }
        char q = html.charAt(k);
        if (q == '"' || q == '\'') {
            int close = html.indexOf(q, k + 1);
            return close < 0 ? null : html.substring(k + 1, close);
        }
        int e = k;
        while (e < end && !Character.isWhitespace(html.charAt(e)) && "\"'=<>`".indexOf(html.charAt(e)) < 0) {
            e++;
        }
        return html.substring(k, e);
    }

}
