package dev.fmlint.discover;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real git for differential tests, cut off from the user's and the system's configuration (so a
 * global excludes file on the developer's machine cannot change the answer). A missing git fails the test:
 * the comparison is the point, and skipping it silently would hide a gap in CI.
 *
 * @param home an empty folder used as HOME and XDG_CONFIG_HOME
 */
record GitProcess(Path home) {

    void init(Path repo) {
        run(repo, "init", "-q", ".");
    }

    /**
     * What {@code git ls-files --others --exclude-standard} lists for the pathspecs: untracked files that
     * no ignore file excludes, '/'-separated and relative to the repository root.
     */
    Set<String> notIgnored(Path repo, String... pathspecs) {
        List<String> args = new ArrayList<>(List.of("ls-files", "-z", "--others", "--exclude-standard", "--"));
        args.addAll(Arrays.asList(pathspecs));
        String out = run(repo, args.toArray(String[]::new));
        Set<String> paths = new TreeSet<>();
        for (String path : out.split("\0")) {
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    private String run(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("GIT_"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", home.resolve(".gitconfig").toString());
        env.put("GIT_CEILING_DIRECTORIES", dir.getParent().toString());
        try {
            // stderr goes to a file so that neither pipe can fill up and stall git while we read the other.
            Path errors = Files.createTempFile(home, "git-stderr", ".txt");
            Process process = builder.redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("git " + String.join(" ", args) + " failed in " + dir + ": " + Files.readString(errors));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("git must be installed for this test (it compares fmlint with git itself): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running git", e);
        }
    }

    /** Makes sure the home folder exists and is empty of git configuration. */
    static GitProcess isolatedIn(Path home) throws IOException {
        Files.createDirectories(home.resolve(".config"));
        return new GitProcess(home);
    }
}
