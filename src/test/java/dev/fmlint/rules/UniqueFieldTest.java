package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmlint.report.FileResult;
import dev.fmlint.spi.RuleOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniqueFieldTest {
    @TempDir
    Path dir;

    @Test
    void aFileNamesThreeOthersAndCountsTheRest() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("e.md", "a.md", "d.md", "b.md", "c.md")) {
            Path file = dir.resolve(name);
            Files.writeString(file, "---\nslug: same\n---\n", StandardCharsets.UTF_8);
            files.add(file);
        }
        List<FileResult> results = FixtureLinter.run(files, FixtureLinter.rule("unique-field"), f -> RuleOptions.NONE,
                f -> dir.relativize(f).toString(), dir);
        // In the run's file order, whatever order the threads finished in.
        assertEquals("slug \"same\" is also used by a.md:2, d.md:2, b.md:2 and 1 more; each file needs its own slug",
                results.get(0).diagnostics().get(0).message());
        assertEquals("slug \"same\" is also used by e.md:2, a.md:2, d.md:2 and 1 more; each file needs its own slug",
                results.get(4).diagnostics().get(0).message());
    }
}
