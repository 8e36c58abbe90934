package dev.fmlint.schema;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.json.JSONArray;
import org.json.JSONObject;

/** The JSON value a schema was checked against, looked up by the pointers everit reports. */
record JsonInstance(Object root) {
    private static final Pattern BARE_KEY = Pattern.compile("[\\p{L}\\p{N}_$-]+");

    Optional<Object> at(JsonPointer pointer) {
        Object node = root;
        for (String token : pointer.tokens()) {
            Optional<Object> next = step(node, token);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /** The keys of the object at a pointer, or none when it is not an object. */
    Set<String> keysAt(JsonPointer pointer) {
        return at(pointer).filter(JSONObject.class::isInstance).map(o -> ((JSONObject) o).keySet()).orElse(Set.of());
    }

    /**
     * A pointer as a person reads a key path: {@code tags[2]}, {@code author.name}, {@code links["a b"]}.
     * The root is the empty string.
     */
    String path(JsonPointer pointer) {
        StringBuilder sb = new StringBuilder();
        Object node = root;
        for (String token : pointer.tokens()) {
            if (node instanceof JSONArray && token.matches("\\d{1,9}")) {
                sb.append('[').append(token).append(']');
            } else if (BARE_KEY.matcher(token).matches()) {
                sb.append(sb.length() == 0 ? "" : ".").append(token);
            } else {
                sb.append("[\"").append(dev.fmlint.spi.Messages.quote(token)).append("\"]");
            }
            node = node == null ? null : step(node, token).orElse(null);
        }
        return sb.toString();
    }

    private static Optional<Object> step(Object node, String token) {
        if (node instanceof JSONObject object) {
            return object.has(token) ? Optional.of(object.get(token)) : Optional.empty();
        }
        if (node instanceof JSONArray array && token.matches("\\d{1,9}")) {
            int i = Integer.parseInt(token);
            return i < array.length() ? Optional.of(array.get(i)) : Optional.empty();
        }
        return Optional.empty();
    }
}
