package dev.fmlint.spi;

import dev.fmlint.source.Span;
import java.util.Optional;

/**
 * A file's parsed YAML header.
 *
 * @param block   the whole block, from the opening {@code ---} to the end of the closing line
 * @param content the YAML text between the fences
 * @param root    the top-level mapping (empty for an empty block)
 */
public record FrontMatter(Span block, Span content, YamlNode.Mapping root) {

    /**
     * The node a JSON pointer ({@code /tags/0}, RFC 6901) names, or the deepest existing node on its way,
     * so that a finding about a missing part still points near it.
     */
    public YamlNode find(String pointer) {
        YamlNode node = root;
        if (pointer == null || pointer.isEmpty() || pointer.equals("#")) {
            return node;
        }
        String p = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        for (String raw : p.substring(p.startsWith("/") ? 1 : 0).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            Optional<YamlNode> next = Optional.empty();
            if (node instanceof YamlNode.Mapping m) {
                next = m.get(token);
            } else if (node instanceof YamlNode.Sequence s && token.matches("\\d{1,9}")) {
                int i = Integer.parseInt(token);
                next = i < s.items().size() ? Optional.of(s.items().get(i)) : Optional.empty();
            }
            if (next.isEmpty()) {
                return node;
            }
            node = next.get();
        }
        return node;
    }
}
