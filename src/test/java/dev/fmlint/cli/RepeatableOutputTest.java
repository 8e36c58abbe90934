package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs over the same tree print the same bytes: the text report on standard output and the json, sarif,
 * github, gitlab and checkstyle reports, over the examples, the rule fixtures and the hostile fixtures,
 * checked on all cores. The one exception is documented, not hidden: the JSON summary's {@code elapsedMs}
 * (wall-clock time of the run, part of the report schema) is set to 0 in both before comparing, and must be
 * the only difference. (JUnit XML is left out: its {@code time} attributes are per file and by design.)
 */
@Timeout(180)
class RepeatableOutputTest {
    private static final List<String> FORMATS = List.of("json", "sarif", "github", "gitlab", "checkstyle");
    private static final Pattern ELAPSED = Pattern.compile("\"elapsedMs\": \\d+");

    @TempDir
    Path dir;

    @Test
    void twoRunsGiveByteIdenticalReports() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        copy(Path.of("examples"), tree.resolve("examples"));
        copy(Path.of("src/test/resources/fixtures"), tree.resolve("fixtures"));
        copy(Path.of("src/test/resources/hostile"), tree.resolve("hostile"));

        Run first = run(tree, dir.resolve("first"));
        Run second = run(tree, dir.resolve("second"));

        assertEquals(1, first.cli().exitCode(), first.cli().err());
        assertTrue(first.cli().findings().size() > 100, first.cli().out());
        assertArrayEquals(first.cli().out().getBytes(StandardCharsets.UTF_8),
                second.cli().out().getBytes(StandardCharsets.UTF_8), "text report");
        for (String format : FORMATS) {
            byte[] a = Files.readAllBytes(first.reports().resolve("report." + format));
            byte[] b = Files.readAllBytes(second.reports().resolve("report." + format));
            if (format.equals("json")) {
                a = withoutElapsed(a);
                b = withoutElapsed(b);
            }
            assertArrayEquals(a, b, format + " report");
        }
    }

    private record Run(CliRun cli, Path reports) {}

    private static Run run(Path tree, Path reports) throws IOException {
        Files.createDirectories(reports);
        String[] args = Stream.concat(Stream.of("check", "--no-config", "--schema", "blog-post", "--format", "text"),
                FORMATS.stream().flatMap(f -> Stream.of("--format", f + "=" + reports.resolve("report." + f))))
                .toArray(String[]::new);
        String[] withTree = Stream.concat(Stream.of(args), Stream.of(".")).toArray(String[]::new);
        return new Run(CliRun.in(tree, withTree), reports);
    }

    /** The JSON report with its one wall-clock field zeroed; it must be there exactly once. */
    private static byte[] withoutElapsed(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        Matcher m = ELAPSED.matcher(text);
        assertTrue(m.find(), "no elapsedMs in the JSON report");
        String zeroed = m.replaceFirst("\"elapsedMs\": 0");
        assertTrue(!ELAPSED.matcher(zeroed.replace("\"elapsedMs\": 0", "")).find(), "elapsedMs twice");
        return zeroed.getBytes(StandardCharsets.UTF_8);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
