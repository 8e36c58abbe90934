package dev.fmlint.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares what FileFinder walks with what git itself considers untracked and not ignored
 * ({@code git ls-files --others --exclude-standard}), on the same trees and ignore files. git's list is
 * narrowed to what FileFinder skips on its own: hidden folders and {@code node_modules}.
 */
class GitDifferentialTest {
    private static final String[] PATHSPECS = {"*.md", "*.markdown"};

    @TempDir
    Path temp;

    private final FileFinder finder = new FileFinder(FileFinder.DEFAULT_EXTENSIONS);

    @Test
    void trickyPatternsAgreeWithGit() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        TempTree tree = new TempTree(repo);
        List<String> dirs = List.of("", "docs/", "docs/sub/", "docs/deep/er/", "build/", "out/", "tmp/", "tmp/x/",
                "logs/", "x/logs/", "a/", "a/b/", "a/b/c/", "whitelist/", "whitelist/w/", "crlf/", "dironly/",
                "notdir/", "中文/", "sp ace/", "[x]/", ".github/", "node_modules/", "docs/node_modules/pkg/");
        List<String> names = List.of("plain.md", "#hash.md", "!bang.md", "p.draft.md", "keep.draft.md",
                "important.draft.md", "anchored.md", "secret1.md", "keep.md", "Backup1.md", "backup22.md", "zx.md",
                "ax.md", "trailing.md ", "trailing.md", "spaces.md", "z.md", "a.md", "日.md", "日本.md", "local.md",
                "note1.md", "cr.md", "x.skip.md", "info-a.md", "info-keep.md", "dironly.md", "new\nline.md",
                "with space.md", "t\tab.md", "page.markdown", "[x].md", "x.md", "1st.md");
        for (String dir : dirs) {
            for (String name : names) {
                tree.file(dir + name);
            }
        }
        tree.file("notdir/dironly");
        tree.file("logs.md/inner.md");
        tree.file(".gitignore", String.join("\n",
                "# a comment, then a blank line",
                "",
                "\\#hash.md",
                "\\!bang.md",
                "*.draft.md",
                "!keep.draft.md",
                "/anchored.md",
                "build/",
                "docs/**/secret*.md",
                "**/logs",
                "tmp/**",
                "!tmp/keep.md",
                "out/",
                "!out/keep.md",
                "[Bb]ackup?.md",
                "[!a-m]x.md",
                "trailing.md\\ ",
                "spaces.md   ",
                "a/**/z.md",
                "?.md",
                "dironly/",
                "!info-keep.md",
                "\\[x\\].md",
                "[[:digit:]]*.md",
                "") + "\n");
        tree.file("docs/.gitignore", "/local.md\n!important.draft.md\nsub/\nnote[0-9].md\n");
        tree.file("whitelist/.gitignore", "*\n!*/\n!*.md\n*.skip.md\n");
        tree.file("crlf/.gitignore", "\uFEFFcr.md\r\n# comment\r\n!nope\r\nz.md \r\n");
        tree.file("a/b/.gitignore", "!z.md\n/c/plain.md\n");
        GitProcess git = GitProcess.isolatedIn(temp.resolve("home"));
        git.init(repo);
        tree.file(".git/info/exclude", "info-*.md\n*.markdown\n!/page.markdown\n");

        Set<String> expected = visible(git.notIgnored(repo, PATHSPECS));
        assertSameFiles(expected, new TreeSet<>(tree.relative(finder.find(List.of(repo)))), "whole repository");
        // Guard against a vacuous pass: the ignore files must have bitten, in git and in the finder.
        for (String kept : List.of("plain.md", "keep.draft.md", "docs/important.draft.md", "page.markdown", "日.md",
                "a/b/z.md", "whitelist/w/a.md", "tmp/keep.md", "trailing.md", "logs.md/inner.md")) {
            assertTrue(expected.contains(kept), kept + " should be kept");
        }
        for (String ignored : List.of("p.draft.md", "build/plain.md", "out/keep.md", "a/z.md", "a.md", "docs/local.md",
                "crlf/cr.md", "whitelist/w/x.skip.md", "trailing.md ", "spaces.md", "#hash.md", "!bang.md", "[x].md",
                "info-a.md", "x/logs/plain.md", "1st.md", "crlf/z.md")) {
            assertTrue(!expected.contains(ignored), ignored + " should be ignored");
        }

        for (String folder : List.of("docs", "a/b", "whitelist/w", "crlf", "中文", "sp ace", "docs/deep")) {
            Set<String> below = expected.stream().filter(p -> p.startsWith(folder + "/"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertSameFiles(below, new TreeSet<>(tree.relative(finder.find(List.of(repo.resolve(folder))))), folder);
        }
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    /**
     * Random trees and random ignore files, each case reproducible from its seed. They find the corner cases
     * nobody thinks of writing down: odd interplays of {@code **}, classes, anchoring and negation.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomPatternsAgreeWithGit(int seed) throws IOException {
        Random random = new Random(0x5eed0000L + seed);
        Path repo = Files.createDirectory(temp.resolve("repo"));
        TempTree tree = new TempTree(repo);
        List<String> dirs = List.of("", "a/", "b/", "a/b/", "b/a/", "a/b/c/", "c/a/", "ab/", "a b/", "x/y/z/", "日/");
        List<String> names = List.of("a.md", "b.md", "ab.md", "ba.md", "c.md", "a b.md", "[a].md", "日.md", "#.md",
                "!.md", "a.b.md", "abc.md", "x.markdown");
        for (String dir : dirs) {
            for (String name : names) {
                if (random.nextInt(3) > 0) {
                    tree.file(dir + name);
                }
            }
        }
        Map<String, String> ignoreFiles = new LinkedHashMap<>();
        ignoreFiles.put(".gitignore", patterns(random));
        for (int i = random.nextInt(4); i > 0; i--) {
            ignoreFiles.put(dirs.get(1 + random.nextInt(dirs.size() - 1)) + ".gitignore", patterns(random));
        }
        GitProcess git = GitProcess.isolatedIn(temp.resolve("home"));
        git.init(repo);
        if (random.nextBoolean()) {
            ignoreFiles.put(".git/info/exclude", patterns(random));
        }
        ignoreFiles.forEach(tree::file);

        String context = "seed " + seed + ", ignore files " + ignoreFiles;
        Set<String> expected = visible(git.notIgnored(repo, PATHSPECS));
        assertSameFiles(expected, new TreeSet<>(tree.relative(finder.find(List.of(repo)))), context);
        for (String dir : List.of("a", "a/b", "x/y")) {
            Set<String> below = expected.stream().filter(p -> p.startsWith(dir + "/"))
                    .collect(Collectors.toCollection(TreeSet::new));
            // git lists nothing below a folder it ignores, while a folder named explicitly is walked anyway;
            // when git lists something, the folder and its parents are not ignored and the answers must agree.
            if (!below.isEmpty()) {
                assertSameFiles(below, new TreeSet<>(tree.relative(finder.find(List.of(repo.resolve(dir))))),
                        dir + ", " + context);
            }
        }
    }

    private static final String[] ATOMS = {"a", "b", "*", "?", "**", "a*", "*b", "*.md", "a.md", "[ab]*", "[!a]*",
        "?.md", "[a-b].md", "\\[a\\].md", "*[!.]*", "c", "日*", "\\#.md", "\\!.md", "a b*", "[[:alpha:]]?.md",
        "*.markdown", "a/", "**/"};

    private static String patterns(Random random) {
        StringBuilder text = new StringBuilder();
        for (int line = 1 + random.nextInt(5); line > 0; line--) {
            if (random.nextInt(10) < 3) {
                text.append('!');
            }
            if (random.nextInt(10) < 3) {
                text.append('/');
            }
            for (int atom = 1 + random.nextInt(3); atom > 0; atom--) {
                text.append(ATOMS[random.nextInt(ATOMS.length)]);
                if (atom > 1) {
                    text.append('/');
                }
            }
            if (random.nextInt(4) == 0) {
                text.append('/');
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** git's list without what FileFinder skips by design: hidden folders and node_modules. */
    private static Set<String> visible(Set<String> gitList) {
        return gitList.stream().filter(path -> {
            List<String> folders = new ArrayList<>(List.of(path.split("/", -1)));
            folders.remove(folders.size() - 1);
            return folders.stream().noneMatch(f -> f.startsWith(".") || f.equals("node_modules"));
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    @BeforeAll
    static void fileNamesAreUtf8() {
        // The finder sees names through the JVM's file name encoding, git sees bytes; they only agree in UTF-8.
        assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"),
                "run the tests with a UTF-8 locale (LANG=C.UTF-8)");
    }

    /** Fails with the differences only: the full lists run to hundreds of names. */
    private static void assertSameFiles(Set<String> git, Set<String> finder, String context) {
        Set<String> missing = new TreeSet<>(git);
        missing.removeAll(finder);
        Set<String> extra = new TreeSet<>(finder);
        extra.removeAll(git);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(context + ": listed by git only " + missing + "; listed by FileFinder only " + extra);
        }
    }
}
