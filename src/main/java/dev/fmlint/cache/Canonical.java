package dev.fmlint.cache;

import dev.fmlint.source.SourceFile;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A value as text that is the same whenever the value is equal, in any run: records by their components
 * (so a setting added to the configuration record one day is part of the fingerprint without anyone
 * remembering it), maps and sets sorted (their iteration order varies between runs), files by path and
 * content hash.
 */
public final class Canonical {
    private static final int MAX_DEPTH = 64;

    private Canonical() {}

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("value nests deeper than " + MAX_DEPTH + " levels");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof Path || value instanceof Pattern) {
            out.append(value.getClass().getSimpleName()).append(':');
            write(value.toString(), out, depth + 1);
        } else if (value instanceof SourceFile f) {
            out.append("file:");
            write(String.valueOf(f.path()), out, depth + 1);
            out.append(':').append(ContentHash.of(f));
        } else if (value instanceof Optional<?> o) {
            out.append("optional(");
            write(o.orElse(null), out, depth + 1);
            out.append(')');
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(of(k), v));
            out.append('{');
            sorted.forEach((k, v) -> {
                out.append(k).append('=');
                write(v, out, depth + 1);
                out.append(';');
            });
            out.append('}');
        } else if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            c.forEach(item -> items.add(of(item)));
            if (value instanceof Set<?>) {
                items.sort(null);
            }
            out.append('[').append(String.join(",", items)).append(']');
        } else if (value instanceof Record r) {
            out.append(r.getClass().getName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                out.append(c.getName()).append('=');
                write(component(r, c), out, depth + 1);
                out.append(';');
            }
            out.append(')');
        } else if (hasOwnToString(value)) {
            out.append(value.getClass().getName()).append(':');
            write(value.toString(), out, depth + 1);
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true); // records of other packages may be package-private
            return accessor.invoke(r);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
        }
    }

    private static boolean hasOwnToString(Object value) {
        try {
            return value.getClass().getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
