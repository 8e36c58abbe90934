package dev.fmlint.custom;

import dev.fmlint.spi.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Front-matter lookups for custom rules: exact JSON-pointer lookup, a value's text, and value equality. */
final class FrontMatterValues {
    /** YAML null, told apart from every value (Map.copyOf and friends refuse null itself). */
    private static final Object NULL = new Object();

    private FrontMatterValues() {}

    /** The JSON pointer of a top-level key. */
    static String pointerOf(String key) {
        return "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The node a JSON pointer names exactly; empty when any part of the way is missing. */
    static Optional<YamlNode> lookup(YamlNode.Mapping root, String pointer) {
        YamlNode node = root;
        if (pointer.isEmpty()) {
            return Optional.of(root);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (node instanceof YamlNode.Mapping m) {
                Optional<YamlNode> next = m.get(token);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                node = next.get();
            } else if (node instanceof YamlNode.Sequence s && token.matches("0|[1-9][0-9]{0,8}")
                    && Integer.parseInt(token) < s.items().size()) {
                node = s.items().get(Integer.parseInt(token));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /** A scalar's text: a string as it reads, other scalars as written ({@code 2024}, {@code true}); null for null. */
    static String text(YamlNode.Scalar scalar) {
        if (scalar.value() == null) {
            return null;
        }
        return scalar.value() instanceof String s ? s : scalar.source();
    }

    /** Whether the value is there and not null. */
    static boolean present(Optional<YamlNode> node) {
        return node.isPresent() && !(node.get() instanceof YamlNode.Scalar s && s.value() == null);
    }

    /** Equality of YAML data as JSON sees it: {@code 1}, {@code 1.0} and {@code 1e0} are the same number. */
    static boolean same(Object a, Object b) {
        return normalize(a).equals(normalize(b));
    }

    private static Object normalize(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(normalize(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalize(v)));
            return out;
        }
        return value == null ? NULL : value;
    }
}
