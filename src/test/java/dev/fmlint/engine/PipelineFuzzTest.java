package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.FixEdit;
import dev.fmlint.report.Position;
import dev.fmlint.rules.BuiltinRules;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.schema.SchemaLoadException;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.LineIndex;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import java.time.Duration;
import java.util.List;

/**
 * The whole per-file pipeline under Jazzer: bytes in, findings out. Decoding, splitting, YAML, the schema
 * (the built-in blog-post one, which has required keys, patterns and formats), the Markdown parser and every
 * built-in rule at its defaults.
 *
 * <p>Each input must give a result without an exception, with every finding (and fix edit) at a valid
 * 1-based position inside the file, within a time bound, and without the pipeline's own failure findings
 * (a rule that threw, a body that could not be parsed, a schema that could not be applied): those are
 * caught so that a run goes on, but each is still a bug.
 *
 * <p>{@code mvn test} runs it on the seeds in {@code PipelineFuzzTestInputs/bytesInFindingsOut/} (regression
 * mode). {@code JAZZER_FUZZ=1} fuzzes; the {@code fuzz} profile does so in CI. A crash is written to that
 * folder, and then kept there as a regression input.
 */
class PipelineFuzzTest {
    /** Generous for a fuzzer's small inputs: a slow input means a quadratic path or worse. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final Linter LINTER = new Linter(YamlComposer.Limits.DEFAULT);
    private static final SourceDecoder DECODER = new SourceDecoder();
    private static final FileSettings SETTINGS = settings();

    private static FileSettings settings() {
        List<ConfiguredRule> rules = new BuiltinRules().rules().stream().map(ConfiguredRule::withDefaults).toList();
        try {
            FrontMatterValidator schema = new SchemaLoader().load("blog-post");
            return FileSettings.defaults(rules, (file, frontMatter) -> new SchemaSelector.Use(schema));
        } catch (SchemaLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tokens of YAML, Markdown and the blog-post schema, so that mutations build structure sooner. No control
     * characters: Jazzer 0.30.0 writes entries to libFuzzer's dictionary file without escaping them.
     */
    @DictionaryEntries({"---", "...", "+++", ": ", "- ", "? ", "&a ", "*a", "<<: ", "!!", "!<", "%TAG ",
        "%YAML 1.2", "[", "]", "{", "}", "\"", "'", "|", "# ", "## ", "### ", "===", "> ", "1. ", "```", "~~~",
        "    ", "<!--", "-->", "<div>", "](", "![", "*", "**", "_", "`", "\\", "&amp;", "title: ", "slug: ",
        "tags: ", "date: ", "description: ", "draft: ", "$schema: ", "# yaml-language-server: $schema=",
        "<!-- fmlint-disable -->", "\u00e9", "\u4e2d\u6587", "\ud83c\udf89", "\u202e", "\ufeff", "\u0085",
        "\u2028"})
    @FuzzTest(maxDuration = "60s")
    void bytesInFindingsOut(byte[] bytes) {
        long started = System.nanoTime();
        SourceDecoder.Result decoded = DECODER.decode(null, "fuzz.md", bytes);
        FileResult result;
        if (decoded instanceof SourceDecoder.Decoded d) {
            result = LINTER.lint(d.file(), SETTINGS);
            checkPositions(d.file(), result);
        } else {
            SourceDecoder.Undecodable u = (SourceDecoder.Undecodable) decoded;
            assertTrue(u.line() >= 0 && u.line() <= lineCount(bytes), "line " + u.line() + " of " + lineCount(bytes));
            result = LINTER.unreadable("fuzz.md", u, SETTINGS);
        }
        for (Diagnostic d : result.diagnostics()) {
            // Matched by rule and prefix: messages echo values, and the fuzzer soon writes these words into one.
            assertNotEquals(CoreChecks.RULE_ERROR, d.ruleId(), d.message());
            assertFalse(d.ruleId().equals(CoreChecks.READ_ERROR)
                    && d.message().startsWith("Markdown body could not be parsed: "), d.message());
            assertFalse(d.ruleId().equals(FrontMatterValidator.RULE_ID)
                    && d.message().startsWith("schema blog-post could not be applied: "), d.message());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took + " for " + bytes.length + " bytes");
    }

    /** Every position is on a line of the file, at most one column past its last character; ends follow starts. */
    static void checkPositions(SourceFile file, FileResult result) {
        for (Diagnostic d : result.diagnostics()) {
            checkRange(file, d.start(), d.end(), d.toString());
            for (FixEdit e : d.fixEdits()) {
                checkRange(file, e.start(), e.end(), d + " edit " + e);
            }
        }
    }

    private static void checkRange(SourceFile file, Position start, Position end, String what) {
        checkPosition(file.lines(), start, what);
        checkPosition(file.lines(), end, what);
        assertTrue(start.compareTo(end) <= 0, "ends before it starts: " + what);
    }

    private static void checkPosition(LineIndex lines, Position p, String what) {
        assertTrue(p.line() <= lines.lineCount(), "line " + p.line() + " of " + lines.lineCount() + ": " + what);
        String line = lines.lineText(p.line());
        int columns = line.codePointCount(0, line.length()) + 1;
        assertTrue(p.column() <= columns, "column " + p.column() + " of " + columns + ": " + what);
    }

    /** Lines in raw bytes the way the decoder counts them: LF, CRLF and a lone CR each end one. */
    private static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
