package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.report.ReportValidators;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Real files with awkward names, through the real entry point: every machine format must give the exact
 * name back to its consumer, and the text report must keep each finding on one line.
 */
class FileNameEscapingTest {
    static final List<String> NAMES = List.of("with space.md", "中文 笔记.md", "new\nline.md", "odd%:,#?&<'\".md");

    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        NAMES.forEach(n -> Posts.write(dir, n, Posts.NO_FRONT_MATTER));
    }

    @Test
    void githubPropertiesDecodeToTheNames() {
        CliRun run = CliRun.in(dir, "check", "--format", "github", ".");
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(NAMES.size(), lines.size(), run.out());
        Matcher m = Pattern.compile("::error file=([^,]*),line=1,col=1,.*").matcher("");
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            assertTrue(m.reset(line).matches(), line);
            names.add(m.group(1).replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",")
                    .replace("%25", "%"));
        }
        assertEquals(new TreeSet<>(NAMES), new TreeSet<>(names));
    }

    @Test
    void sarifUrisDecodeToTheNames() {
        JSONObject sarif = ReportValidators.sarif(CliRun.in(dir, "check", "--format", "sarif", ".").out());
        JSONArray results = sarif.getJSONArray("runs").getJSONObject(0).getJSONArray("results");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < results.length(); i++) {
            names.add(URI.create(results.getJSONObject(i).getJSONArray("locations").getJSONObject(0)
                    .getJSONObject("physicalLocation").getJSONObject("artifactLocation").getString("uri")).getPath());
        }
        assertEquals(new TreeSet<>(NAMES), new TreeSet<>(names));
    }

    @Test
    void jsonAndGitlabKeepTheNames() {
        JSONArray files = ReportValidators.jsonReport(CliRun.in(dir, "check", "--format", "json", ".").out())
                .getJSONArray("files");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.length(); i++) {
            names.add(files.getJSONObject(i).getString("path"));
        }
        assertEquals(new TreeSet<>(NAMES), new TreeSet<>(names));

        JSONArray issues = ReportValidators.gitlab(CliRun.in(dir, "check", "--format", "gitlab", ".").out());
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < issues.length(); i++) {
            paths.add(issues.getJSONObject(i).getJSONObject("location").getString("path"));
        }
        assertEquals(new TreeSet<>(NAMES), new TreeSet<>(paths));
    }

    @Test
    void junitAndCheckstyleKeepTheNames() {
        Document junit = ReportValidators.junit(CliRun.in(dir, "check", "--format", "junit", ".").out());
        assertEquals(new TreeSet<>(NAMES), attributes(junit.getElementsByTagName("testcase"), "name"));
        Document checkstyle = ReportValidators.xml(CliRun.in(dir, "check", "--format", "checkstyle", ".").out());
        assertEquals(new TreeSet<>(NAMES), attributes(checkstyle.getElementsByTagName("file"), "name"));
    }

    @Test
    void theTextReportKeepsOneFindingPerLine() {
        CliRun run = CliRun.in(dir, "check", ".");
        assertTrue(run.out().contains("new\\nline.md:1:1  error"), run.out());
        assertEquals(NAMES.size(), run.findings().size(), run.out());
    }

    private static TreeSet<String> attributes(NodeList elements, String name) {
        TreeSet<String> values = new TreeSet<>();
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(((Element) elements.item(i)).getAttribute(name));
        }
        return values;
    }
}
