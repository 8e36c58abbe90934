package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook, for real: the installed {@code pre-commit} and {@code git} run this repository's
 * {@code .pre-commit-hooks.yaml} in a content repository made in a temporary folder. The hook repository is a
 * clone of this checkout's HEAD (so commit a change to the hook before running this test); pre-commit clones it
 * into its own cache, where the hook builds the jar with Maven on its first run.
 *
 * <p>When {@code pre-commit} is missing the test fails in CI ({@code CI=true}; {@code .ci/run} installs it)
 * and is skipped, with the reason, elsewhere. The build inside the hook runs offline ({@code -o}) when
 * {@code ~/.m2} already has the packaging plugins, as on a developer's machine; on a fresh CI machine it may
 * download them.
 */
class PreCommitHookTest {
    private static final long BUILD_MINUTES = 10;

    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();
    private Path content;

    @BeforeEach
    void tools() throws IOException {
        for (String tool : List.of("git", "pre-commit")) {
            if (!runs(tool, "--version")) {
                String why = tool + " is not installed (Debian: apt-get install -y " + tool + ")";
                if ("true".equals(System.getenv("CI"))) {
                    fail(why + "; .ci/run must install it, this test may not be skipped in CI");
                }
                Assumptions.abort(why + "; the pre-commit integration test is skipped outside CI");
            }
        }
        Path gitconfig = Files.writeString(tmp.resolve("gitconfig"),
                "[user]\n\tname = fmlint test\n\temail = test@fmlint.invalid\n[commit]\n\tgpgsign = false\n"
                        + "[init]\n\tdefaultBranch = main\n");
        env.put("GIT_CONFIG_GLOBAL", gitconfig.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
        env.put("PRE_COMMIT_COLOR", "never");
        env.put("FMLINT_MAVEN_ARGS", packagingPluginsAreLocal() ? "-o" : "");
    }

    /** Whether ~/.m2 has the shade plugin of this pom (the last plugin a package build resolves). */
    private static boolean packagingPluginsAreLocal() throws IOException {
        Matcher m = Pattern.compile("<artifactId>maven-shade-plugin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        if (!m.find()) {
            return false;
        }
        String version = m.group(1).strip();
        return Files.exists(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "apache", "maven",
                "plugins", "maven-shade-plugin", version, "maven-shade-plugin-" + version + ".jar"));
    }

    @Test
    void commitsAreCheckedAndBadPostsBlocked() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        String sha = ok(root, "git", "rev-parse", "HEAD").strip();
        Path hooks = tmp.resolve("fmlint-hooks");
        ok(tmp, "git", "clone", "-q", "--no-checkout", root.toString(), hooks.toString());
        // HEAD may be detached (CI): give it a branch in the clone so pre-commit can fetch the commit.
        ok(hooks, "git", "fetch", "-q", root.toString(), "HEAD:refs/heads/under-test");

        content = tmp.resolve("content");
        Files.createDirectories(content);
        ok(content, "git", "init", "-q");
        write(".pre-commit-config.yaml", "repos:\n"
                + "  - repo: " + hooks + "\n"
                + "    rev: " + sha + "\n"
                + "    hooks:\n"
                + "      - id: fmlint\n"
                + "        args: [--format, github]\n");
        ok(content, "pre-commit", "install");

        // A good post passes (the hook builds fmlint on this first run).
        write("posts/good.md", Posts.CLEAN);
        ok(content, "git", "add", ".");
        Result good = run(content, BUILD_MINUTES, "git", "commit", "-m", "good post");
        assertEquals(0, good.code(), good.output());
        assertTrue(good.output().matches("(?s).*fmlint\\.+Passed.*"), good.output());

        // A commit without Markdown files does not start the hook at all.
        write("notes.txt", "# not Markdown\n\n#### skipped level, but not a post\n");
        ok(content, "git", "add", "notes.txt");
        Result notes = run(content, 2, "git", "commit", "-m", "notes");
        assertEquals(0, notes.code(), notes.output());
        assertTrue(notes.output().contains("(no files to check)Skipped"), notes.output());

        // A bad post is blocked, with fmlint's findings (in the format the args asked for) in the output.
        write("posts/bad.md", "# No front matter\n\n### Skipped a level\n");
        ok(content, "git", "add", "posts/bad.md");
        Result bad = run(content, 2, "git", "commit", "-m", "bad post");
        assertNotEquals(0, bad.code(), bad.output());
        assertTrue(bad.output().matches("(?s).*fmlint\\.+Failed.*"), bad.output());
        assertTrue(bad.output().contains("::error file=posts/bad.md,line=1,col=1,"), bad.output());
        assertTrue(bad.output().contains("title=fmlint%3A heading-increment::heading jumps from h1 to h3"),
                bad.output());
        assertEquals("2", ok(content, "git", "rev-list", "--count", "HEAD").strip(), "the bad commit was blocked");

        // --all-files hands the hook every tracked Markdown file, and nothing else, in one batch.
        Result all = run(content, 2, "pre-commit", "run", "--all-files");
        assertEquals(1, all.code(), all.output());
        assertTrue(all.output().contains("posts/bad.md"), all.output());
        assertFalse(all.output().contains("notes.txt"), "only Markdown files are checked: " + all.output());
        assertEquals(1, count(all.output(), "fmlint: checked 2 files in "),
                "one JVM for both files (require_serial): " + all.output());
    }

    private void write(String name, String text) {
        Posts.write(content, name, text);
    }

    private record Result(int code, String output) {}

    private String ok(Path dir, String... command) throws Exception {
        Result r = run(dir, 2, command);
        if (r.code() != 0) {
            fail(String.join(" ", command) + " failed with " + r.code() + ":\n" + r.output());
        }
        return r.output();
    }

    private Result run(Path dir, long timeoutMinutes, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path log = Files.createTempFile(tmp, "out", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + timeoutMinutes + " min:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
