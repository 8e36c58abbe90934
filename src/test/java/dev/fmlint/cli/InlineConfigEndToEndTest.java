package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline fmlint- comments through the real entry point, with the configuration and command-line options. */
class InlineConfigEndToEndTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** The report's finding lines, with the runs of spaces that align columns folded to one. */
    private static List<String> findings(CliRun run) {
        return run.findings().stream().map(l -> l.replaceAll(" {2,}", " ")).toList();
    }

    /** heading-increment (an error in the recommended preset) fires on line 6 unless silenced. */
    private static String skipped(String commentLine) {
        return "---\ntitle: T\n---\n# T\n" + commentLine + "\n### skipped\n";
    }

    private static final String SKIP_FINDING =
            "a.md:6:1 error heading jumps from h1 to h3; use h2 here heading-increment";

    @Test
    void aSilencedFindingIsNotReportedAndTheRunPasses() throws IOException {
        write("a.md", skipped(""));
        assertEquals(List.of(SKIP_FINDING), findings(CliRun.in(dir, "check")));

        write("a.md", skipped("<!-- fmlint-disable-next-line heading-increment -- generated outline -->"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals(List.of(), findings(run), run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void noInlineConfigInTheConfigurationIgnoresEveryComment() throws IOException {
        write(".fmlint.yaml", "extends: recommended\nnoInlineConfig: true\n");
        write("a.md", skipped("<!-- fmlint-disable-next-line heading-increment heading-incremnt -->"));
        CliRun run = CliRun.in(dir, "check", "--report-unused-disables");
        // The finding is back, and nothing is said about the comment, not even about its misspelt id.
        assertEquals(List.of(SKIP_FINDING), findings(run));
        assertEquals(1, run.exitCode());
    }

    @Test
    void reportUnusedDisablesWarnsAtTheComment() throws IOException {
        write("a.md", "---\ntitle: T\n---\n# T\n\nText. <!-- fmlint-disable-line tags-format -->\n");
        assertEquals(List.of(), findings(CliRun.in(dir, "check")));

        CliRun run = CliRun.in(dir, "check", "--report-unused-disables");
        assertEquals(List.of("a.md:6:7 warning fmlint-disable-line tags-format silenced nothing; remove the comment "
                + "inline-config"), findings(run));
        assertEquals(0, run.exitCode());
        assertEquals(1, CliRun.in(dir, "check", "--report-unused-disables", "--max-warnings", "0").exitCode());
    }

    @Test
    void aCommentNeverReenablesARuleTheConfigurationTurnedOff() throws IOException {
        write(".fmlint.yaml", "extends: recommended\nrules:\n  heading-increment: off\n");
        write("a.md", skipped("<!-- fmlint-enable heading-increment -->"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals(List.of(), findings(run), run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void aDisableOfARuleTheConfigurationTurnedOffIsUnusedAndSaysWhy() throws IOException {
        write("a.md", skipped("<!-- fmlint-disable-next-line heading-increment -->"));
        CliRun run = CliRun.in(dir, "check", "--disable", "heading-increment", "--report-unused-disables");
        assertEquals(List.of("a.md:5:1 warning fmlint-disable-next-line heading-increment silenced nothing (the "
                + "configuration turns heading-increment off for this file); remove the comment inline-config"),
                findings(run));
    }

    @Test
    void anUnknownRuleIdIsReportedWithASuggestionAndSilencesNothing() throws IOException {
        write("a.md", skipped("<!-- fmlint-disable-next-line heading-incremnt -->"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals(List.of("a.md:5:31 warning unknown rule \"heading-incremnt\" in fmlint-disable-next-line; "
                + "did you mean \"heading-increment\"? inline-config", SKIP_FINDING), findings(run));
        assertEquals(1, run.exitCode());
    }

    @Test
    void inlineConfigCanBeTurnedOffOrRaisedLikeARule() throws IOException {
        write("a.md", skipped("<!-- fmlint-disable-next-line heading-incremnt -->"));
        write(".fmlint.yaml", "extends: recommended\nrules:\n  inline-config: off\n");
        assertEquals(List.of(SKIP_FINDING), findings(CliRun.in(dir, "check")));

        write("a.md", skipped("<!-- fmlint-disable-next-line single-h1 -->"));
        write(".fmlint.yaml", "extends: recommended\nrules:\n  inline-config: error\n  heading-increment: warning\n");
        CliRun run = CliRun.in(dir, "check", "--report-unused-disables");
        assertEquals(List.of(
                "a.md:5:1 error fmlint-disable-next-line single-h1 silenced nothing; remove the comment inline-config",
                "a.md:6:1 warning heading jumps from h1 to h3; use h2 here heading-increment"), findings(run));
        assertEquals(1, run.exitCode());
    }

    @Test
    void aSchemaFindingCanBeSilencedInTheFrontMatter() throws IOException {
        write("post.json", "{\"type\":\"object\",\"properties\":{\"draft\":{\"type\":\"boolean\"}}}");
        write("a.md", "---\ntitle: T\ndraft: \"no\"\n---\n# T\n");
        List<String> found = findings(CliRun.in(dir, "check", "--schema", "post.json", "a.md"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("a.md:3:8 error ") && found.get(0).endsWith(" schema"), found.get(0));

        write("a.md", "---\ntitle: T\ndraft: \"no\"  # fmlint-disable-line schema -- migrating\n---\n# T\n");
        CliRun run = CliRun.in(dir, "check", "--schema", "post.json", "a.md", "--report-unused-disables");
        assertEquals(List.of(), findings(run), run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void aBrokenFileCannotBeSilenced() throws IOException {
        write("a.md", "---\ntitle: [unclosed\n---\n<!-- fmlint-disable-file -->\n");
        CliRun run = CliRun.in(dir, "check");
        List<String> found = findings(run);
        assertEquals(1, found.size(), run.out());
        assertTrue(found.get(0).endsWith(" front-matter-syntax"), run.out());
        assertEquals(1, run.exitCode());
    }

    @Test
    void commentsSilenceFindingsOfTheWholeRunStepToo() throws IOException {
        write("b.md", "---\ntitle: B\nslug: same\n---\n# B\n\n## Here\n");
        write("a.md", "---\ntitle: A\nslug: same\n---\n# A\n\nSee [b](b.md#missing).\n");
        String[] args = {"check", "--no-config", "--rule", "unique-field=error", "--rule", "link-target-exists=error",
            "--report-unused-disables"};
        assertEquals(List.of(
                "a.md:3:7 error slug \"same\" is also used by b.md:3; each file needs its own slug unique-field",
                "a.md:7:5 error \"b.md\" has no heading or anchor \"#missing\" link-target-exists",
                "b.md:3:7 error slug \"same\" is also used by a.md:3; each file needs its own slug unique-field"),
                findings(CliRun.in(dir, args)));

        // Both findings of a.md come from the step after every file (a duplicate, a heading in another file).
        write("a.md", "---\ntitle: A\n# fmlint-disable-next-line unique-field -- the old page keeps its slug\n"
                + "slug: same\n---\n# A\n\nSee [b](b.md#missing). <!-- fmlint-disable-line link-target-exists -->\n"
                + "<!-- fmlint-disable-next-line unique-field -->\nText\n");
        CliRun run = CliRun.in(dir, args);
        assertEquals(List.of(
                "a.md:9:1 warning fmlint-disable-next-line unique-field silenced nothing; remove the comment "
                        + "inline-config",
                "b.md:3:7 error slug \"same\" is also used by a.md:4; each file needs its own slug unique-field"),
                findings(run), run.out());
    }
}
