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

/** Configuration through the real entry point: discovery, presets, mapping, overrides, errors with lines. */
class ConfigEndToEndTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static final String SKIP = "---\ntitle: T\n---\n# T\n\n### skipped\n";

    @Test
    void configIsFoundWalkingUpAndRulesCanBeLoweredOrTurnedOff() throws IOException {
        write(".git/HEAD", "ref: refs/heads/main\n");
        write(".fmlint.yaml", "rules:\n  heading-increment: warning\n");
        write("docs/deep/a.md", SKIP);
        CliRun run = CliRun.in(dir.resolve("docs/deep"), "check");
        assertEquals(List.of("a.md:6:1  warning  heading jumps from h1 to h3; use h2 here  heading-increment"),
                run.findings());
        assertEquals(0, run.exitCode());
        assertEquals(1, CliRun.in(dir.resolve("docs/deep"), "check", "--max-warnings", "0").exitCode());
    }

    @Test
    void noConfigMeansTheRecommendedPreset() throws IOException {
        write("a.md", "# no front matter\n");
        CliRun run = CliRun.in(dir, "check");
        assertTrue(run.findings().get(0).endsWith("frontmatter-required"), run.out());
        write(".fmlint.yaml", "rules:\n  frontmatter-required: off\n");
        assertEquals(List.of(), CliRun.in(dir, "check").findings());
        assertEquals(1, CliRun.in(dir, "check", "--no-config").exitCode());
    }

    @Test
    void aFileWithOnlyRulesListedRunsOnlyThoseRules() throws IOException {
        write(".fmlint.yaml", "rules:\n  single-h1: error\n");
        write("a.md", "# no front matter\n\n### skip\n");
        assertEquals(0, CliRun.in(dir, "check").exitCode());
    }

    @Test
    void schemasAreMappedByGlobAndTheFirstMatchWins() throws IOException {
        write("schemas/post.json", "{\"type\":\"object\",\"required\":[\"author\"]}");
        write("schemas/doc.json", "{\"type\":\"object\",\"required\":[\"summary\"]}");
        write(".fmlint.yaml", """
                extends: recommended
                schemas:
                  - files: posts/**
                    schema: schemas/post.json
                  - files: "*.md"
                    schema: schemas/doc.json
                """);
        write("posts/p.md", "---\ntitle: P\n---\n# P\n");
        write("docs/d.md", "---\ntitle: D\n---\n# D\n");
        write("notes/n.txt", "---\ntitle: N\n---\n# N\n");
        CliRun run = CliRun.in(dir, "check", "posts", "docs", "notes/n.txt", "--verbose");
        List<String> lines = run.findings();
        assertEquals(2, lines.size(), run.out());
        // Results follow the order of the paths given.
        assertTrue(lines.get(0).startsWith("posts/p.md:1:1 ") && lines.get(0).contains("\"author\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("docs/d.md:1:1 ") && lines.get(1).contains("\"summary\""), lines.get(1));
        assertTrue(run.err().contains("no schema applies to notes/n.txt"), run.err());
    }

    @Test
    void aSchemaKeyOrCommentInTheFileWinsAndMayNotLeaveTheProject() throws IOException {
        write(".git/HEAD", "x");
        write("schemas/strict.json", "{\"type\":\"object\",\"required\":[\"owner\"]}");
        write("posts/a.md", "---\n$schema: ../schemas/strict.json\ntitle: A\n---\n# A\n");
        write("posts/b.md", "---\n# yaml-language-server: $schema=../schemas/strict.json\ntitle: B\n---\n# B\n");
        write("posts/c.md", "---\n$schema: /etc/hostname\ntitle: C\n---\n# C\n");
        write("posts/d.md", "---\n$schema: https://example.com/s.json\ntitle: D\n---\n# D\n");
        // the same comment in the body, as a YAML example, names no schema for the file
        write("posts/e.md", "---\ntitle: E\n---\n# E\n\n```yaml\n# yaml-language-server: $schema=../schemas/strict.json\n```\n");
        CliRun run = CliRun.in(dir, "check", "posts");
        List<String> lines = run.findings();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("posts/a.md:1:1") && lines.get(0).contains("\"owner\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("posts/b.md:1:1") && lines.get(1).contains("\"owner\""), lines.get(1));
        assertTrue(lines.get(2).startsWith("posts/c.md:2:10") && lines.get(2).contains("outside the project"),
                lines.get(2));
        assertTrue(lines.get(3).startsWith("posts/d.md:2:10") && lines.get(3).contains("never fetches"), lines.get(3));
    }

    @Test
    void overridesApplyByGlobAndLaterEntriesWin() throws IOException {
        write(".fmlint.yaml", """
                extends: recommended
                overrides:
                  - files: drafts/**
                    rules:
                      heading-increment: warning
                  - files: drafts/old/**
                    rules:
                      heading-increment: off
                """);
        write("drafts/a.md", SKIP);
        write("drafts/old/b.md", SKIP);
        write("c.md", SKIP);
        List<String> lines = CliRun.in(dir, "check").findings();
        assertEquals(List.of(
                "c.md:6:1  error    heading jumps from h1 to h3; use h2 here  heading-increment",
                "drafts/a.md:6:1  warning  heading jumps from h1 to h3; use h2 here  heading-increment"), lines);
    }

    @Test
    void commandLineRulesWinOverEverything() throws IOException {
        write(".fmlint.yaml", "extends: recommended\noverrides:\n  - files: '**'\n    rules:\n      heading-increment: error\n");
        write("a.md", SKIP);
        assertEquals(0, CliRun.in(dir, "check", "--rule", "heading-increment=warning").exitCode());
        assertEquals(List.of(), CliRun.in(dir, "check", "--disable", "heading-increment").findings());
        CliRun bad = CliRun.in(dir, "check", "--rule", "heading-increment=loud");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("expected ID=off, ID=warning or ID=error"), bad.err());
    }

    @Test
    void ignoreAndExtensions() throws IOException {
        write(".fmlint.yaml", "extends: recommended\nignore: [archive]\nextensions: [md, mdx]\n");
        write("archive/old.md", "# no front matter\n");
        write("new.mdx", "# no front matter\n");
        write("x.markdown", "# no front matter\n");
        List<String> lines = CliRun.in(dir, "check").findings();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("new.mdx:1:1"));
        CliRun onlyIgnored = CliRun.in(dir, "check", "archive/old.md");
        assertEquals(0, onlyIgnored.exitCode(), onlyIgnored.err());
        assertTrue(onlyIgnored.err().contains("ignored"), onlyIgnored.err());
    }

    @Test
    void extendsAnotherFileAndPresetsChain() throws IOException {
        write("base.yaml", "extends: strict\nrules:\n  heading-increment: warning\n");
        write(".fmlint.yaml", "extends: ./base.yaml\n");
        write("a.md", "---\ntitle: X\n---\n# A\n\n### skipped\n");
        List<String> lines = CliRun.in(dir, "check").findings();
        assertEquals(List.of(
                "a.md:4:1  error    h1 \"A\" does not match the front-matter title \"X\" (line 2); make them the same  title-h1",
                "a.md:6:1  warning  heading jumps from h1 to h3; use h2 here  heading-increment"), lines);
    }

    @Test
    void badConfigsAreOneClearErrorWithTheLine() throws IOException {
        write("a.md", SKIP);
        assertConfigError("rules:\n  heading-incremnt: error\n",
                ".fmlint.yaml:2:3: unknown rule \"heading-incremnt\"; did you mean \"heading-increment\"?");
        assertConfigError("extends: recomended\n", ".fmlint.yaml:1:10: unknown preset \"recomended\"");
        assertConfigError("rules:\n  read-error: off\n", ".fmlint.yaml:2:3: \"read-error\" cannot be turned off");
        assertConfigError("ignore: ['{a,b']\n", ".fmlint.yaml:1:10: unclosed '{'");
        assertConfigError("rules: [\n", ".fmlint.yaml:");
        assertConfigError("rules:\n  a: 1\n  a: 2\n", "duplicate key \"a\": first defined on line 2");
        assertConfigError("bogus: 1\n", ".fmlint.yaml:1:1: ");
        assertConfigError("extends: ./.fmlint.yaml\n", "extends itself in a cycle");
        assertConfigError("rules:\n  title-h1: {mode: sme}\n",
                ".fmlint.yaml:2:3: option of title-h1: mode: \"sme\" is not one of \"same\", \"forbid\", \"any\"");
        assertConfigError("overrides:\n  - files: a.md\n    rules:\n      heading-increment: {level: 2}\n",
                ".fmlint.yaml:4:7: heading-increment takes no options, but \"level\" is given");
    }

    private void assertConfigError(String config, String expected) throws IOException {
        write(".fmlint.yaml", config);
        CliRun run = CliRun.in(dir, "check");
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains(expected), "expected <" + expected + "> in <" + run.err() + ">");
        assertTrue(run.err().lines().allMatch(l -> l.startsWith("fmlint: ")), run.err());
        assertEquals("", run.out());
    }

    @Test
    void printConfigExplainsEverySetting() throws IOException {
        write(".fmlint.yaml", """
                extends: blog
                rules:
                  tags-format: {severity: warning, maxCount: 5}
                overrides:
                  - files: drafts/**
                    rules:
                      title-h1: off
                """);
        write("drafts/x.md", "---\ntitle: X\n---\n");
        CliRun run = CliRun.in(dir, "print-config", "drafts/x.md");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("configuration: .fmlint.yaml"), run.out());
        assertTrue(run.out().contains("schema:        blog-post  (preset blog:"), run.out());
        assertTrue(run.out().matches("(?s).*tags-format\\s+warning\\s+\\.fmlint\\.yaml:3:3\\s+\\{maxCount=5}.*"), run.out());
        assertTrue(run.out().matches("(?s).*title-h1\\s+off\\s+\\.fmlint\\.yaml:7:7.*"), run.out());
        assertTrue(run.out().matches("(?s).*heading-increment\\s+error\\s+preset recommended:.*"), run.out());
    }

    @Test
    void rulesCommandListsAndExplains() {
        CliRun list = CliRun.in(dir, "rules");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().matches("(?s).*tags-format\\s+error\\s+yes\\s+.*"), list.out());
        assertTrue(list.out().contains("read-error"));
        CliRun one = CliRun.in(dir, "rules", "heading-increment");
        assertTrue(one.out().startsWith("# heading-increment"), one.out());
        CliRun typo = CliRun.in(dir, "rules", "heading-incremnt");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("did you mean \"heading-increment\""));
    }

    @Test
    void limitsAreConfigurable() throws IOException {
        write(".fmlint.yaml", "extends: recommended\nlimits:\n  maxFileSize: 100B\n  maxYamlDepth: 2\n");
        write("big.md", "---\ntitle: Big\n---\n# Big\n\n" + "text ".repeat(40) + "\n");
        write("deep.md", "---\ntitle: Deep\na: {b: {c: {d: 1}}}\n---\n# Deep\n");
        List<String> lines = CliRun.in(dir, "check").findings();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("big.md:1:1") && lines.get(0).contains("over the limit of 100 bytes"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("deep.md:") && lines.get(1).contains("front-matter-syntax"), lines.get(1));
        assertConfigError("limits:\n  maxFileSize: lots\n", ".fmlint.yaml:2:16: ");
        assertConfigError("limits:\n  fileTimeout: 0s\n", "is not a duration");
        assertConfigError("limits:\n  maxFiles: 3\n", "unknown key \"maxFiles\"");
    }

    @Test
    void failOnWarningAndMaxWarningsThroughTheCli() throws IOException {
        write(".fmlint.yaml", "extends: recommended\nrules:\n  heading-increment: warning\n");
        write("a.md", SKIP);
        assertEquals(0, CliRun.in(dir, "check").exitCode());
        assertEquals(1, CliRun.in(dir, "check", "--fail-on", "warning").exitCode());
        assertEquals(0, CliRun.in(dir, "check", "--max-warnings", "1").exitCode());
        assertEquals(1, CliRun.in(dir, "check", "--max-warnings", "0").exitCode());
        CliRun quiet = CliRun.in(dir, "check", "--quiet", "--max-warnings", "0");
        assertEquals(1, quiet.exitCode());
        assertEquals(List.of(), quiet.findings());
    }
}
