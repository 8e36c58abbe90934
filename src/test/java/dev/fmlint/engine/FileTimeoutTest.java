package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that stalls its worker gets a finding after the time budget, and the other files are still checked. */
class FileTimeoutTest {
    /** Spins (ignoring interrupts, as a parser would) on any file whose text contains "STALL". */
    static final class Stall implements Rule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("stall", "Stalls on purpose", Set.of(), Severity.ERROR, false);
        }

        @Override
        public void check(RuleContext ctx) {
            if (ctx.file().text().contains("STALL")) {
                long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    void stalledFilesTimeOutAndTheRunGoesOn() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = i == 2 || i == 7 ? "---\ntitle: x\n---\nSTALL\n" : "---\ntitle: x\n---\n# x\n\n### skipped\n";
            files.add(Files.writeString(dir.resolve("f" + i + ".md"), text));
        }
        FileSettings settings = FileSettings.defaults(
                List.of(ConfiguredRule.withDefaults(new Stall()), ConfiguredRule.withDefaults(new dev.fmlint.rules.HeadingIncrement())),
                SchemaSelector.NONE);
        ParallelRunner runner = new ParallelRunner(new Linter(YamlComposer.Limits.DEFAULT), new SourceReader(1 << 20),
                f -> settings, 2, Duration.ofMillis(300));
        List<FileResult> results = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> runner.run(files, p -> p.getFileName().toString()));
        assertEquals(12, results.size());
        for (int i = 0; i < 12; i++) {
            List<Diagnostic> d = results.get(i).diagnostics();
            assertEquals(1, d.size(), results.get(i).toString());
            if (i == 2 || i == 7) {
                assertEquals(CoreChecks.READ_ERROR, d.get(0).ruleId());
                assertTrue(d.get(0).message().contains("longer than the limit of 0.3 s"), d.get(0).message());
            } else {
                assertEquals("heading-increment", d.get(0).ruleId());
            }
        }
    }
}
