package dev.fmlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds the URLs that GitHub would turn into links by themselves ("literal autolinks" of GitHub Flavored
 * Markdown: {@code https://...}, {@code www....} and e-mail addresses), following micromark's
 * {@code micromark-extension-gfm-autolink-literal} step by step, which markdownlint's MD034 uses too.
 * Stateless.
 */
final class LiteralAutolinks {
    /** Stands for "no character": the start or end of the text. */
    static final int NONE = Integer.MIN_VALUE;

    private LiteralAutolinks() {}

    /** A found URL, as UTF-16 offsets into the scanned line. */
    record Found(int start, int end) {}

    /**
     * The autolinks that start in {@code [from, to)} of {@code line}; an autolink may run on past {@code to}
     * to the end of the line, as micromark reads the whole line's characters.
     *
     * @param blocked whether no autolink may start at an offset: micromark starts none while a {@code [} is
     *                open, since the bracket may turn out to be a link's text. Asked with rising offsets.
     */
    static List<Found> find(String line, int from, int to, IntPredicate blocked) {
        List<Found> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = line.codePointAt(i);
            int end = -1;
            if (!(c == 'h' || c == 'H' || c == 'w' || c == 'W' || atext(c)) || blocked.test(i)) {
                end = -1;
            } else if (c == 'h' || c == 'H') {
                end = email(line, i);
                if (end < 0) {
                    end = protocol(line, i);
                }
            } else if (c == 'w' || c == 'W') {
                end = email(line, i);
                if (end < 0) {
                    end = www(line, i);
                }
            } else if (atext(c)) {
                end = email(line, i);
            }
            if (end > i) {
                found.add(new Found(i, end));
                i = end;
            } else {
                i += Character.charCount(c);
            }
        }
        return found;
    }

    private static int at(String s, int i) {
        return i < s.length() ? s.codePointAt(i) : NONE;
    }

    private static int before(String s, int i) {
        return i > 0 ? s.codePointBefore(i) : NONE;
    }

    private static int next(String s, int i) {
        return i + Character.charCount(s.codePointAt(i));
    }

    private static int email(String s, int start) {
        if (!atext(at(s, start)) || !previousEmail(before(s, start))) {
            return -1;
        }
        int i = start;
        while (atext(at(s, i))) {
            i = next(s, i);
        }
        if (at(s, i) != '@') {
            return -1;
        }
        i = next(s, i);
        boolean data = false;
        boolean dot = false;
        while (true) {
            int c = at(s, i);
            if (c == '.') {
                if (!asciiAlphanumeric(at(s, i + 1))) {
                    break; // a dot that ends the address
                }
                dot = true;
                i++;
            } else if (c == '-' || c == '_' || asciiAlphanumeric(c)) {
                data = true;
                i = next(s, i);
            } else {
                break;
            }
        }
        return data && dot && asciiAlpha(before(s, i)) ? i : -1;
    }

    private static int www(String s, int start) {
        if (!previousWww(before(s, start))) {
            return -1;
        }
        for (int k = 0; k < 3; k++) {
            int c = at(s, start + k);
            if (c != 'w' && c != 'W') {
                return -1;
            }
        }
        if (at(s, start + 3) != '.' || at(s, start + 4) == NONE) {
            return -1;
        }
        int end = domain(s, start);
        return end < 0 ? -1 : path(s, end);
    }

    private static int protocol(String s, int start) {
        if (asciiAlpha(before(s, start))) {
            return -1;
        }
        int i = start;
        StringBuilder scheme = new StringBuilder();
        while (asciiAlpha(at(s, i)) && scheme.length() < 5) {
            scheme.appendCodePoint(at(s, i));
            i++;
        }
        String lower = scheme.toString().toLowerCase(java.util.Locale.ROOT);
        if (at(s, i) != ':' || !(lower.equals("http") || lower.equals("https"))) {
            return -1;
        }
        i++;
        if (at(s, i) != '/' || at(s, i + 1) != '/') {
            return -1;
        }
        i += 2;
        int c = at(s, i);
        if (c == NONE || asciiControl(c) || space(c) || unicodeWhitespace(c) || unicodePunctuation(c)) {
            return -1;
        }
        int end = domain(s, i);
        return end < 0 ? -1 : path(s, end);
    }

    /** The end of a domain starting at {@code i}, or -1 when there is none. */
    private static int domain(String s, int i) {
        boolean underscoreInLast = false;
        boolean underscoreInLastLast = false;
        boolean seen = false;
        while (true) {
            int c = at(s, i);
            if (c == '.' || c == '_') {
                if (trail(s, i)) {
                    break;
                }
                if (c == '_') {
                    underscoreInLast = true;
                } else {
                    underscoreInLastLast = underscoreInLast;
                    underscoreInLast = false;
                }
                i++;
            } else if (c == NONE || space(c) || unicodeWhitespace(c) || (c != '-' && unicodePunctuation(c))) {
                break;
            } else {
                seen = true;
                i = next(s, i);
            }
        }
        return underscoreInLastLast || underscoreInLast || !seen ? -1 : i;
    }

    /** The end of the path that starts at {@code i} (possibly empty). */
    private static int path(String s, int i) {
        int open = 0;
        int close = 0;
        while (true) {
            int c = at(s, i);
            if (c == '(') {
                open++;
                i++;
            } else if (c == ')' && close < open) {
                close++;
                i++;
            } else if ("!\"&')*,.:;<?]_~".indexOf(c) >= 0 && c != NONE) {
                if (trail(s, i)) {
                    return i;
                }
                if (c == ')') {
                    close++;
                }
                i++;
            } else if (c == NONE || space(c) || unicodeWhitespace(c)) {
                return i;
            } else {
                i = next(s, i);
            }
        }
    }

    /** Whether the punctuation at {@code i} is trailing: only trail characters until a space or the end. */
    private static boolean trail(String s, int i) {
        while (true) {
            int c = at(s, i);
            if (c != NONE && "!\"')*,.:;?_~".indexOf(c) >= 0) {
                i++;
            } else if (c == '&') {
                i++;
                if (!asciiAlpha(at(s, i))) {
                    return false;
                }
                while (asciiAlpha(at(s, i))) {
                    i++;
                }
                if (at(s, i) != ';') {
                    return false;
                }
                i++;
            } else if (c == ']') {
                i++;
                int after = at(s, i);
                if (after == NONE || after == '(' || after == '[' || space(after) || unicodeWhitespace(after)) {
                    return true;
                }
            } else {
                return c == '<' || c == NONE || space(c) || unicodeWhitespace(c);
            }
        }
    }

    private static boolean previousWww(int c) {
        return c == NONE || c == '(' || c == '*' || c == '_' || c == '[' || c == ']' || c == '~' || space(c);
    }

    private static boolean previousEmail(int c) {
        return !(c == '/' || atext(c));
    }

    static boolean atext(int c) {
        return c == '+' || c == '-' || c == '.' || c == '_' || asciiAlphanumeric(c);
    }

    private static boolean asciiAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean asciiAlphanumeric(int c) {
        return asciiAlpha(c) || (c >= '0' && c <= '9');
    }

    private static boolean asciiControl(int c) {
        return (c >= 0 && c < 32) || c == 127;
    }

    /** micromark's "line ending or space": a space, a tab or a line break. */
    private static boolean space(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** JavaScript's {@code \s}. */
    private static boolean unicodeWhitespace(int c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    /**
     * {@code \p{P}} or {@code \p{S}}, tested as micromark does on {@code String.fromCharCode(code)}: characters
     * past U+FFFF are cut to 16 bits, so most emoji do not count.
     */
    private static boolean unicodePunctuation(int c) {
        if (c == NONE || c < 0) {
            return false;
        }
        int type = Character.getType((char) (c & 0xFFFF));
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
