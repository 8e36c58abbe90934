package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fmlint.discover.ChangedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --changed-since} with the real git: only changed files are reported, yet each is compared with
 * every other file by the cross-file rules; git problems are usage errors with a way out.
 */
class ChangedSinceTest {
    @TempDir
    Path dir;

    private Path repo;

    private static String post(String slug, String body) {
        return "---\ntitle: T\nslug: " + slug + "\n---\n\n# T\n\n" + body + "\n";
    }

    /** main: a.md (slug one), b.md (slug two), old.md with a problem of its own; then a branch "work". */
    @BeforeEach
    void repository() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        git("init", "-q", "-b", "main");
        Posts.write(repo, "docs/a.md", post("one", "text"));
        Posts.write(repo, "docs/b.md", post("two", "text"));
        Posts.write(repo, "docs/old.md", Posts.SKIPPED_HEADING);
        git("add", ".");
        git("commit", "-q", "-m", "main");
        git("checkout", "-q", "-b", "work");
    }

    private CliRun check(String... args) {
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        return CliRun.in(repo, all.toArray(String[]::new));
    }

    private static List<String> files(CliRun run) {
        return run.findings().stream().map(l -> l.substring(0, l.indexOf(':')) + " " + l.substring(l.lastIndexOf(' ') + 1))
                .toList();
    }

    @Test
    void aCommittedFileIsComparedWithTheUnchangedOnesButOnlyItIsReported() throws IOException {
        Posts.write(repo, "docs/c.md", post("one", "text"));
        git("add", ".");
        git("commit", "-q", "-m", "c");
        for (String cache : List.of("--verbose", "--cache")) { // without the cache, then twice with it
            CliRun run = check("--changed-since", "main", cache, ".");
            assertEquals(List.of("docs/c.md unique-field"), files(run), run.out() + run.err());
            assertTrue(run.out().contains("docs/a.md"), "the duplicate names the unchanged file: " + run.out());
            assertEquals(1, run.exitCode());
        }
        CliRun cached = check("--changed-since", "main", "--cache", "--verbose", ".");
        assertEquals(List.of("docs/c.md unique-field"), files(cached));
        assertTrue(cached.err().contains("fmlint: 3 of 4 files came from the cache"), cached.err());
    }

    @Test
    void stagedUnstagedAndUntrackedFilesCountAsChanged() throws IOException {
        Posts.write(repo, "docs/a.md", post("one", "### deep"));        // unstaged
        Posts.write(repo, "docs/staged.md", post("staged", "### deep"));
        git("add", "docs/staged.md");                                    // staged
        Posts.write(repo, "docs/new.md", post("new", "### deep"));      // untracked
        Posts.write(repo, "docs/ignored.md", post("ignored", "### deep"));
        Posts.write(repo, ".gitignore", "ignored.md\n");
        CliRun run = check("--changed-since", "main", ".");
        assertEquals(List.of("docs/a.md heading-increment", "docs/new.md heading-increment",
                "docs/staged.md heading-increment"), files(run).stream().sorted().toList(), run.out());
    }

    @Test
    void onlyChangedFilesUnderTheGivenPathsAreChecked() throws IOException {
        Posts.write(repo, "docs/c.md", post("c", "### deep"));
        Posts.write(repo, "other/d.md", post("d", "### deep"));
        CliRun run = check("--changed-since", "main", "other");
        assertEquals(List.of("other/d.md heading-increment"), files(run), run.out());
        Posts.write(repo, ".fmlint.yaml", "extends: [recommended]\nignore: [other]\n");
        assertEquals(List.of("docs/c.md heading-increment"), files(check("--changed-since", "main", ".")));
    }

    @Test
    void nothingChangedIsACleanRunThatSaysSo() {
        CliRun run = check("--changed-since", "main", ".");
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.err().contains("no Markdown file changed since main"), run.err());
        assertEquals(List.of(), run.findings(), "old.md's own problem is not reported");
    }

    @Test
    void gitProblemsAreUsageErrorsThatSayWhatToDo() throws IOException {
        CliRun option = check("--changed-since", "--output=/tmp/x", ".");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().contains("--changed-since"), option.err());
        // What picocli lets through as a value still never reaches git as an option.
        for (String ref : List.of("-x", "--output=/tmp/x", "a..b", "")) {
            ChangedFiles.GitException e = assertThrows(ChangedFiles.GitException.class, () -> ChangedFiles.since(ref, repo));
            assertTrue(e.getMessage().contains("not a git reference"), e.getMessage());
        }
        CliRun unknown = check("--changed-since", "origin/nope", ".");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("git does not know \"origin/nope\"") && unknown.err().contains("fetch"),
                unknown.err());
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Posts.write(plain, "a.md", Posts.CLEAN);
        CliRun outside = CliRun.in(plain, "check", "--changed-since", "main", ".");
        assertEquals(2, outside.exitCode());
        assertTrue(outside.err().contains("not inside a git repository"), outside.err());
        assertEquals(1, outside.err().lines().count(), outside.err());
        CliRun stdin = CliRun.withStdin(repo, Posts.CLEAN, "check", "--changed-since", "main", "-");
        assertEquals(2, stdin.exitCode());
    }

    private void git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("git " + String.join(" ", args) + ": " + out);
            }
        } catch (IOException e) {
            fail("git must be installed for this test: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
    }
}
