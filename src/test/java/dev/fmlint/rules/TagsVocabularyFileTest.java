package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmlint.report.FileResult;
import dev.fmlint.spi.RuleOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tags-format's vocabulary file: found from each file's folder up, read once, never outside the project. */
class TagsVocabularyFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> run(Path root, List<Path> files, String vocabularyFile) {
        RuleOptions options = new RuleOptions(Map.of("vocabularyFile", vocabularyFile));
        List<FileResult> results = FixtureLinter.run(files, FixtureLinter.rule("tags-format"), f -> options,
                f -> dir.relativize(f).toString(), root);
        return results.stream().flatMap(r -> r.diagnostics().stream()
                .map(d -> r.file() + ":" + d.start().line() + ":" + d.start().column() + " " + d.message())).toList();
    }

    @Test
    void theNearestFileUpTheTreeApplies() throws IOException {
        write("tags.yml", "top: {}\n");
        write("blog/tags.yml", "ai: {label: AI}\n人工智能: {}\n");
        Path post = write("blog/posts/a.md", "---\ntags: [ai, 人工智能, top]\n---\n");
        Path page = write("pages/b.md", "---\ntags: [top, ai]\n---\n");
        assertEquals(List.of(
                "blog/posts/a.md:2:18 tag \"top\" is not in the vocabulary (\"blog/tags.yml\"); use a listed tag or add it there",
                "pages/b.md:2:13 tag \"ai\" is not in the vocabulary (\"tags.yml\"); use a listed tag or add it there"),
                run(dir, List.of(post, page), "tags.yml"));
    }

    @Test
    void aMissingOrBrokenFileIsReportedOnceOnTheFirstFileThatNeedsIt() throws IOException {
        Path a = write("a.md", "---\ntags: [x]\n---\n");
        Path b = write("b.md", "---\ntags: [y]\n---\n");
        assertEquals(List.of("a.md:2:8 vocabulary file \"tags.yml\" not found in this file's folder or any folder "
                + "above it in the project"), run(dir, List.of(a, b), "tags.yml"));
        write("tags.yml", "a: 1\na: 2\n");
        List<String> broken = run(dir, List.of(a, b), "tags.yml");
        assertEquals(1, broken.size(), broken.toString());
        assertEquals(true, broken.get(0).startsWith("a.md:2:8 vocabulary file \"tags.yml\" cannot be used: line 2: "),
                broken.get(0));
    }

    @Test
    void aFileOutsideTheProjectIsNeverRead() throws IOException {
        write("tags.yml", "x: {}\n");
        Path a = write("project/a.md", "---\ntags: [x]\n---\n");
        assertEquals(List.of("project/a.md:2:8 vocabulary file \"../tags.yml\" not found in this file's folder or "
                + "any folder above it in the project"), run(dir.resolve("project"), List.of(a), "../tags.yml"));
        assertEquals(List.of("project/a.md:2:8 vocabulary file \"tags.yml\" not found in this file's folder or "
                + "any folder above it in the project"), run(dir.resolve("project"), List.of(a), "tags.yml"));
    }

    @Test
    void theInlineVocabularyCountsToo() throws IOException {
        write("tags.yml", "x: {}\n");
        Path a = write("a.md", "---\ntags: \"x, y, z\"\n---\n");
        RuleOptions options = new RuleOptions(Map.of("vocabularyFile", "tags.yml", "vocabulary", List.of("y")));
        List<FileResult> results = FixtureLinter.run(List.of(a), FixtureLinter.rule("tags-format"), f -> options,
                f -> dir.relativize(f).toString(), dir);
        assertEquals(List.of(
                "tag \"z\" is not in the vocabulary (\"tags.yml\" and the inline list); use a listed tag or add it there",
                "tags is a string; write it as a YAML list: tags: [\"x\", \"y\", \"z\"]"),
                results.get(0).diagnostics().stream().map(d -> d.message()).toList());
    }
}
