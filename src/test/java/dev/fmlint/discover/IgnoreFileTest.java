package dev.fmlint.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmlint.discover.IgnoreFile.Verdict;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IgnoreFileTest {

    private static IgnoreFile file(String base, String content) {
        return IgnoreFile.parse(base, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Verdict fileVerdict(IgnoreFile ignores, String path) {
        return ignores.verdict(RepoPath.of(path), false);
    }

    @Test
    void commentsAndBlankLinesAreNotRules() {
        assertEquals(0, file("", "# a comment\n\n   \n#*.md\n").size());
        assertEquals(Verdict.UNDECIDED, fileVerdict(file("", "#a.md\n"), "#a.md"));
    }

    @Test
    void backslashQuotesHashAndBang() {
        IgnoreFile ignores = file("", "\\#a.md\n\\!b.md\n");
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "#a.md"));
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "!b.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(ignores, "b.md"));
    }

    @Test
    void trailingSpacesAreTrimmedUnlessQuoted() {
        IgnoreFile plain = file("", "a.md   \n");
        assertEquals(Verdict.IGNORED, fileVerdict(plain, "a.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(plain, "a.md "));
        IgnoreFile quoted = file("", "b.md\\  \n");
        assertEquals(Verdict.IGNORED, fileVerdict(quoted, "b.md "));
        assertEquals(Verdict.UNDECIDED, fileVerdict(quoted, "b.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(file("", "c.md\t\n"), "c.md"), "tabs are not trimmed");
    }

    @Test
    void lastMatchingLineWinsAndBangReincludes() {
        IgnoreFile ignores = file("", "*.md\n!keep*.md\nkeep-not.md\n");
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "a.md"));
        assertEquals(Verdict.INCLUDED, fileVerdict(ignores, "keep.md"));
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "keep-not.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(ignores, "a.txt"));
    }

    @Test
    void trailingSlashMatchesFoldersOnly() {
        IgnoreFile ignores = file("", "build/\n");
        assertEquals(Verdict.IGNORED, ignores.verdict(RepoPath.of("build"), true));
        assertEquals(Verdict.IGNORED, ignores.verdict(RepoPath.of("a/build"), true));
        assertEquals(Verdict.UNDECIDED, ignores.verdict(RepoPath.of("build"), false));
    }

    @Test
    void slashAtStartOrMiddleAnchorsOtherwiseAnyDepth() {
        IgnoreFile ignores = file("", "/top.md\ndoc/mid.md\nany.md\n");
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "top.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(ignores, "x/top.md"));
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "doc/mid.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(ignores, "x/doc/mid.md"));
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "any.md"));
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "x/y/any.md"));
    }

    @Test
    void patternsAreRelativeToTheFilesFolder() {
        IgnoreFile ignores = file("docs/en", "/a.md\nb/c.md\nd.md\n");
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "docs/en/a.md"));
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "docs/en/b/c.md"));
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "docs/en/x/d.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(ignores, "a.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(ignores, "docs/d.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(ignores, "docs/english/d.md"));
        assertEquals(Verdict.UNDECIDED, fileVerdict(ignores, "docs/en/x/a.md"));
    }

    @Test
    void byteOrderMarkAndCrlfAreHandledLikeGit() {
        IgnoreFile ignores = file("", "\uFEFF*.md\r\n!keep.md\r\n# note\r\n");
        assertEquals(2, ignores.size());
        assertEquals(Verdict.IGNORED, fileVerdict(ignores, "a.md"));
        assertEquals(Verdict.INCLUDED, fileVerdict(ignores, "keep.md"));
    }

    @Test
    void linesThatCanMatchNothingAreDropped() {
        assertEquals(0, file("", "!\n/\n!/\n!   \n").size());
    }
}
