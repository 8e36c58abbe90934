package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cache} end to end: it skips files checked clean before, and never hides a problem, whatever
 * changed since (the file, a file it links to, another file's slug, the configuration, a schema, a plugin,
 * fmlint itself) and whatever the cache file holds.
 */
class CacheTest {
    private static final Pattern FROM_CACHE = Pattern.compile("fmlint: (\\d+) of (\\d+) files came from the cache");

    @TempDir
    Path dir;

    private CliRun check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--cache";
        all[2] = "--verbose";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.in(dir, all);
    }

    /** How many files the run took from the cache, as --verbose says. */
    private static int fromCache(CliRun run) {
        Matcher m = FROM_CACHE.matcher(run.err());
        assertTrue(m.find(), run.err());
        return Integer.parseInt(m.group(1));
    }

    /** Makes a file look written long ago, so that its size and time alone vouch for it. */
    private Path aged(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    private static String post(String slug, String body) {
        return "---\ntitle: T\nslug: " + slug + "\n---\n\n# T\n\n" + body + "\n";
    }

    @Test
    void aSecondRunSkipsTheCleanFilesAndStillChecksTheOthers() throws IOException {
        aged(Posts.write(dir, "a.md", post("a", "text")));
        aged(Posts.write(dir, "b.md", post("b", "text")));
        aged(Posts.write(dir, "bad.md", Posts.SKIPPED_HEADING));
        CliRun first = check(".");
        assertEquals(0, fromCache(first));
        assertEquals(1, first.exitCode());
        CliRun second = check(".");
        assertEquals(2, fromCache(second), second.err());
        assertEquals(first.findings(), second.findings());
        assertEquals(1, second.exitCode());
        assertTrue(Files.isRegularFile(dir.resolve(".fmlintcache")));
    }

    @Test
    void withoutTheOptionNothingIsCachedOrWritten() {
        Posts.write(dir, "a.md", Posts.CLEAN);
        assertEquals(0, CliRun.in(dir, "check", ".").exitCode());
        assertFalse(Files.exists(dir.resolve(".fmlintcache")));
    }

    @Test
    void aChangedFileIsCheckedAgainAndATouchedOneIsNot() throws IOException {
        Path a = aged(Posts.write(dir, "a.md", Posts.CLEAN));
        aged(Posts.write(dir, "b.md", post("b", "text")));
        check(".");
        // Same size, new content: the hash decides, not the size.
        Files.writeString(a, Posts.CLEAN.replace("## Section", "#### Section"));
        Files.writeString(dir.resolve("b.md"), post("b", "text")); // rewritten as it was: only the time changes
        CliRun run = check(".");
        assertEquals(1, fromCache(run), run.err());
        assertEquals(List.of("a.md:7:1 heading-increment"), run.findings().stream()
                .map(l -> l.substring(0, l.indexOf(' ')) + l.substring(l.lastIndexOf(' '))).toList());
    }

    @Test
    void aDuplicateBetweenAChangedFileAndACachedOneIsFoundOnBoth() throws IOException {
        aged(Posts.write(dir, "a.md", post("same", "text")));
        Path b = aged(Posts.write(dir, "b.md", post("other", "text")));
        assertEquals(0, check(".").exitCode());
        Files.writeString(b, post("same", "text"));
        CliRun run = check(".");
        assertEquals(1, fromCache(run));
        assertEquals(2, run.findings().stream().filter(l -> l.contains("unique-field")).count(), run.out());
        assertTrue(run.out().contains("a.md:3:7"), run.out());
    }

    @Test
    void aCachedFileWhoseLinkTargetWasDeletedIsCheckedAgain() throws IOException {
        aged(Posts.write(dir, "a.md", post("a", "See [b](docs/b.md) and [c](docs/c.md#usage).")));
        aged(Posts.write(dir, "docs/b.md", post("b", "text")));
        aged(Posts.write(dir, "docs/c.md", post("c", "## Usage")));
        assertEquals(0, check(".").exitCode());
        Files.delete(dir.resolve("docs/b.md"));
        CliRun run = check(".");
        assertEquals(1, fromCache(run), run.err() + run.out()); // c.md; a.md asked whether docs/b.md exists, and it is gone
        assertTrue(run.out().contains("a.md:8:5") && run.out().contains("\"docs/b.md\" does not exist"), run.out());
    }

    @Test
    void aCachedFileLinkingToAHeadingThatWasRemovedIsReported() throws IOException {
        aged(Posts.write(dir, "a.md", post("a", "See [c](c.md#usage).")));
        Path c = aged(Posts.write(dir, "c.md", post("c", "## Usage")));
        assertEquals(0, check(".").exitCode());
        Files.writeString(c, post("c", "## Use"));
        CliRun run = check(".");
        assertEquals(1, fromCache(run), run.err());
        assertTrue(run.out().contains("a.md:8:5") && run.out().contains("no heading or anchor \"#usage\""), run.out());
    }

    @Test
    void aChangedConfigurationStartsAfresh() throws IOException {
        aged(Posts.write(dir, "a.md", Posts.CLEAN));
        Posts.write(dir, ".fmlint.yaml", "extends: [recommended]\n");
        check(".");
        assertEquals(1, fromCache(check(".")));
        Posts.write(dir, ".fmlint.yaml", "extends: [recommended]\nrules:\n  title-h1: off\n");
        assertEquals(0, fromCache(check(".")));
        assertEquals(1, fromCache(check(".")));
        assertEquals(0, fromCache(check("--disable", "heading-increment", ".")), "command-line rules count too");
        assertEquals(0, fromCache(check("--report-unused-disables", ".")), "and options that change findings");
    }

    @Test
    void aChangedSchemaOrAFileItRefersToStartsAfresh() throws IOException {
        aged(Posts.write(dir, "a.md", Posts.CLEAN));
        Posts.write(dir, "post.schema.json", "{\"type\": \"object\", \"properties\": {\"title\": {\"$ref\": \"defs.json#/definitions/t\"}}}");
        Posts.write(dir, "defs.json", "{\"definitions\": {\"t\": {\"type\": \"string\"}}}");
        check("--schema", "post.schema.json", ".");
        assertEquals(1, fromCache(check("--schema", "post.schema.json", ".")));
        Posts.write(dir, "defs.json", "{\"definitions\": {\"t\": {\"type\": \"string\", \"maxLength\": 3}}}");
        CliRun run = check("--schema", "post.schema.json", ".");
        assertEquals(0, fromCache(run));
        assertEquals(1, run.exitCode(), run.out());
        Posts.write(dir, "post.schema.json", "{\"type\": \"object\"}");
        assertEquals(0, fromCache(check("--schema", "post.schema.json", ".")));
    }

    @Test
    void aFileThatNamesItsOwnSchemaIsNeverTakenFromTheCache() throws IOException {
        aged(Posts.write(dir, "a.md", "---\n$schema: s.json\ntitle: Clean\n---\n\n# Clean\n"));
        Posts.write(dir, "s.json", "{\"type\": \"object\"}");
        check(".");
        Posts.write(dir, "s.json", "{\"type\": \"object\", \"required\": [\"date\"]}");
        CliRun run = check(".");
        assertEquals(0, fromCache(run));
        assertEquals(1, run.exitCode(), run.out());
    }

    @Test
    void anotherBuildOfFmlintStartsAfresh() throws IOException {
        Posts.write(dir, "a.md", Posts.CLEAN);
        ConfigOptions options = new ConfigOptions();
        Environment env = new Environment(System.in, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), false, dir);
        RunSetup setup = RunSetup.prepare(options, env);
        String one = CacheSetup.fingerprint(setup, options, false, "0.1.0 build 1", dir);
        assertEquals(one, CacheSetup.fingerprint(RunSetup.prepare(options, env), options, false, "0.1.0 build 1", dir));
        assertNotEquals(one, CacheSetup.fingerprint(setup, options, false, "0.1.0 build 2", dir));
        assertNotEquals(one, CacheSetup.fingerprint(setup, options, true, "0.1.0 build 1", dir));
    }

    @Test
    void aChangedPluginJarStartsAfresh() throws IOException {
        Posts.write(dir, "a.md", Posts.CLEAN);
        Path jar = Posts.write(dir, "plugin.jar", "one");
        ConfigOptions options = new ConfigOptions();
        Environment env = new Environment(System.in, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), false, dir);
        RunSetup setup = RunSetup.prepare(options, env);
        options.plugins.add("plugin.jar"); // only hashed here, not loaded
        String one = CacheSetup.fingerprint(setup, options, false, "b", dir);
        Files.writeString(jar, "two");
        assertNotEquals(one, CacheSetup.fingerprint(setup, options, false, "b", dir));
    }

    @Test
    void filesWithInlineCommentsAreCheckedEachTime() throws IOException {
        aged(Posts.write(dir, "a.md", post("same", "text").replace("slug:", "# fmlint-disable-next-line unique-field\nslug:")));
        aged(Posts.write(dir, "b.md", post("other", "text")));
        check(".");
        assertEquals(1, fromCache(check(".")));
        Files.writeString(dir.resolve("b.md"), post("same", "text"));
        CliRun run = check(".");
        assertEquals(List.of("b.md"), run.findings().stream().map(l -> l.substring(0, l.indexOf(':'))).toList(),
                "a.md's comment still silences its side of the duplicate");
    }

    @Test
    void aRunOnSomeFilesKeepsTheOthersEntriesAndDropsThoseOfDeletedFiles() throws IOException {
        aged(Posts.write(dir, "a.md", post("a", "text")));
        aged(Posts.write(dir, "b.md", post("b", "text")));
        aged(Posts.write(dir, "c.md", post("c", "text")));
        check(".");
        check("a.md");
        assertEquals(3, fromCache(check(".")), "the run on a.md alone kept b.md and c.md");
        Files.delete(dir.resolve("c.md"));
        check("a.md");
        String cache = Files.readString(dir.resolve(".fmlintcache"));
        assertTrue(cache.contains("b.md") && !cache.contains("c.md"), cache);
    }

    @Test
    void aBrokenOrForeignCacheIsIgnoredWithOneWarningAndWrittenAnew() throws IOException {
        aged(Posts.write(dir, "a.md", Posts.CLEAN));
        aged(Posts.write(dir, "bad.md", Posts.SKIPPED_HEADING));
        String expected = CliRun.in(dir, "check", ".").out();
        check(".");
        String good = Files.readString(dir.resolve(".fmlintcache"));
        List<String> broken = List.of(
                good.substring(0, good.length() / 2),                               // truncated
                "",                                                                 // empty
                "[]",                                                               // not an object
                good.replace("\"fmlint-cache\":1", "\"fmlint-cache\":99"),          // another version's
                good.replace("\"size\":", "\"size\":\"x\",\"_\":"),                 // wrong types
                good + "garbage",                                                   // trailing junk
                "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",        // deep nesting
                "{\"@class\":\"java.lang.ProcessBuilder\",\"fmlint-cache\":1}",     // names a class
                "\u0000\u00ff\u00fe binary");
        for (String text : broken) {
            Files.writeString(dir.resolve(".fmlintcache"), text, StandardCharsets.ISO_8859_1);
            CliRun run = check(".");
            assertEquals(expected, run.out(), text.length() > 80 ? text.substring(0, 80) : text);
            assertEquals(0, fromCache(run), text);
            assertEquals(1, run.err().lines().filter(l -> l.contains("ignoring the cache")).count(), run.err());
            assertEquals(1, fromCache(check(".")), "written anew after: " + text.substring(0, Math.min(40, text.length())));
        }
    }

    @Test
    void aCacheWithANumberOfManyDigitsIsRefusedBeforeParsing() throws IOException {
        // Parsing a number takes time quadratic in its digits: megabytes of them would stall the run.
        aged(Posts.write(dir, "a.md", Posts.CLEAN));
        check(".");
        String good = Files.readString(dir.resolve(".fmlintcache"));
        Files.writeString(dir.resolve(".fmlintcache"), good.replace("\"size\":", "\"size\":" + "9".repeat(300_000)
                + ",\"_\":"));
        CliRun run = check(".");
        assertEquals(0, fromCache(run));
        assertTrue(run.err().contains("ignoring the cache") && run.err().contains("a number longer than 64 "
                + "characters"), run.err());
        assertEquals(1, fromCache(check(".")), "written anew");
    }

    @Test
    void aCacheFileOverTheSizeLimitIsNotRead() throws IOException {
        Posts.write(dir, "a.md", Posts.CLEAN);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(".fmlintcache").toFile(), "rw")) {
            f.setLength(dev.fmlint.cache.CacheFile.MAX_BYTES + 1); // sparse: costs nothing on disk
        }
        CliRun run = check(".");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("larger than 64 MiB"), run.err());
    }

    @Test
    void cacheLocationMayNameAFileOrAFolder() throws IOException {
        aged(Posts.write(dir, "a.md", Posts.CLEAN));
        check("--cache-location", "build/lint-cache.json", ".");
        // the folder does not exist: a file path there cannot be written, which is a warning only
        check("--cache-location", "tmp/", ".");
        Files.createDirectories(dir.resolve("existing"));
        check("--cache-location", "existing", ".");
        assertTrue(Files.isRegularFile(dir.resolve("tmp/.fmlintcache")));
        assertTrue(Files.isRegularFile(dir.resolve("existing/.fmlintcache")));
        assertFalse(Files.exists(dir.resolve(".fmlintcache")));
        assertEquals(1, fromCache(check("--cache-location", "existing", ".")));
        CliRun nowhere = check("--cache-location", "missing/cache.json", ".");
        assertEquals(0, nowhere.exitCode());
        assertTrue(nowhere.err().contains("was not written"), nowhere.err());
        CliRun alone = CliRun.in(dir, "check", "--cache-location", "x", ".");
        assertEquals(2, alone.exitCode());
        assertTrue(alone.err().contains("add --cache"), alone.err());
    }

    /** A cached check of each target, on {@code threads} threads at once. */
    private List<CliRun> atOnce(List<String> targets, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CliRun>> runs = new java.util.ArrayList<>();
            for (String target : targets) {
                runs.add(pool.submit(() -> check(target)));
            }
            List<CliRun> done = new java.util.ArrayList<>();
            for (Future<CliRun> run : runs) {
                done.add(run.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRunsLeaveAUsableCache() throws Exception {
        for (int i = 0; i < 40; i++) {
            aged(Posts.write(dir, "p" + i + ".md", post("p" + i, "text")));
        }
        List<String> targets = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            targets.add(i % 2 == 0 ? "." : "p" + i + ".md");
        }
        for (CliRun run : atOnce(targets, 4)) {
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(run.err().contains("ignoring the cache"), run.err());
        }
        assertEquals(40, fromCache(check(".")));
        try (var leftovers = Files.list(dir)) {
            assertEquals(0, leftovers.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @RepeatedTest(5)
    void runsWritingAtOnceKeepEachOthersEntries() throws Exception {
        // a run per file, all at once: each must merge what the others wrote, not its own view of the old cache
        for (int i = 0; i < 12; i++) {
            aged(Posts.write(dir, "q" + i + ".md", post("q" + i, "text")));
        }
        List<String> targets = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            targets.add("q" + i + ".md");
        }
        for (CliRun run : atOnce(targets, 6)) {
            assertEquals(0, run.exitCode(), run.err());
        }
        assertEquals(12, fromCache(check(".")));
        assertTrue(Files.isRegularFile(dir.resolve(".fmlintcache.lock")));
    }

    @Test
    void runsInSeparateProcessesKeepEachOthersEntries() throws Exception {
        // as a pre-commit hook and an editor may run fmlint at once: each process merges under the OS lock
        int n = 6;
        for (int i = 0; i < n; i++) {
            aged(Posts.write(dir, "r" + i + ".md", post("r" + i, "text")));
        }
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            processes.add(new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "check", "--cache", "r" + i + ".md")
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process p : processes) {
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("an fmlint process did not finish");
            }
            assertEquals(0, p.exitValue());
        }
        assertEquals(n, fromCache(check(".")));
        assertTrue(Files.isRegularFile(dir.resolve(".fmlintcache.lock")));
    }

    @Test
    void fixingLeavesNoFileHiddenBehindTheCache() throws IOException {
        aged(Posts.write(dir, "a.md", Posts.CLEAN));
        String broken = "---\ntitle: T\ntags: x, y\n---\n\n# T\n";
        Path bad = aged(Posts.write(dir, "b.md", broken));
        CliRun fixed = check("--fix", ".");
        assertNotEquals(broken, Posts.read(bad), fixed.err());
        CliRun again = check(".");
        assertEquals(CliRun.in(dir, "check", ".").out(), again.out(), fixed.out());
    }
}
