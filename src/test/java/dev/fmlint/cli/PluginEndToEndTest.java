package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java plugins through the real entry point. The sample project in {@code examples/plugin/} is compiled and
 * packed into a jar here, exactly as its author would, so the example can never drift from the API.
 */
class PluginEndToEndTest {
    static final Path SAMPLE = Path.of("examples", "plugin");

    @TempDir
    static Path jars;
    static Path sample;
    static Path exploding;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildPlugins() throws IOException {
        sample = PluginJars.build(SAMPLE.resolve("src/main/java"), SAMPLE.resolve("src/main/resources"),
                jars.resolve("example-plugin.jar"));
        exploding = PluginJars.build(Map.of("boom/Boom.java", """
                package boom;

                import dev.fmlint.spi.*;
                import java.util.List;
                import java.util.Set;

                public final class Boom implements RuleProvider, Rule {
                    @Override public List<Rule> rules() { return List.of(this); }
                    @Override public RuleMeta meta() {
                        return new RuleMeta("explodes", "Fails on purpose", Set.of(), Severity.ERROR, false);
                    }
                    @Override public void check(RuleContext ctx) {
                        String text = ctx.file().text();
                        if (text.contains("BOOM")) {
                            throw new IllegalStateException("kaboom");
                        }
                        if (text.contains("LINK")) {
                            throw new NoSuchMethodError("dev.fmlint.spi.RuleContext.gone()");
                        }
                        if (text.contains("SNEAKY")) {
                            Boom.<RuntimeException>sneaky(new java.io.IOException("disk gone"));
                        }
                    }
                    @SuppressWarnings("unchecked")
                    private static <T extends Throwable> void sneaky(Throwable t) throws T {
                        throw (T) t;
                    }
                }
                """), Map.of("META-INF/services/dev.fmlint.spi.RuleProvider", "boom.Boom\n"),
                jars.resolve("exploding.jar"));
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static final String POST = """
            ---
            title: 一个非常非常长的标题，超过十个字
            ---
            # Title

            ![](diagram.png) and ![图](ok.png)
            """;
    private static final List<String> POST_FINDINGS = List.of(
            "post.md:2:8  warning  title is 16 characters long, over the limit of 10; shorten it (search results cut "
                    + "long titles)  title-max-length",
            "post.md:6:1  error    image \"diagram.png\" has no alt text; describe it between the brackets: "
                    + "![what it shows](...)  image-alt-required");

    @Test
    void theSamplePluginRunsFromTheCommandLine() throws IOException {
        write(".fmlint.yaml", "rules:\n  title-max-length: {max: 10}\n");
        write("post.md", POST);
        write("clean.md", "---\ntitle: 短い\n---\n# 短い\n\n![a diagram](d.png)\n");
        CliRun run = CliRun.in(dir, "check", "--plugin", sample.toString());
        assertEquals(POST_FINDINGS, run.findings(), run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void theSamplePluginRunsFromTheConfiguration() throws IOException {
        Files.copy(sample, Files.createDirectories(dir.resolve("tools")).resolve("example-plugin.jar"));
        write(".fmlint.yaml", "plugins: [tools/example-plugin.jar]\nrules:\n  title-max-length: {max: 10}\n");
        write("post.md", POST);
        assertEquals(POST_FINDINGS, CliRun.in(dir, "check").findings());
        // Like any rule, a plugin's rule can be turned off.
        CliRun off = CliRun.in(dir, "check", "--disable", "image-alt-required");
        assertEquals(POST_FINDINGS.subList(0, 1), off.findings());
        assertTrue(CliRun.in(dir, "print-config", "post.md").out()
                .matches("(?s).*image-alt-required\\s+error\\s+plugin tools/example-plugin\\.jar.*"));
    }

    @Test
    void aRepositoryWithSchemasAPresetAnOverrideACustomRuleAndThePlugin() throws IOException {
        write(".git/HEAD", "ref: refs/heads/main\n");
        Files.copy(sample, Files.createDirectories(dir.resolve("tools")).resolve("example-plugin.jar"));
        write("schemas/post.json", "{\"type\":\"object\",\"required\":[\"title\",\"author\"]}");
        write("schemas/doc.json", "{\"type\":\"object\",\"required\":[\"title\",\"summary\"]}");
        write(".fmlint.yaml", """
                extends: recommended
                plugins: [tools/example-plugin.jar]
                schemas:
                  - files: posts/**
                    schema: schemas/post.json
                  - files: docs/**
                    schema: schemas/doc.json
                rules:
                  title-max-length: {max: 12}
                  image-alt-text: off        # the plugin's image-alt-required does this job here
                overrides:
                  - files: docs/**
                    rules:
                      image-alt-required: warning
                      no-todo: off
                customRules:
                  - id: no-todo
                    message: "remove {match} before publishing"
                    scope: body
                    forbid: '\\bTODO\\b'
                    when: {field: draft, not: true}
                """);
        write("posts/a.md", "---\ntitle: 一篇关于前置元数据的长文章\n---\n# 一篇关于前置元数据的长文章\n\nTODO ![](a.png)\n");
        write("posts/b.md", "---\ntitle: Draft\nauthor: 李\ndraft: true\n---\n# Draft\n\nTODO\n");
        write("docs/d.md", "---\ntitle: Guide\n---\n# Guide\n\nTODO ![](d.png)\n");
        write("posts/a.png", "");
        write("docs/d.png", "");
        CliRun run = CliRun.in(dir, "check");
        assertEquals(List.of(
                "docs/d.md:1:1  error    missing required key \"summary\"  schema",
                "docs/d.md:6:6  warning  image \"d.png\" has no alt text; describe it between the brackets: "
                        + "![what it shows](...)  image-alt-required",
                "posts/a.md:1:1  error    missing required key \"author\"  schema",
                "posts/a.md:2:8  warning  title is 13 characters long, over the limit of 12; shorten it (search "
                        + "results cut long titles)  title-max-length",
                "posts/a.md:6:1  error    remove TODO before publishing  no-todo",
                "posts/a.md:6:6  error    image \"a.png\" has no alt text; describe it between the brackets: "
                        + "![what it shows](...)  image-alt-required"), run.findings());
        assertEquals(1, run.exitCode(), run.err());
    }

    @Test
    void pluginRulesAreListedWithTheirPages() throws IOException {
        CliRun list = CliRun.in(dir, "rules", "--plugin", sample.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().matches("(?s).*\\nimage-alt-required\\s+error\\s+Images in the body have alt text\\n.*"),
                list.out());
        assertTrue(list.out().matches("(?s).*\\ntitle-max-length\\s+warning\\s+The front-matter title is at most .*"),
                list.out());
        CliRun page = CliRun.in(dir, "rules", "--plugin", sample.toString(), "title-max-length");
        assertEquals(Files.readString(SAMPLE.resolve("src/main/resources/fmlint/rules/title-max-length.md")),
                page.out());
        CliRun withoutPlugin = CliRun.in(dir, "rules", "title-max-length");
        assertEquals(2, withoutPlugin.exitCode());
    }

    @Test
    void aPluginRuleThatThrowsIsAFindingTheRunGoesOnAndTheExitCodeIsTwo() throws IOException {
        write("a.md", "BOOM\n");
        write("b.md", "LINK\n");
        write("c.md", "---\ntitle: C\n---\n# C\n\n### skipped\n");
        write("d.md", "SNEAKY\n");
        write(".fmlint.yaml", "rules:\n  heading-increment: error\n");
        CliRun run = CliRun.in(dir, "check", "--plugin", exploding.toString());
        assertEquals(List.of(
                "a.md:1:1  error    rule explodes failed on this file: java.lang.IllegalStateException: kaboom; please "
                        + "report it with this file  rule-error",
                "b.md:1:1  error    rule explodes failed on this file: java.lang.NoSuchMethodError: "
                        + "dev.fmlint.spi.RuleContext.gone(); please report it with this file  rule-error",
                "c.md:6:1  error    heading jumps from h1 to h3; use h2 here  heading-increment",
                "d.md:1:1  error    rule explodes failed on this file: java.io.IOException: disk gone; please report "
                        + "it with this file  rule-error"), run.findings());
        assertEquals(2, run.exitCode());
    }

    @Test
    void ruleIdsMustBeUniqueAcrossBuiltInPluginAndCustomRules() throws IOException {
        Path clash = PluginJars.build(Map.of("clash/Clash.java", """
                package clash;

                import dev.fmlint.spi.*;
                import java.util.List;
                import java.util.Set;

                public final class Clash implements RuleProvider, Rule {
                    @Override public List<Rule> rules() { return List.of(this); }
                    @Override public RuleMeta meta() {
                        return new RuleMeta("single-h1", "Mine", Set.of(), Severity.ERROR, false);
                    }
                    @Override public void check(RuleContext ctx) { }
                }
                """), Map.of("META-INF/services/dev.fmlint.spi.RuleProvider", "clash.Clash\n"),
                dir.resolve("clash.jar"));
        write("a.md", "# A\n");
        assertUsageError(CliRun.in(dir, "check", "--plugin", "clash.jar"), "fmlint: rule id \"single-h1\" of plugin "
                + "clash.jar (clash.Clash) is already taken by the built-in rule single-h1 (dev.fmlint.rules.SingleH1); "
                + "rule ids must be unique, so give it another id");
        Files.copy(sample, dir.resolve("copy.jar"));
        assertUsageError(CliRun.in(dir, "check", "--plugin", sample.toString(), "--plugin", "copy.jar"),
                "fmlint: rule id \"image-alt-required\" of plugin copy.jar (com.example.fmlint.ImageAltRequired) is "
                        + "already taken by plugin " + dir.relativize(sample) + " (com.example.fmlint.ImageAltRequired); rule ids must "
                        + "be unique, so give it another id");
        write(".fmlint.yaml", "customRules:\n  - id: title-max-length\n    message: m\n    field: title\n"
                + "    max-length: 5\n");
        assertUsageError(CliRun.in(dir, "check", "--plugin", "copy.jar"), "fmlint: rule id \"title-max-length\" of "
                + "the custom rule at .fmlint.yaml:2:5 is already taken by plugin copy.jar "
                + "(com.example.fmlint.TitleMaxLength); rule ids must be unique, so give it another id");
    }

    @Test
    void aPluginThatCannotBeLoadedIsAUsageError() throws IOException {
        write("a.md", "# A\n");
        assertUsageError(CliRun.in(dir, "check", "--plugin", "missing.jar"), "fmlint: plugin missing.jar: file not found");
        write("sub/.fmlint.yaml", "plugins: [../lib/missing.jar]\n");
        assertUsageError(CliRun.in(dir.resolve("sub"), "check", "../a.md"),
                "fmlint: plugin ../lib/missing.jar: file not found");
        write("notes.jar", "not a zip\n");
        assertUsageError(CliRun.in(dir, "check", "--plugin", "notes.jar"), "fmlint: plugin notes.jar: is not a jar file");
        Path empty = PluginJars.build(Map.of(), Map.of("README.txt", "no rules here\n"), dir.resolve("empty.jar"));
        assertUsageError(CliRun.in(dir, "check", "--plugin", empty.toString()), "provides no rules; a plugin lists its "
                + "dev.fmlint.spi.RuleProvider classes in META-INF/services/dev.fmlint.spi.RuleProvider");
        Path badId = PluginJars.build(Map.of("bad/Bad.java", """
                package bad;

                import dev.fmlint.spi.*;
                import java.util.List;
                import java.util.Set;

                public final class Bad implements RuleProvider {
                    @Override public List<Rule> rules() {
                        RuleMeta meta = new RuleMeta("Bad_Id", "Bad", Set.of(), Severity.ERROR, false);
                        return List.of();
                    }
                }
                """), Map.of("META-INF/services/dev.fmlint.spi.RuleProvider", "bad.Bad\n"), dir.resolve("bad.jar"));
        assertUsageError(CliRun.in(dir, "check", "--plugin", badId.toString()), "fmlint: plugin bad.jar: its rules "
                + "cannot be loaded: IllegalArgumentException (rule id must be kebab-case: Bad_Id)");
        Path broken = PluginJars.build(Map.of(), Map.of("META-INF/services/dev.fmlint.spi.RuleProvider",
                "com.example.Missing\n"), dir.resolve("broken.jar"));
        assertUsageError(CliRun.in(dir, "check", "--plugin", "broken.jar"), "fmlint: plugin broken.jar: its rules "
                + "cannot be loaded: dev.fmlint.spi.RuleProvider: Provider com.example.Missing not found");
    }

    private static void assertUsageError(CliRun run, String expected) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), "expected <" + expected + "> in <" + run.err() + ">");
        assertEquals("", run.out());
    }
}
