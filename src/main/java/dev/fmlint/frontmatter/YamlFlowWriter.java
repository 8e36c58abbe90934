package dev.fmlint.frontmatter;

import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes strings as YAML text for fixes: plain when that reads back as the same string, double-quoted
 * otherwise. "Reads back" is checked against both fmlint's own typing and YAML 1.1 (what Jekyll, Hugo and
 * snakeyaml's defaults use), so {@code 2024}, {@code yes}, {@code null} and {@code 2024-01-05} are quoted
 * and stay strings for every tool that reads the file after the fix.
 */
public final class YamlFlowWriter {
    private static final Resolver FMLINT = new JsonTypingResolver();
    private static final Resolver YAML_1_1 = new Resolver();
    /** Characters that start something other than a plain scalar, or end one inside {@code [...]}. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** Characters that end a plain scalar inside {@code [...]}; ':' only sometimes, but quoting is simpler. */
    private static final String FLOW_BREAKERS = ",[]{}:";

    private YamlFlowWriter() {}

    /** A flow sequence of strings: {@code [AI, "2024", 趋势]}. */
    public static String list(List<String> items) {
        return items.stream().map(YamlFlowWriter::scalar).collect(Collectors.joining(", ", "[", "]"));
    }

    /** One string as a scalar that is safe both in a flow sequence and as a block mapping value. */
    public static String scalar(String value) {
        return needsQuotes(value) ? doubleQuoted(value) : value;
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty() || isSpace(s.codePointAt(0)) || isSpace(s.codePointBefore(s.length()))
                || INDICATORS.indexOf(s.charAt(0)) >= 0) {
            return true;
        }
        int previous = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (FLOW_BREAKERS.indexOf(cp) >= 0 || mustEscape(cp) || cp == '#' && isSpace(previous)) {
                return true; // " #" starts a comment
            }
            previous = cp;
        }
        return !FMLINT.resolve(NodeId.scalar, s, true).equals(Tag.STR)
                || !YAML_1_1.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    }

    private static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (mustEscape(cp)) {
                        sb.append(cp > 0xFFFF ? String.format("\\U%08X", cp) : String.format("\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Control, format (bidi, zero-width, BOM) and line-separator characters, and lone surrogates. */
    private static boolean mustEscape(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
