package dev.fmlint.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON pointer as a list of unescaped tokens. everit reports pointers as URI fragments
 * ({@code #/a~1b/0}); keeping tokens apart means a key containing {@code /} or {@code ~} is never split.
 */
record JsonPointer(List<String> tokens) {
    static final JsonPointer ROOT = new JsonPointer(List.of());

    JsonPointer {
        tokens = List.copyOf(tokens);
    }

    /** Parses {@code #/a/b}, {@code /a/b}, {@code #} or an empty string (the root). */
    static JsonPointer parse(String pointer) {
        if (pointer == null) {
            return ROOT;
        }
        String p = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        if (p.isEmpty()) {
            return ROOT;
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : p.substring(p.startsWith("/") ? 1 : 0).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPointer(tokens);
    }

    boolean isRoot() {
        return tokens.isEmpty();
    }

    JsonPointer child(String token) {
        List<String> longer = new ArrayList<>(tokens);
        longer.add(token);
        return new JsonPointer(longer);
    }

    JsonPointer parent() {
        return isRoot() ? this : new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    /** The last token; only for a pointer that is not the root. */
    String last() {
        return tokens.get(tokens.size() - 1);
    }

    /** The pointer as a URI fragment, the form {@link dev.fmlint.spi.FrontMatter#find} accepts. */
    String fragment() {
        return "#" + this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String token : tokens) {
            sb.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
