package dev.fmlint.discover;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One gitignore glob, compiled once and matched many times. It matches as git's {@code wildmatch} does with
 * {@code WM_PATHNAME}: {@code *}, {@code ?} and {@code [...]} never match '/'; {@code **} matches across
 * folders only when it stands between slashes or at an end of the pattern ({@code **}{@code /x},
 * {@code x/**}, {@code x/**}{@code /y}), and is a plain {@code *} elsewhere; a backslash quotes the next byte.
 *
 * <p>Text and pattern are UTF-8 bytes, not chars, because git compares bytes: {@code ?} matches one byte,
 * so {@code ?.md} does not match {@code 日.md}. Agreeing with git matters more than agreeing with intuition.
 *
 * <p>Matching simulates the set of reachable text positions token by token, so its cost is at most text
 * length times pattern length. A translation to {@code java.util.regex} would backtrack, and a hostile
 * {@code .gitignore} line such as {@code *a*a*a*a*a*b} could then stall a CI run.
 */
final class Glob {
    private enum Kind { LITERAL, ONE, CLASS, STAR, ANY, DIRS }

    /**
     * One step of the pattern. LITERAL: the byte {@code literal}. ONE: any byte but '/'. CLASS: a byte in
     * {@code set}, never '/'. STAR: any run without '/'. ANY: any run at all (a trailing {@code /**}).
     * DIRS: nothing, or any run ending in '/' (a leading or middle {@code **}{@code /}).
     */
    private record Token(Kind kind, byte literal, boolean[] set) {}

    /** A pattern git can never match: an unclosed {@code [}, a trailing backslash, a bad class name. */
    static final Glob NEVER = new Glob(null);

    private static final Token ONE = new Token(Kind.ONE, (byte) 0, null);
    private static final Token STAR = new Token(Kind.STAR, (byte) 0, null);
    private static final Token ANY = new Token(Kind.ANY, (byte) 0, null);
    private static final Token DIRS = new Token(Kind.DIRS, (byte) 0, null);

    private final Token[] tokens;
    // Leading and trailing literal bytes, compared before the simulation to reject most texts cheaply.
    private final byte[] prefix;
    private final byte[] suffix;
    private final boolean literalOnly;

    private Glob(List<Token> tokens) {
        if (tokens == null) {
            this.tokens = null;
            this.prefix = this.suffix = new byte[0];
            this.literalOnly = false;
            return;
        }
        this.tokens = tokens.toArray(Token[]::new);
        int head = 0;
        while (head < this.tokens.length && this.tokens[head].kind == Kind.LITERAL) {
            head++;
        }
        int tail = this.tokens.length;
        while (tail > head && this.tokens[tail - 1].kind == Kind.LITERAL) {
            tail--;
        }
        this.prefix = literals(0, head);
        this.suffix = literals(tail, this.tokens.length);
        this.literalOnly = head == this.tokens.length;
    }

    /** Compiles a pattern; anything git would refuse to match compiles to {@link #NEVER}. */
    static Glob compile(byte[] pattern) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length) {
            byte c = pattern[i];
            if (c == '\\') {
                if (i + 1 == pattern.length) {
                    return NEVER;
                }
                tokens.add(literal(pattern[i + 1]));
                i += 2;
            } else if (c == '?') {
                tokens.add(ONE);
                i++;
            } else if (c == '*') {
                int start = i;
                while (i < pattern.length && pattern[i] == '*') {
                    i++;
                }
                boolean crossesFolders = i - start >= 2 && (start == 0 || pattern[start - 1] == '/');
                if (crossesFolders && i == pattern.length) {
                    tokens.add(ANY);
                } else if (crossesFolders && pattern[i] == '/') {
                    tokens.add(DIRS);
                    i++; // DIRS includes the slash: "**/x" also matches "x" itself
                } else if (crossesFolders && pattern[i] == '\\' && i + 1 < pattern.length && pattern[i + 1] == '/') {
                    tokens.add(ANY); // git treats "**\/" like "**/" but without the zero-folder shortcut
                } else {
                    tokens.add(STAR);
                }
            } else if (c == '[') {
                int end = bracket(pattern, i, tokens);
                if (end < 0) {
                    return NEVER;
                }
                i = end;
            } else {
                tokens.add(literal(c));
                i++;
            }
        }
        return new Glob(tokens);
    }

    /**
     * Parses the bracket expression starting at {@code open}, following wildmatch's reading: the first member
     * may be ']', {@code !} or {@code ^} negates, {@code a-z} is a byte range, {@code \x} quotes, and
     * {@code [:alpha:]} style names are ASCII classes. Returns the index after the closing ']', or -1 when
     * git would give up on the whole pattern.
     */
    private static int bracket(byte[] p, int open, List<Token> tokens) {
        boolean[] set = new boolean[256];
        int i = open + 1;
        boolean negated = false;
        if (i < p.length && (p[i] == '!' || p[i] == '^')) {
            negated = true;
            i++;
        }
        int previous = -1; // the member a following '-' would start a range from; -1 after a range or class
        do {
            if (i >= p.length) {
                return -1;
            }
            int c = p[i] & 0xff;
            if (c == '\\') {
                if (++i >= p.length) {
                    return -1;
                }
                c = p[i] & 0xff;
                set[c] = true;
                previous = c;
            } else if (c == '-' && previous >= 0 && i + 1 < p.length && p[i + 1] != ']') {
                int high = p[++i] & 0xff;
                if (high == '\\') {
                    if (++i >= p.length) {
                        return -1;
                    }
                    high = p[i] & 0xff;
                }
                for (int b = previous; b <= high; b++) {
                    set[b] = true;
                }
                previous = -1;
            } else if (c == '[' && i + 1 < p.length && p[i + 1] == ':') {
                int close = i + 2;
                while (close < p.length && p[close] != ']') {
                    close++;
                }
                if (close >= p.length) {
                    return -1;
                }
                if (close - (i + 2) < 1 || p[close - 1] != ':') {
                    set['['] = true; // not "[:name:]" after all: a plain '[' member, go on after it
                    previous = '[';
                } else {
                    String name = new String(p, i + 2, close - 1 - (i + 2), StandardCharsets.US_ASCII);
                    if (!CharacterClass.add(name, set)) {
                        return -1;
                    }
                    previous = -1;
                    i = close;
                }
            } else {
                set[c] = true;
                previous = c;
            }
            i++;
        } while (i >= p.length || p[i] != ']');
        if (negated) {
            for (int b = 0; b < set.length; b++) {
                set[b] = !set[b];
            }
        }
        set['/'] = false;
        tokens.add(new Token(Kind.CLASS, (byte) 0, set));
        return i + 1;
    }

    /** Does the whole of {@code text[from, to)} match? */
    boolean matches(byte[] text, int from, int to) {
        if (tokens == null) {
            return false;
        }
        int length = to - from;
        if (literalOnly) {
            return Arrays.equals(text, from, to, prefix, 0, prefix.length);
        }
        if (length < prefix.length + suffix.length
                || !Arrays.equals(text, from, from + prefix.length, prefix, 0, prefix.length)
                || !Arrays.equals(text, to - suffix.length, to, suffix, 0, suffix.length)) {
            return false;
        }
        boolean[] reached = new boolean[length + 1];
        boolean[] next = new boolean[length + 1];
        reached[0] = true;
        for (Token token : tokens) {
            if (!step(token, text, from, length, reached, next)) {
                return false;
            }
            boolean[] swap = reached;
            reached = next;
            next = swap;
        }
        return reached[length];
    }

    /** Fills {@code next} with the positions reachable after {@code token}; false when there are none. */
    private static boolean step(Token token, byte[] text, int from, int length, boolean[] reached, boolean[] next) {
        boolean any = false;
        switch (token.kind) {
            case LITERAL, ONE, CLASS -> {
                next[0] = false;
                for (int i = 0; i < length; i++) {
                    boolean ok = reached[i] && accepts(token, text[from + i]);
                    next[i + 1] = ok;
                    any |= ok;
                }
            }
            case STAR -> {
                boolean open = false; // some start position reaches here without crossing '/'
                for (int j = 0; j <= length; j++) {
                    if (j > 0 && text[from + j - 1] == '/') {
                        open = false;
                    }
                    open |= reached[j];
                    next[j] = open;
                    any |= open;
                }
            }
            case ANY -> {
                boolean open = false;
                for (int j = 0; j <= length; j++) {
                    open |= reached[j];
                    next[j] = open;
                    any |= open;
                }
            }
            case DIRS -> {
                boolean seen = false; // a start position before j
                for (int j = 0; j <= length; j++) {
                    boolean ok = reached[j] || (seen && text[from + j - 1] == '/');
                    seen |= reached[j];
                    next[j] = ok;
                    any |= ok;
                }
            }
        }
        return any;
    }

    private static boolean accepts(Token token, byte b) {
        return switch (token.kind) {
            case LITERAL -> b == token.literal;
            case ONE -> b != '/';
            case CLASS -> token.set[b & 0xff];
            default -> throw new IllegalStateException(token.kind.name());
        };
    }

    private static Token literal(byte b) {
        return new Token(Kind.LITERAL, b, null);
    }

    private byte[] literals(int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) {
            bytes[i - from] = tokens[i].literal;
        }
        return bytes;
    }
}
