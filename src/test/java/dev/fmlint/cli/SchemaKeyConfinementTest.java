package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's {@code $schema} key may only name a schema inside the project, and the answer must not tell the
 * file's author anything about the machine: a path outside gets the same message whether or not something
 * is there. Links are followed before the check, and a project reached through a link still works.
 * ({@code ConfigEndToEndTest} covers the basic cases: a schema inside, an absolute path outside, a URL.)
 */
class SchemaKeyConfinementTest {
    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve(".git"));
        Posts.write(project, "schemas/own.json", "{\"type\": \"object\", \"required\": [\"author\"]}");
        Posts.write(dir, "outside/there.json", "{\"type\": \"object\"}");
    }

    private static String post(String schema) {
        return "---\n$schema: " + schema + "\ntitle: T\n---\n# T\n";
    }

    private static String outside(String name, String schema, Path root) {
        return name + ":2:10  error    schema \"" + schema + "\" is outside the project folder " + root
                + "; a file may only name schemas inside it  schema";
    }

    @Test
    void outsideIsOneAnswerWhetherOrNotAFileIsThere() {
        Posts.write(project, "a.md", post("../outside/there.json"));
        Posts.write(project, "b.md", post("../outside/not-there.json"));
        Posts.write(project, "c.md", post(dir.resolve("outside/there.json").toString()));
        Posts.write(project, "d.md", post(dir.resolve("outside/not-there.json").toString()));
        CliRun run = CliRun.in(project, "check", "--no-config", "a.md", "b.md", "c.md", "d.md");
        assertEquals(List.of(
                outside("a.md", "../outside/there.json", project),
                outside("b.md", "../outside/not-there.json", project),
                outside("c.md", dir.resolve("outside/there.json").toString(), project),
                outside("d.md", dir.resolve("outside/not-there.json").toString(), project)), run.findings(), run.out());
    }

    @Test
    void aLinkInsideThatLeadsOutIsOutside() throws IOException {
        Files.createSymbolicLink(project.resolve("schemas/link.json"), dir.resolve("outside/there.json"));
        Posts.write(project, "a.md", post("schemas/link.json"));
        CliRun run = CliRun.in(project, "check", "--no-config", "a.md");
        assertEquals(List.of(outside("a.md", "schemas/link.json", project)), run.findings(), run.out());
    }

    @Test
    void aProjectReachedThroughALinkStillFindsItsOwnSchemas() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), project);
        Posts.write(project, ".fmlint.yaml", "rules:\n  title-h1: off\n");
        Posts.write(project, "a.md", post("schemas/own.json"));
        Posts.write(project, "b.md", post("blog-post"));
        CliRun run = CliRun.in(project, "check", "--config", link.resolve(".fmlint.yaml").toString(), "a.md", "b.md");
        assertEquals("a.md:1:1  error    missing required key \"author\"  schema", run.findings().get(0), run.out());
        assertEquals(List.of("a.md", "b.md"), run.findings().stream().map(l -> l.substring(0, l.indexOf(':')))
                .distinct().toList(), run.out());
    }
}
