package dev.fmlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "*.md, a.md, true",
        "*.md, posts/a.md, true",
        "*.md, a.markdown, false",
        "posts/*.md, posts/a.md, true",
        "posts/*.md, posts/2024/a.md, false",
        "posts/**/*.md, posts/a.md, true",
        "posts/**/*.md, posts/2024/01/a.md, true",
        "posts/**/*.md, blog/posts/a.md, false",
        "/posts/*.md, posts/a.md, true",
        "./posts/*.md, posts/a.md, true",
        "drafts, drafts/a.md, true",
        "drafts, x/drafts/b/c.md, true",
        "drafts/, drafts/a/b.md, true",
        "docs/drafts, x/docs/drafts/a.md, false",
        "**, anything/at/all.md, true",
        "?.md, a.md, true",
        "?.md, ab.md, false",
        "[a-c]*.md, b1.md, true",
        "[!a-c]*.md, b1.md, false",
        "*.{md;markdown}, x.markdown, false",
        "'{posts,news}/**', news/a.md, true",
        "'{posts,news}/**', blog/a.md, false",
        "中文/*.md, 中文/文章.md, true",
        "a+b.md, a+b.md, true",
        "a+b.md, aab.md, false",
        "[^a-c]*.md, d.md, true",
        "'[a&&b].md', '&.md', true",
        "'[a&&b].md', 'a.md', true",
        "[[]x.md, [x.md, true",
        "[\\d]x.md, dx.md, true",
        "[\\d]x.md, 1x.md, false",
        "[!].md, !.md, true",
        "[-a].md, -.md, true",
        "[中-文].md, 乐.md, true",
    })
    void matches(String pattern, String path, boolean expected) {
        assertEquals(expected, Glob.of(pattern).matches(path));
    }

    @ParameterizedTest
    @CsvSource({"'{a,b'"})
    void unclosedBraceIsRefused(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> Glob.of(pattern));
    }

    @org.junit.jupiter.api.Test
    void reversedRangeIsRefusedInPlainWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glob.of("[z-a].md"));
        assertEquals("range \"z-a\" in pattern \"[z-a].md\" is reversed; write \"a-z\"", e.getMessage());
    }
}
