package dev.fmlint.spi;

import java.util.List;
import java.util.Map;

/**
 * Reads plain data back ({@link CrossFileRule#factsFromData}) without trusting it: each getter checks the
 * type and throws {@link IllegalArgumentException} naming what was expected, so a stale or edited cache
 * turns into "check this file again" instead of a wrong finding or a crash.
 */
public final class PlainData {
    private PlainData() {}

    public static String string(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw wrong("a string", value);
    }

    /** An int; JSON readers may hand back any kind of number, so any integral value in range is accepted. */
    public static int integer(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.longValue() >= Integer.MIN_VALUE && n.longValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw wrong("an integer", value);
    }

    public static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrong("true or false", value);
    }

    public static List<?> list(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw wrong("a list", value);
    }

    /** A list of exactly {@code size} items, for records written as arrays. */
    public static List<?> tuple(Object value, int size) {
        List<?> l = list(value);
        if (l.size() != size) {
            throw new IllegalArgumentException("expected a list of " + size + " items, found " + l.size());
        }
        return l;
    }

    public static Map<?, ?> map(Object value) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw wrong("a map", value);
    }

    /** A {@link Location} written by {@link #location(Location)}. */
    public static Location location(Object value) {
        List<?> l = tuple(value, 4);
        return new Location(integer(l.get(0)), integer(l.get(1)), integer(l.get(2)), integer(l.get(3)));
    }

    /** A location as four numbers: line, column, end line, end column. */
    public static List<Integer> location(Location where) {
        return List.of(where.line(), where.column(), where.endLine(), where.endColumn());
    }

    private static IllegalArgumentException wrong(String expected, Object value) {
        return new IllegalArgumentException("expected " + expected + ", found "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
