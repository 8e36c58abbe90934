package dev.fmlint.discover;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The {@code [:name:]} classes a gitignore bracket expression may use. They are ASCII only, as in git, which
 * uses its own locale-free ctype table: a byte of a multi-byte UTF-8 character is never {@code alpha}.
 */
enum CharacterClass {
    ALNUM(c -> isAlpha(c) || isDigit(c)),
    ALPHA(CharacterClass::isAlpha),
    BLANK(c -> c == ' ' || c == '\t'),
    // git's table files tab, newline and carriage return under space, not control.
    CNTRL(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f),
    DIGIT(CharacterClass::isDigit),
    GRAPH(c -> c > 0x20 && c < 0x7f),
    LOWER(c -> c >= 'a' && c <= 'z'),
    PRINT(c -> c >= 0x20 && c < 0x7f),
    PUNCT(c -> c > 0x20 && c < 0x7f && !isAlpha(c) && !isDigit(c)),
    SPACE(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r'),
    UPPER(c -> c >= 'A' && c <= 'Z'),
    XDIGIT(c -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));

    private final IntPredicate member;

    CharacterClass(IntPredicate member) {
        this.member = member;
    }

    /** Adds the bytes of the class called {@code name} to {@code set}; false if git knows no such class. */
    static boolean add(String name, boolean[] set) {
        for (CharacterClass c : values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(name)) {
                for (int b = 0; b < 128; b++) {
                    set[b] |= c.member.test(b);
                }
                return true;
            }
        }
        return false;
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
