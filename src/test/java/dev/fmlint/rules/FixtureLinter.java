package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.fail;

import dev.fmlint.config.RuleOptionsCheck;
import dev.fmlint.engine.ConfiguredRule;
import dev.fmlint.engine.FileSettings;
import dev.fmlint.engine.Linter;
import dev.fmlint.engine.ParallelRunner;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.engine.SchemaSelector;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs fixture files through the real pipeline with one rule switched on. A fixture is
 * {@code fixtures/<rule-id>/<case>.md}, with its findings in {@code <case>.expected} and, optionally, the
 * rule's options as a YAML mapping in {@code <case>.options.yaml}.
 */
final class FixtureLinter {
    static final Path ROOT = Path.of("src", "test", "resources", "fixtures");
    static final String EXPECTED = ".expected";
    static final String OPTIONS = ".options.yaml";

    private FixtureLinter() {}

    static Rule rule(String id) {
        return new BuiltinRules().rules().stream().filter(r -> r.meta().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in rule has the id " + id));
    }

    /** Every fixture, sorted, as paths relative to the working folder. */
    static List<Path> fixtures() {
        try (Stream<Path> files = Files.walk(ROOT, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ruleId(Path fixture) {
        return fixture.getParent().getFileName().toString();
    }

    static Path sidecar(Path fixture, String suffix) {
        String name = fixture.getFileName().toString();
        return fixture.resolveSibling(name.substring(0, name.length() - ".md".length()) + suffix);
    }

    /** The fixture decoded the way the CLI reads files (BOM stripped, strict UTF-8). */
    static SourceFile read(Path fixture) {
        try {
            SourceDecoder.Result result =
                    new SourceDecoder().decode(fixture, display(fixture), Files.readAllBytes(fixture));
            if (result instanceof SourceDecoder.Decoded decoded) {
                return decoded.file();
            }
            throw new AssertionError(fixture + " cannot be decoded: " + result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileResult lint(Path fixture) {
        Rule rule = rule(ruleId(fixture));
        RuleOptions options = options(fixture);
        assertValidOptions(rule, options.values(), fixture.toString());
        if (rule instanceof CrossFileRule<?>) {
            // A cross-file rule sees its whole fixture folder as one run, each file with its own options.
            List<Path> folder = fixtures().stream().filter(p -> p.getParent().equals(fixture.getParent())).toList();
            return run(folder, rule, FixtureLinter::options, FixtureLinter::display, null).get(folder.indexOf(fixture));
        }
        return lint(read(fixture), rule, options);
    }

    /** The files as one run through the real runner (both steps), in the given order, with display paths. */
    /** @param root the project folder, or null for the runner's choice */
    static List<FileResult> run(List<Path> files, Rule rule, Function<Path, RuleOptions> options,
                                Function<Path, String> display, Path root) {
        ParallelRunner runner = new ParallelRunner(new Linter(YamlComposer.Limits.DEFAULT), new SourceReader(1 << 20),
                file -> FileSettings.defaults(List.of(new ConfiguredRule(rule, rule.meta().defaultSeverity(),
                        options.apply(file))), SchemaSelector.NONE), 2, dev.fmlint.config.Limits.DEFAULT.fileTimeout(), root);
        return runner.run(files, display);
    }

    /** Options in fixtures and examples must be ones a configuration could give: valid by the rule's schema. */
    static void assertValidOptions(Rule rule, Map<String, Object> options, String where) {
        List<String> problems = new RuleOptionsCheck().problems(rule.meta(), options);
        if (!problems.isEmpty()) {
            fail(where + ": invalid options " + problems);
        }
    }

    /** A YAML value, read the safe way. */
    static Object yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    static FileResult lint(SourceFile file, Rule rule, RuleOptions options) {
        List<ConfiguredRule> rules = List.of(new ConfiguredRule(rule, rule.meta().defaultSeverity(), options));
        return new Linter(YamlComposer.Limits.DEFAULT).lint(file, FileSettings.defaults(rules, SchemaSelector.NONE));
    }

    static FileResult lint(String text, Rule rule) {
        return lint(SourceFile.of(null, "test.md", text, false), rule, RuleOptions.NONE);
    }

    static RuleOptions options(Path fixture) {
        Path file = sidecar(fixture, OPTIONS);
        if (!Files.exists(file)) {
            return RuleOptions.NONE;
        }
        try {
            Object loaded = yaml(Files.readString(file));
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new AssertionError(file + " must be a YAML mapping of option names to values");
            }
            return new RuleOptions(map.entrySet().stream()
                    .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden text: one {@code line:col rule-id message} line per finding, in report order. */
    static String golden(FileResult result, String ruleId) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            if (d.ruleId().equals(ruleId)) {
                sb.append(d.start().line()).append(':').append(d.start().column()).append(' ')
                        .append(d.ruleId()).append(' ').append(d.message()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Applies the fixes of the given findings, as a {@code --fix} would: edits from last to first so earlier
     * offsets stay valid; an edit overlapping one already applied fails the test, since rules must not
     * propose conflicting edits for one file.
     */
    static String applyFixes(String text, List<Diagnostic> diagnostics) {
        List<Fix.Edit> edits = new ArrayList<>();
        diagnostics.stream().filter(d -> d.fix() != null).forEach(d -> edits.addAll(d.fix().edits()));
        edits.sort(Comparator.comparingInt((Fix.Edit e) -> e.span().start()).reversed());
        StringBuilder sb = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Fix.Edit e : edits) {
            if (e.span().end() > limit) {
                fail("overlapping fix edits at offset " + e.span().start());
            }
            sb.replace(e.span().start(), e.span().end(), e.replacement());
            limit = e.span().start();
        }
        return sb.toString();
    }

    private static String display(Path fixture) {
        Path p = fixture.startsWith(ROOT) ? ROOT.relativize(fixture) : fixture.getFileName();
        return p.toString().replace('\\', '/');
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
