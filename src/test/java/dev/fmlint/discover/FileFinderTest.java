package dev.fmlint.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFinderTest {
    private static final Duration NO_HANG = Duration.ofSeconds(10);

    @TempDir
    Path root;
    private TempTree tree;
    private final FileFinder finder = new FileFinder(FileFinder.DEFAULT_EXTENSIONS);

    @BeforeEach
    void setUp() {
        tree = new TempTree(root);
    }

    private List<String> found(Path... paths) {
        return tree.relative(finder.find(List.of(paths)));
    }

    @Test
    void walksForConfiguredExtensionsSortedByPath() {
        tree.file("b.md");
        tree.file("a.markdown");
        tree.file("sub/c.md");
        tree.file("UPPER.MD");
        tree.file("notes.txt");
        tree.file("md");
        tree.file("sub/deeper/d.md");
        assertEquals(List.of("UPPER.MD", "a.markdown", "b.md", "sub/c.md", "sub/deeper/d.md"), found(root));
        assertEquals(List.of("notes.txt"), tree.relative(new FileFinder(Set.of(".TXT")).find(List.of(root))));
    }

    @Test
    void hiddenFoldersAreSkippedButHiddenFilesAndNamedHiddenFoldersAreNot() {
        tree.file(".hidden/a.md");
        tree.file("sub/.cache/b.md");
        tree.file(".visible-file.md");
        tree.file("c.md");
        assertEquals(List.of(".visible-file.md", "c.md"), found(root));
        assertEquals(List.of(".hidden/a.md"), found(root.resolve(".hidden")));
    }

    @Test
    void nodeModulesIsSkippedAtAnyDepth() {
        tree.file("node_modules/pkg/README.md");
        tree.file("app/node_modules/x.md");
        tree.file("app/y.md");
        assertEquals(List.of("app/y.md"), found(root));
    }

    @Test
    void explicitFileIsCheckedWhateverItsExtension() {
        Path txt = tree.file("notes.txt");
        Path noExtension = tree.file("node_modules/README");
        assertEquals(List.of("notes.txt", "node_modules/README"), found(txt, noExtension));
    }

    @Test
    void explicitFileWinsOverGitignore() {
        tree.dir(".git");
        tree.file(".gitignore", "*.draft.md\n");
        Path draft = tree.file("post.draft.md");
        tree.file("post.md");
        assertEquals(List.of("post.md"), found(root));
        assertEquals(List.of("post.draft.md", "post.md"), found(draft, root));
    }

    @Test
    void explicitFolderIsWalkedEvenIfIgnoredAndRulesApplyBelowIt() {
        tree.dir(".git");
        tree.file(".gitignore", "build/\n*.tmp.md\n");
        tree.file("build/docs/a.md");
        tree.file("build/docs/b.tmp.md");
        assertEquals(List.of(), found(root));
        assertEquals(List.of("build/docs/a.md"), found(root.resolve("build")));
    }

    @Test
    void duplicatesAreRemovedWhateverTheSpelling() {
        tree.file("docs/a.md");
        tree.file("docs/b.md");
        Path docs = root.resolve("docs");
        Path viaLink = tree.link("alias", "docs");
        Discovery found = finder.find(List.of(docs, docs.resolve("a.md"), root.resolve("docs/./a.md"),
                root.resolve("docs/../docs"), viaLink.resolve("b.md"), viaLink, docs));
        assertEquals(List.of("docs/a.md", "docs/b.md"), tree.relative(found));
    }

    @Test
    void relativeSpellingsAreDeduplicatedToo() {
        Path cwd = Path.of("").toAbsolutePath();
        Path file = tree.file("x.md");
        Path relative = cwd.relativize(file);
        Discovery found = finder.find(List.of(relative, Path.of(".").resolve(relative), file));
        assertEquals(List.of(relative), found.files());
    }

    @Test
    void commandLineOrderBetweenArgumentsSortedWithin() {
        tree.file("b/2.md");
        tree.file("b/1.md");
        tree.file("a/1.md");
        tree.file("a/z.md");
        assertEquals(List.of("b/1.md", "b/2.md", "a/1.md", "a/z.md"), found(root.resolve("b"), root.resolve("a")));
        assertEquals(List.of("a/z.md", "a/1.md"), found(root.resolve("a/z.md"), root.resolve("a")));
        assertEquals(List.of("a/1.md", "a/z.md", "b/1.md", "b/2.md"), found(root, root.resolve("b")));
    }

    @Test
    void missingPathIsReportedAndTheOthersStillFound() {
        tree.file("a.md");
        Discovery found = finder.find(List.of(root.resolve("nope.md"), root));
        assertEquals(List.of(root.resolve("nope.md").toString()), found.missing());
        assertEquals(List.of("a.md"), tree.relative(found));
    }

    @Test
    void symlinkLoopsDoNotHangOrAbortTheWalk() {
        tree.file("a/one.md");
        tree.link("a/loop", ".");
        tree.link("a/back", "..");
        tree.link("a/self.md", "self.md");
        tree.file("a/z/two.md");
        tree.link("a/z/up", "../../a");
        Discovery found = assertTimeoutPreemptively(NO_HANG, () -> finder.find(List.of(root)));
        assertEquals(List.of("a/one.md", "a/z/two.md"), tree.relative(found));
        assertEquals(List.of(), found.warnings());
    }

    @Test
    void symbolicLinksAreNotFollowedInAWalkButAreWhenNamed(@TempDir Path outside) {
        Path target = new TempTree(outside).file("target.md");
        new TempTree(outside).file("dir/inner.md");
        tree.file("real.md");
        Path link = tree.link("link.md", target.toString());
        tree.link("linkdir", outside.resolve("dir").toString());
        tree.link("dangling.md", "nowhere.md");
        assertEquals(List.of("real.md"), found(root));
        assertEquals(List.of("link.md"), found(link));
        Discovery dangling = finder.find(List.of(root.resolve("dangling.md")));
        assertEquals(List.of(), dangling.files());
        assertEquals(List.of(), dangling.missing());
        assertTrue(dangling.warnings().get(0).contains("broken symbolic link"), dangling.warnings().toString());
    }

    @Test
    void fifoInAFolderIsNeitherListedNorOpened() throws Exception {
        tree.fifo("pipe.md");
        tree.file("real.md");
        Discovery found = assertTimeoutPreemptively(NO_HANG, () -> finder.find(List.of(root)));
        assertEquals(List.of("real.md"), tree.relative(found));
    }

    @Test
    void namedFifoIsReportedWithoutBlocking() throws Exception {
        Path pipe = tree.fifo("pipe.md");
        Discovery found = assertTimeoutPreemptively(NO_HANG, () -> finder.find(List.of(pipe)));
        assertEquals(List.of(), found.files());
        assertEquals(1, found.warnings().size());
        assertTrue(found.warnings().get(0).contains("not a regular file"), found.warnings().toString());
    }

    @Test
    void fifoNamedGitignoreIsNotRead() throws Exception {
        tree.dir(".git");
        tree.fifo(".gitignore");
        tree.fifo(".git/info/exclude");
        tree.file("a.md");
        Discovery found = assertTimeoutPreemptively(NO_HANG, () -> finder.find(List.of(root)));
        assertEquals(List.of("a.md"), tree.relative(found));
        assertEquals(2, found.warnings().size(), found.warnings().toString());
    }

    @Test
    void namesWithSpacesUnicodeAndNewlines() {
        assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"),
                "the JVM cannot name non-ASCII files here; run with a UTF-8 locale (LANG=C.UTF-8)");
        tree.file("with space.md");
        tree.file("日本語.md");
        tree.file("中文 目录/文件.md");
        tree.file("new\nline.md");
        tree.file("trailing .md");
        assertEquals(List.of("new\nline.md", "trailing .md", "with space.md", "中文 目录/文件.md", "日本語.md"),
                found(root));
    }

    @Test
    void gitignoreInParentsOfTheWalkedFolderApplies() {
        tree.dir(".git");
        tree.file(".gitignore", "*.draft.md\n/docs/en/private/\n");
        tree.file("docs/.gitignore", "/en/old.md\n");
        tree.file("docs/en/a.md");
        tree.file("docs/en/b.draft.md");
        tree.file("docs/en/old.md");
        tree.file("docs/en/private/p.md");
        assertEquals(List.of("docs/en/a.md"), found(root.resolve("docs/en")));
    }

    @Test
    void nestedGitignoreAppliesToItsSubtreeOnly() {
        tree.dir(".git");
        tree.file("a/.gitignore", "x.md\n");
        tree.file("a/x.md");
        tree.file("a/sub/x.md");
        tree.file("b/x.md");
        assertEquals(List.of("b/x.md"), found(root));
    }

    @Test
    void infoExcludeApplies() {
        tree.file(".git/info/exclude", "secret.md\n");
        tree.file("secret.md");
        tree.file("sub/secret.md");
        tree.file("open.md");
        assertEquals(List.of("open.md"), found(root));
    }

    @Test
    void linkedWorktreeReadsInfoExcludeOfItsMainRepository() {
        tree.file("main/.git/info/exclude", "secret.md\n");
        tree.file("main/.git/worktrees/wt/commondir", "../..\n");
        tree.file("wt/.git", "gitdir: ../main/.git/worktrees/wt\n");
        tree.file("wt/secret.md");
        tree.file("wt/open.md");
        assertEquals(List.of("wt/open.md"), found(root.resolve("wt")));
    }

    @Test
    void withoutGitGitignoreMeansNothing() {
        Assumptions.assumeTrue(GitCheckout.enclosing(root).isEmpty(), "the temp folder is inside a git checkout");
        tree.file(".gitignore", "*.md\n");
        tree.file("a.md");
        assertEquals(List.of("a.md"), found(root));
    }

    @Test
    void nestedRepositoryUsesItsOwnRules() {
        tree.dir(".git");
        tree.file(".gitignore", "*.draft.md\n");
        tree.dir("vendored/.git");
        tree.file("vendored/.gitignore", "local.md\n");
        tree.file("vendored/x.draft.md");
        tree.file("vendored/local.md");
        tree.file("local.md");
        tree.file("y.draft.md");
        assertEquals(List.of("local.md", "vendored/x.draft.md"), found(root));
    }

    @Test
    void unreadableFolderIsReportedAndTheWalkGoesOn() throws IOException {
        // Root reads any folder whatever its permission bits, so this can only be shown as another user.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
        tree.file("a/x.md");
        tree.file("b/y.md");
        Path locked = tree.dir("a");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Discovery found = finder.find(List.of(root));
            assertEquals(List.of("b/y.md"), tree.relative(found));
            assertEquals(1, found.warnings().size(), found.warnings().toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
