package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.report.ReportValidators;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format}, {@code --output} and where each report goes. */
class ReportOptionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posts() {
        Posts.write(dir, "posts/a.md", Posts.CLEAN);
        Posts.write(dir, "posts/b.md", Posts.SKIPPED_HEADING);
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheKnownOnes() {
        CliRun run = CliRun.in(dir, "check", "--format", "xml", "posts");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown report format 'xml'; use one of: text, json, sarif, junit, github, "
                + "gitlab, checkstyle"), run.err());
        assertEquals("", run.out());
        assertFalse(run.err().contains("fmlint: checked"), "nothing was checked");
    }

    @Test
    void twoReportsOnStandardOutputAreAUsageError() {
        CliRun run = CliRun.in(dir, "check", "--format", "text", "--format", "json", "posts");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("only one report can go to standard output, not text and json"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void outputWithSeveralFormatsIsAUsageError() {
        CliRun run = CliRun.in(dir, "check", "--output", "r.txt", "--format", "json", "--format", "sarif=r.sarif",
                "posts");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--output names the file of a single report"), run.err());
    }

    @Test
    void aReportGivenTwoFilesIsAUsageError() {
        CliRun run = CliRun.in(dir, "check", "--format", "json=a.json", "--output", "b.json", "posts");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the json report has two files"), run.err());
    }

    @Test
    void twoReportsInOneFileAreAUsageError() {
        CliRun run = CliRun.in(dir, "check", "--format", "json=out/r", "--format", "sarif=out/./r", "posts");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("two reports would be written to out/./r"), run.err());
    }

    @Test
    void anEmptyFileNameIsAUsageError() {
        CliRun run = CliRun.in(dir, "check", "--format", "json=", "posts");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("needs a file name after '='"), run.err());
    }

    @Test
    void eachReportGoesToItsOwnFileAndTheTextToStandardOutput() throws Exception {
        CliRun run = CliRun.in(dir, "check", "--format", "text", "--format", "sarif=out/r.sarif",
                "--format", "junit=out/junit.xml", "--format", "json=r.json", "--format", "gitlab=gl.json",
                "--format", "checkstyle=cs.xml", "--format", "github=gh.txt", "posts");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("posts/b.md:7:1  error    heading jumps from h1 to h3"), run.out());
        assertTrue(run.out().contains("2 files checked, 1 with problems: 1 error, 0 warnings"), run.out());
        ReportValidators.sarif(Posts.read(dir.resolve("out/r.sarif")));
        ReportValidators.junit(Posts.read(dir.resolve("out/junit.xml")));
        JSONObject json = ReportValidators.jsonReport(Posts.read(dir.resolve("r.json")));
        assertEquals(1, json.getJSONObject("summary").getJSONObject("bySeverity").getInt("error"));
        assertEquals(1, ReportValidators.gitlab(Posts.read(dir.resolve("gl.json"))).length());
        ReportValidators.xml(Posts.read(dir.resolve("cs.xml")));
        assertEquals("::error file=posts/b.md,line=7,col=1,endLine=7,endColumn=13,title=fmlint%3A heading-increment"
                + "::heading jumps from h1 to h3; use h2 here\n", Posts.read(dir.resolve("gh.txt")));
    }

    @Test
    void aMachineFormatOnStandardOutputIsTheWholeOfStandardOutput() {
        CliRun run = CliRun.in(dir, "check", "--format", "json", "posts");
        assertEquals(1, run.exitCode());
        JSONObject json = ReportValidators.jsonReport(run.out());
        assertEquals(2, json.getJSONObject("summary").getInt("filesChecked"));
        assertTrue(run.err().matches("(?s)fmlint: checked 2 files in \\d+\\.\\d\\d s \\(.*\\)\\R"), run.err());
    }

    @Test
    void sarifOnStandardOutputWithADash() {
        CliRun run = CliRun.in(dir, "check", "--format", "sarif=-", "posts");
        assertEquals(1, run.exitCode());
        ReportValidators.sarif(run.out());
    }

    @Test
    void outputSendsTheOneReportToAFile() throws Exception {
        CliRun run = CliRun.in(dir, "check", "--format", "sarif", "--output", "r.sarif", "posts");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        ReportValidators.sarif(Posts.read(dir.resolve("r.sarif")));

        CliRun text = CliRun.in(dir, "check", "-o", "report.txt", "posts");
        assertEquals("", text.out());
        assertTrue(Posts.read(dir.resolve("report.txt")).contains("heading jumps from h1 to h3"));
    }

    @Test
    void aTextReportInAFileHasNoColourEvenOnATerminal() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment terminal = new Environment(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), true, dir, true);
        assertEquals(1, Main.run(new String[] {"check", "--format", "text=report.txt", "posts"}, terminal));
        assertFalse(Posts.read(dir.resolve("report.txt")).contains("\u001b"), "no ANSI codes in the file");
        assertEquals(1, Main.run(new String[] {"check", "posts"}, terminal));
        assertTrue(out.toString().contains("\u001b[31merror"), "colour on the terminal: " + out);
    }

    @Test
    void aReportThatCannotBeWrittenIsAUsageError() throws Exception {
        Files.createDirectories(dir.resolve("taken"));
        CliRun run = CliRun.in(dir, "check", "--format", "json=taken", "posts");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot write the json report to taken"), run.err());
    }

    @Test
    void summaryWithoutATextReportGoesToStandardError() {
        CliRun run = CliRun.in(dir, "check", "--format", "json", "--summary", "posts");
        ReportValidators.jsonReport(run.out());
        assertTrue(run.err().contains("Findings by rule:\n  rule               errors  warnings\n"
                + "  heading-increment       1         0\n"), run.err());
        assertTrue(run.err().contains("Slowest files:"), run.err());
    }

    @Test
    void summaryGoesWithTheTextReport() {
        CliRun run = CliRun.in(dir, "check", "--summary", "posts");
        assertTrue(run.out().contains("Findings by rule:"), run.out());
        assertTrue(run.out().contains("ms  posts/b.md"), run.out());
        assertFalse(run.err().contains("Findings by rule:"), run.err());
    }

    @Test
    void helpListsTheReportOptions() {
        CliRun run = CliRun.in(dir, "check", "--help");
        for (String option : new String[] {"--format=NAME[=FILE]", "--output=FILE", "--quiet", "--summary",
                "--fail-on=error|warning"}) {
            assertTrue(run.out().contains(option), option + " in:\n" + run.out());
        }
    }

    static JSONObject json(String text) {
        return new JSONObject(new JSONTokener(text));
    }
}
