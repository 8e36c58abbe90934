package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fmlint.testing.SharedCorpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking never writes to the checked files or their folders. A tree (the hostile, rule and fix fixtures,
 * the examples and a copy of the shared docs-cn corpus) is recorded before and after runs that read every
 * file and report in every way short of {@code --fix}: each entry's type, size, permissions, SHA-256 of its
 * bytes, modification and change times, and so every folder's listing. Reports go to a folder outside the
 * tree. Any byte, time or entry that differs (a temporary file left behind, a rewritten file, a touched
 * folder) fails the test.
 */
@Timeout(300)
class NothingLostTest {
    static final Path DOCS_CN = SharedCorpora.corpus("docs-cn");

    @TempDir
    Path dir;

    @Test
    void checkingLeavesEveryByteTimeAndListingAsItWas() throws Exception {
        if (!Files.isDirectory(DOCS_CN)) {
            fail(DOCS_CN + " is missing: " + SharedCorpora.howToProvide());
        }
        Path tree = Files.createDirectories(dir.resolve("tree"));
        copy(DOCS_CN, tree.resolve("docs-cn"));
        copy(Path.of("src/test/resources/hostile"), tree.resolve("hostile"));
        copy(Path.of("src/test/resources/fixtures"), tree.resolve("fixtures"));
        copy(Path.of("src/test/resources/fix"), tree.resolve("fix"));
        copy(Path.of("examples"), tree.resolve("examples"));
        Files.setPosixFilePermissions(tree.resolve("hostile/toml.md"), PosixFilePermissions.fromString("r--r--r--"));
        Path reports = Files.createDirectories(dir.resolve("reports"));

        Map<String, String> before = snapshot(tree);
        assertTrue(before.size() > 1300, before.size() + " entries");
        Thread.sleep(20); // so that a write during the runs would show in the times, whatever their precision

        List<List<String>> runs = List.of(
                List.of("check", "."),
                List.of("check", "--schema", "blog-post", "--summary", "--verbose", "."),
                List.of("check", "--fix-dry-run", "."),
                List.of("check", "--no-config", "--format", "text", "--format", "json=" + reports.resolve("r.json"),
                        "--format", "sarif=" + reports.resolve("r.sarif"), "--format", "junit=" + reports.resolve("r.xml"),
                        "--format", "github=" + reports.resolve("r.github"),
                        "--format", "gitlab=" + reports.resolve("r.gitlab.json"),
                        "--format", "checkstyle=" + reports.resolve("r.checkstyle.xml"), "."),
                List.of("check", "hostile/cr-only.md", "docs-cn/README.md", "fix/slug-format/spaces.md"));
        for (List<String> args : runs) {
            CliRun run = CliRun.in(tree, args.toArray(String[]::new));
            assertEquals(1, run.exitCode(), args + "\n" + run.err());
        }

        Map<String, String> after = snapshot(tree);
        assertEquals(before.keySet(), after.keySet(), "entries added or removed");
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertEquals(e.getValue(), after.get(e.getKey()), e.getKey());
        }
    }

    /** Each entry below root, by relative path: type, size, permissions, content hash, modified and changed times. */
    static Map<String, String> snapshot(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> state = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Object changed = Files.getAttribute(p, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
                String hash = a.isRegularFile() ? HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))) : "-";
                String type = a.isRegularFile() ? "file" : a.isDirectory() ? "dir" : a.isSymbolicLink() ? "link" : "other";
                state.put(root.relativize(p).toString(), type + " " + a.size() + " "
                        + PosixFilePermissions.toString(a.permissions()) + " " + hash + " mtime=" + a.lastModifiedTime()
                        + " ctime=" + changed);
            }
        }
        return state;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
