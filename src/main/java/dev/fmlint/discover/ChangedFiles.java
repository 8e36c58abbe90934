package dev.fmlint.discover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files git reports changed since a reference, for {@code --changed-since}: what the branch changed
 * since it left REF (committed since the merge base, as a pull request shows it, {@code REF...HEAD}), plus
 * what is staged, not yet staged, or new and not ignored, so that a local run sees work in progress too.
 * Deleted files are not included: there is nothing left to check. Runs the real git, with arguments as a
 * list (no shell).
 */
public final class ChangedFiles {
    /** git answers in milliseconds; a hung credential prompt or lock must not hang CI. */
    private static final long TIMEOUT_SECONDS = 120;

    private ChangedFiles() {}

    /** A reason git cannot answer, worded for the user. */
    public static final class GitException extends Exception {
        public GitException(String message) {
            super(message);
        }
    }

    /** @return the changed files, absolute and normalised */
    public static Set<Path> since(String ref, Path cwd) throws GitException {
        if (ref.isEmpty() || ref.startsWith("-") || ref.indexOf('\0') >= 0 || ref.contains("..")) {
            throw new GitException("--changed-since " + ref + ": not a git reference; give a branch, tag or "
                    + "commit such as origin/main");
        }
        Path top = Path.of(git(cwd, "not inside a git repository (or git is not installed); run fmlint in a "
                + "checkout, or leave out --changed-since", "rev-parse", "--show-toplevel").strip());
        git(cwd, "git does not know \"" + ref + "\"; fetch it first (in CI: actions/checkout with fetch-depth: 0, "
                + "or git fetch origin main)", "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        Set<Path> changed = new LinkedHashSet<>();
        String noBase = "git found no common history between \"" + ref + "\" and HEAD; in a shallow clone fetch more "
                + "of it (actions/checkout with fetch-depth: 0)";
        add(changed, top, git(cwd, noBase, "diff", "--name-only", "-z", "--diff-filter=ACMR", ref + "...HEAD", "--"));
        add(changed, top, git(cwd, "git diff failed", "diff", "--name-only", "-z", "--diff-filter=ACMR", "HEAD", "--"));
        add(changed, top, git(cwd, "git ls-files failed", "ls-files", "-z", "--others", "--exclude-standard", "--full-name",
                "--", ":/"));
        return changed;
    }

    private static void add(Set<Path> changed, Path top, String nulSeparated) {
        for (String name : nulSeparated.split("\0")) {
            if (!name.isEmpty()) {
                changed.add(top.resolve(name).toAbsolutePath().normalize());
            }
        }
    }

    /** git's standard output; the {@code problem} with git's own first line of error when it fails. */
    private static String git(Path cwd, String problem, String... args) throws GitException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        Path errors = null;
        Path output = null;
        try {
            errors = Files.createTempFile("fmlint-git-", ".err");
            output = Files.createTempFile("fmlint-git-", ".out");
            // Both streams go to files, so that waiting is bounded: reading a pipe would wait for a hung git.
            Process p = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("--changed-since: git did not answer within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String said = Files.readString(errors).lines().filter(l -> !l.isBlank()).findFirst()
                        .map(l -> " (git: " + l.strip() + ")").orElse("");
                throw new GitException("--changed-since: " + problem + said);
            }
            return new String(Files.readAllBytes(output), StandardCharsets.UTF_8); // lenient: any file name
        } catch (IOException e) {
            throw new GitException("--changed-since needs git on PATH: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("--changed-since: interrupted while git ran");
        } finally {
            delete(errors);
            delete(output);
        }
    }

    private static void delete(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing the run for
            }
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
