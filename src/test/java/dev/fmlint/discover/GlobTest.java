package dev.fmlint.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    private static boolean matches(String pattern, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Glob.compile(pattern.getBytes(StandardCharsets.UTF_8)).matches(bytes, 0, bytes.length);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            foo          | foo        | true
            foo          | fo         | false
            foo          | foox       | false
            *            | foo        | true
            *            | ''         | true
            *            | foo/bar    | false
            f*           | foo        | true
            *.md         | a.md       | true
            *.md         | .md        | true
            *.md         | a/b.md     | false
            *.md         | a.mdx      | false
            a*b*c        | abc        | true
            a*b*c        | axxbyyc    | true
            a*b*c        | axxbyy/c   | false
            ?            | a          | true
            ?            | /          | false
            ??           | a          | false
            ?.md         | 日.md      | false
            ???.md       | 日.md      | true
            [ab]c        | ac         | true
            [ab]c        | cc         | false
            [!ab]c       | ac         | false
            [!ab]c       | cc         | true
            [^ab]c       | cc         | true
            [a-c]x       | bx         | true
            [a-c]x       | dx         | false
            [c-a]x       | bx         | false
            []a]         | ]          | true
            []a]         | a          | true
            [!]a]        | ]          | false
            [!]a]        | b          | true
            [a-]         | -          | true
            [\\]]        | ]          | true
            [a\\-c]      | -          | true
            [a\\-c]      | b          | false
            [!a]         | /          | false
            [[:digit:]]x | 5x         | true
            [[:digit:]]x | ax         | false
            [[:alpha:]-] | -          | true
            [[:foo:]]    | f          | false
            [[:x]        | :          | true
            [abc         | a          | false
            [            | [          | false
            a\\*         | a*         | true
            a\\*         | ab         | false
            \\#x         | #x         | true
            foo\\        | foo        | false
            foo\\        | 'foo\\'    | false
            **/foo       | foo        | true
            **/foo       | a/foo      | true
            **/foo       | a/b/foo    | true
            **/foo       | afoo       | false
            a/**/b       | a/b        | true
            a/**/b       | a/x/b      | true
            a/**/b       | a/x/y/b    | true
            a/**/b       | ab         | false
            a/**/b       | a/xb       | false
            a/**         | a/b        | true
            a/**         | a/b/c      | true
            a/**         | a          | false
            **           | a/b        | true
            a**b         | axb        | true
            a**b         | a/b        | false
            a/**b        | a/x/b      | false
            a/**b        | a/xb       | true
            a/*/b        | a/x/b      | true
            a/*/b        | a/x/y/b    | false
            """)
    void matchesLikeGitWildmatch(String pattern, String text, boolean expected) {
        assertEquals(expected, matches(pattern, text));
    }

    @Test
    void hostilePatternFinishesQuickly() {
        String text = "a".repeat(4000);
        // A backtracking matcher needs about text^10 steps here; ours needs text * pattern.
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertFalse(matches("*a*a*a*a*a*a*a*a*a*a*b", text)));
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertFalse(matches("**/a/**/a/**/a/**/a/**/a/**/b", "a/".repeat(1000) + "c")));
    }
}
