package dev.fmlint.custom;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code suggest} text: literal text with {@code $1}, {@code ${name}} group references, {@code \$} for a
 * dollar sign and {@code \\} for a backslash. References are checked against the pattern when the
 * configuration is read, so expanding one can never fail.
 */
record Replacement(String text, List<Part> parts) {
    Replacement {
        parts = List.copyOf(parts);
    }

    sealed interface Part permits Literal, Group, Named {}

    record Literal(String text) implements Part {}

    record Group(int number) implements Part {}

    record Named(String name) implements Part {}

    static Replacement parse(String text, Pattern pattern) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int groups = pattern.groupCount();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 == text.length()) {
                    throw new IllegalArgumentException("suggest ends with a lone backslash; write \\\\ for one");
                }
                literal.append(text.charAt(++i));
            } else if (c != '$') {
                literal.append(c);
            } else {
                flush(literal, parts);
                i = reference(text, i, pattern, groups, parts);
            }
        }
        flush(literal, parts);
        return new Replacement(text, parts);
    }

    /** Reads the reference at {@code text[dollar]}; returns the index of its last character. */
    private static int reference(String text, int dollar, Pattern pattern, int groups, List<Part> parts) {
        int i = dollar + 1;
        if (i < text.length() && text.charAt(i) == '{') {
            int close = text.indexOf('}', i);
            String name = close < 0 ? "" : text.substring(i + 1, close);
            if (close < 0 || !pattern.namedGroups().containsKey(name)) {
                throw new IllegalArgumentException("suggest refers to group ${" + name + "}, but the forbid "
                        + "pattern has no group of that name (name one with (?P<" + (name.isEmpty() ? "name" : name)
                        + ">...))");
            }
            parts.add(new Named(name));
            return close;
        }
        if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
            throw new IllegalArgumentException("suggest has a \"$\" that is not a group reference ($1, ${name}); "
                    + "write \\$ for a dollar sign");
        }
        int number = text.charAt(i) - '0';
        if (number > groups) {
            throw new IllegalArgumentException("suggest refers to group $" + number + ", but the forbid pattern has "
                    + groups + (groups == 1 ? " group" : " groups"));
        }
        // As in java.util.regex: more digits belong to the number while it still names a group.
        while (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                && number * 10 + (text.charAt(i + 1) - '0') <= groups) {
            number = number * 10 + (text.charAt(++i) - '0');
        }
        parts.add(new Group(number));
        return i;
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    String expand(Matcher m) {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            String piece;
            if (part instanceof Literal l) {
                piece = l.text();
            } else if (part instanceof Group g) {
                piece = m.group(g.number());
            } else {
                piece = m.group(((Named) part).name());
            }
            sb.append(piece == null ? "" : piece);
        }
        return sb.toString();
    }
}
