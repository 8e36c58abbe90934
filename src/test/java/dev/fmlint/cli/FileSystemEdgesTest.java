package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fmlint.report.ReportValidators;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code FileFinderTest} and {@code FileNameEscapingTest} leave out, through the real CLI: unreadable
 * files and folders (as a user that permission bits apply to), names with controls and bidi marks, and
 * paths outside the working folder.
 */
class FileSystemEdgesTest {
    @TempDir
    Path dir;
    private String readableClassPath;

    // ---- unreadable files and folders

    /**
     * A file and a folder nobody may read, next to readable ones: the file is a read-error finding, the
     * folder a warning, and everything else is checked. Root reads everything whatever the permission bits,
     * and CI runs as root, so there fmlint is run for real as user {@code nobody} with {@code runuser}, from
     * a copy of its class path that {@code nobody} can read ({@code ~/.m2} is private to root).
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void unreadableFileAndFolderAreReportedAndTheRestIsChecked() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Posts.write(tree, "readable.md", Posts.CLEAN);
        Posts.write(tree, "locked.md", Posts.CLEAN);
        Posts.write(tree, "locked-folder/hidden.md", Posts.NO_FRONT_MATTER);
        Posts.write(tree, "open-folder/seen.md", Posts.SKIPPED_HEADING);
        Files.setPosixFilePermissions(tree.resolve("locked.md"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(tree.resolve("locked-folder"), PosixFilePermissions.fromString("---------"));
        try {
            CliRun run = asUserThatPermissionsApplyTo(tree, "check", "--no-config", ".");
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertEquals(List.of(
                    "locked.md:1:1  error    cannot read file: AccessDeniedException ("
                            + tree.toRealPath().resolve("locked.md") + ")  read-error",
                    "open-folder/seen.md:7:1  error    heading jumps from h1 to h3; use h2 here  heading-increment"),
                    run.findings(), run.out());
            assertTrue(run.out().contains("3 files checked, 2 with problems"), run.out());
            assertTrue(run.err().contains("fmlint: warning: " + tree.toRealPath().resolve("locked-folder")
                    + ": cannot read (AccessDeniedException); skipped"), run.err());
            assertFalse(run.out().contains("hidden.md"), run.out());
            HostileInputsTest.assertNoStackTrace(run.out() + run.err());

            CliRun named = asUserThatPermissionsApplyTo(tree, "check", "--no-config", "locked.md", "readable.md");
            assertEquals(1, named.exitCode(), named.out() + named.err());
            assertEquals(1, named.findings().size(), named.out());
            assertTrue(named.findings().get(0).startsWith("locked.md:1:1  error    cannot read file"), named.out());
        } finally {
            Files.setPosixFilePermissions(tree.resolve("locked-folder"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    private CliRun asUserThatPermissionsApplyTo(Path cwd, String... args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return CliRun.in(cwd, args); // permission bits apply to this user: run in-process
        }
        Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        boolean nobody = Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith("nobody:"));
        if (runuser == null || !nobody) {
            String why = "running as root without runuser or a 'nobody' user: root ignores permission bits, so "
                    + "unreadable files cannot be shown here (SourceReaderTest covers the reader's error path)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        // nobody must be able to reach the tree, the class path copy and the java binary.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(cwd, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of(runuser.toString(), "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dsun.jnu.encoding=UTF-8", "-cp", readableClassPath(), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("fmlint as nobody did not finish");
        }
        return new CliRun(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** fmlint's classes and its runtime jars, copied where any user can read them. */
    private String readableClassPath() throws IOException {
        if (readableClassPath != null) {
            return readableClassPath;
        }
        Path copy = Files.createDirectories(dir.resolve("classpath"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            String name = source.getFileName().toString();
            if (name.startsWith("junit-") || name.startsWith("jazzer") || name.startsWith("opentest4j")
                    || name.startsWith("surefire") || name.equals("test-classes") || !Files.exists(source)) {
                continue;
            }
            Path target = copy.resolve((n++) + "-" + name);
            if (Files.isDirectory(source)) {
                try (Stream<Path> all = Files.walk(source)) {
                    for (Path p : all.toList()) {
                        Files.copy(p, target.resolve(source.relativize(p).toString()));
                    }
                }
            } else {
                Files.copy(source, target);
            }
            entries.add(target.toString());
        }
        try (Stream<Path> all = Files.walk(copy)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                        : "rw-r--r--"));
            }
        }
        if (entries.stream().noneMatch(e -> e.endsWith("-classes"))) {
            fail("fmlint's classes are not on the test class path: " + System.getProperty("java.class.path"));
        }
        readableClassPath = String.join(File.pathSeparator, entries);
        return readableClassPath;
    }

    // ---- names

    /**
     * The text report shows a name as it is, unless it holds a control or bidi character: those would rewrite
     * the terminal or reorder the line, so they are shown as escapes. JSON keeps the exact name.
     */
    @Test
    void textShowsNamesAsTheyAreAndEscapesControlsWhileJsonKeepsThem() {
        List<String> plain = List.of("with space.md", "中文 笔记.md", "emoji 🎉.md", "odd%:,#?&<'\".md");
        List<String> hostile = List.of("esc\u001b[31mred.md", "bidi\u202eevil.md", "tab\tname.md");
        plain.forEach(n -> Posts.write(dir, n, Posts.NO_FRONT_MATTER));
        hostile.forEach(n -> Posts.write(dir, n, Posts.NO_FRONT_MATTER));

        CliRun text = CliRun.in(dir, "check", "--no-config", ".");
        assertEquals(1, text.exitCode(), text.err());
        for (String name : plain) {
            assertTrue(text.findings().stream().anyMatch(l -> l.startsWith(name + ":1:1  error")), name + "\n" + text.out());
        }
        for (String escaped : List.of("esc\\u001B[31mred.md:1:1", "bidi\\u202Eevil.md:1:1", "tab\\tname.md:1:1")) {
            assertTrue(text.findings().stream().anyMatch(l -> l.startsWith(escaped)), escaped + "\n" + text.out());
        }
        assertTrue(text.out().chars().noneMatch(c -> c == 0x1b || c == 0x202e || c == '\t'), text.out());

        JSONArray files = ReportValidators.jsonReport(CliRun.in(dir, "check", "--no-config", "--format", "json", ".")
                .out()).getJSONArray("files");
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < files.length(); i++) {
            names.add(files.getJSONObject(i).getString("path"));
        }
        TreeSet<String> all = new TreeSet<>(plain);
        all.addAll(hostile);
        assertEquals(all, names);
    }

    // ---- paths outside the working folder

    @Test
    void pathsOutsideTheWorkingFolderAreShownAsGiven() throws IOException {
        Path cwd = Files.createDirectories(dir.resolve("work"));
        Posts.write(dir, "x/a.md", Posts.NO_FRONT_MATTER);
        Posts.write(dir, "x/sub/b.md", Posts.NO_FRONT_MATTER);
        Posts.write(cwd, "here.md", Posts.NO_FRONT_MATTER);

        CliRun file = CliRun.in(cwd, "check", "--no-config", "../x/a.md");
        assertEquals(List.of("../x/a.md:1:1  error    file has no front matter; start it with a \"---\" line, the YAML "
                + "keys, and a closing \"---\" line  frontmatter-required"), file.findings(), file.out() + file.err());

        CliRun mixed = CliRun.in(cwd, "check", "--no-config", "../x/./sub/../a.md", "../x", "here.md", "../work/here.md");
        assertEquals(List.of("../x/a.md", "../x/sub/b.md", "here.md"), mixed.findings().stream()
                .map(l -> l.substring(0, l.indexOf(":1:1"))).toList(), mixed.out());

        JSONArray files = ReportValidators.jsonReport(CliRun.in(cwd, "check", "--no-config", "--format", "json",
                "../x").out()).getJSONArray("files");
        assertEquals("../x/a.md", files.getJSONObject(0).getString("path"));
        assertEquals("../x/sub/b.md", files.getJSONObject(1).getString("path"));
    }
}
