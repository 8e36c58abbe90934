package dev.fmlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suppression logic through the real pipeline. Two test rules report every {@code [a]} and {@code [b]}
 * in the file, front matter included, so each case reads as a document with its expected findings.
 */
class InlineSuppressionTest {
    /** Reports each occurrence of a marker anywhere in the file. */
    private record Marker(String id, String marker) implements Rule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta(id, "test rule " + id, Set.of(), Severity.ERROR, false);
        }

        @Override
        public void check(RuleContext ctx) {
            String text = ctx.file().text();
            for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
                ctx.report(new Span(i, i + marker.length()), "found " + marker);
            }
        }
    }

    /** Fails on every file, to produce a rule-error. */
    private record Boom() implements Rule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("boom", "test rule that throws", Set.of(), Severity.ERROR, false);
        }

        @Override
        public void check(RuleContext ctx) {
            throw new IllegalStateException("boom");
        }
    }

    /** A schema that rejects every top-level key, at the key. */
    private static final FrontMatterValidator NO_KEYS = new FrontMatterValidator() {
        @Override
        public String name() {
            return "no-keys";
        }

        @Override
        public List<Finding> validate(FrontMatter fm) {
            return fm.root().entries().stream()
                    .map(e -> new Finding(FrontMatterValidator.RULE_ID, e.keySpan(), "key " + e.key())).toList();
        }
    };

    private static final List<ConfiguredRule> RULES = List.of(
            ConfiguredRule.withDefaults(new Marker("rule-a", "[a]")),
            ConfiguredRule.withDefaults(new Marker("rule-b", "[b]")));
    /** rule-c exists but is off in these settings, as if the configuration turned it off. */
    private static final Set<String> KNOWN = Stream.concat(
            Stream.of("rule-a", "rule-b", "rule-c", "boom"), CoreChecks.ALL.stream().map(RuleMeta::id))
            .collect(Collectors.toSet());

    private static List<Diagnostic> diagnostics(String text, List<ConfiguredRule> rules, SchemaSelector schema,
                                                boolean inlineConfig, InlineOptions options) {
        FileSettings defaults = FileSettings.defaults(rules, schema);
        FileSettings settings = new FileSettings(defaults.rules(), defaults.severities(), schema, inlineConfig);
        return new Linter(YamlComposer.Limits.DEFAULT, options)
                .lint(SourceFile.of(null, "t.md", text, false), settings).diagnostics();
    }

    /** The findings as "line rule-id", plus the message for inline-config's own. */
    private static List<String> lint(String text, InlineOptions options) {
        return diagnostics(text, RULES, SchemaSelector.NONE, true, options).stream()
                .map(d -> d.start().line() + " " + d.ruleId()
                        + (d.ruleId().equals(CoreChecks.INLINE_CONFIG) ? " " + d.message() : ""))
                .toList();
    }

    private static List<String> lint(String text) {
        return lint(text, new InlineOptions(KNOWN, false));
    }

    private static List<String> unused(String text) {
        return lint(text, new InlineOptions(KNOWN, true));
    }

    @Test
    void disableLineSilencesItsLineForTheNamedRuleOnly() {
        assertEquals(List.of("1 rule-b", "2 rule-a"), lint("""
                [a] [b] <!-- fmlint-disable-line rule-a -->
                [a]
                """));
    }

    @Test
    void withoutRuleIdsADirectiveCoversEveryRule() {
        assertEquals(List.of("2 rule-a"), lint("""
                [a] [b] <!-- fmlint-disable-line -->
                [a]
                """));
    }

    @Test
    void disableNextLineSilencesOnlyTheNextLine() {
        assertEquals(List.of("1 rule-a", "3 rule-a"), lint("""
                [a] <!-- fmlint-disable-next-line rule-a -->
                [a]
                [a]
                """));
    }

    @Test
    void disableNextLineAfterAMultiLineCommentMeansTheLineAfterItsEnd() {
        assertEquals(List.of("4 rule-a"), lint("""
                <!-- fmlint-disable-next-line
                     rule-a -->
                [a]
                [a]
                """));
    }

    @Test
    void aRangeRunsFromTheDisableLineUpToTheEnableLine() {
        assertEquals(List.of("1 rule-a", "5 rule-a", "6 rule-a"), lint("""
                [a]
                [a] <!-- fmlint-disable rule-a -->

                [a]
                [a] <!-- fmlint-enable rule-a -->
                [a]
                """));
    }

    @Test
    void aRangeWithoutEnableRunsToTheEnd() {
        assertEquals(List.of("1 rule-a", "1 rule-b", "4 rule-b"), lint("""
                [a] [b]
                <!-- fmlint-disable rule-a -->

                [a] [b]
                """));
    }

    @Test
    void enablingOneRuleInsideAnAllRulesRangeLeavesTheOthersOff() {
        assertEquals(List.of("6 rule-a", "9 rule-a", "9 rule-b"), lint("""
                <!-- fmlint-disable -->

                [a] [b]

                <!-- fmlint-enable rule-a -->
                [a] [b]

                <!-- fmlint-enable -->
                [a] [b]
                """));
    }

    @Test
    void enablingOneOfTwoNamedRulesLeavesTheOtherOff() {
        assertEquals(List.of("5 rule-a", "8 rule-a", "8 rule-b"), lint("""
                <!-- fmlint-disable rule-a rule-b -->
                [a] [b]

                <!-- fmlint-enable rule-a -->
                [a] [b]

                <!-- fmlint-enable -->
                [a] [b]
                """));
    }

    @Test
    void disablingTwiceAndEnablingOnceTurnsTheRuleBackOn() {
        assertEquals(List.of("5 rule-a"), lint("""
                <!-- fmlint-disable rule-a -->
                <!-- fmlint-disable rule-a -->
                [a]
                <!-- fmlint-enable rule-a -->
                [a]
                """));
    }

    @Test
    void disablingOneRuleInsideARangeThatReenabledItSilencesItAgain() {
        assertEquals(List.of("3 rule-a"), lint("""
                <!-- fmlint-disable -->
                <!-- fmlint-enable rule-a -->
                [a] [b]
                <!-- fmlint-disable rule-a -->
                [a] [b]
                """));
    }

    @Test
    void disableFileCoversEveryLineFromAnywhereAndCannotBeReenabled() {
        assertEquals(List.of("2 rule-a", "5 rule-a"), lint("""
                ---
                title: "[a] [b]"
                ---
                <!-- fmlint-enable -->
                [a] [b]
                <!-- fmlint-disable-file rule-b -->
                """));
    }

    @Test
    void crlfLinesCountLikeLf() {
        assertEquals(List.of("4 rule-a"), lint("[a] <!-- fmlint-disable-line rule-a -->\r\n"
                + "<!-- fmlint-disable-next-line rule-a -->\r\n[a]\r\n[a]\r\n"));
        assertEquals(List.of("2 rule-b", "4 rule-a"), lint("<!-- fmlint-disable rule-a -->\r\n[a] [b]\r\n"
                + "<!-- fmlint-enable rule-a -->\r\n[a]\r\n"));
    }

    @Test
    void cjkTextBeforeTheCommentDoesNotMoveIt() {
        assertEquals(List.of("2 rule-a"), lint("""
                見出しの段落 [a] <!-- fmlint-disable-line rule-a -->
                日本語 [a]
                """));
    }

    @Test
    void commentsInCodeAreNotDirectives() {
        assertEquals(List.of("3 rule-a", "6 rule-a"), lint("""
                ```
                <!-- fmlint-disable-file -->
                [a]
                ```

                `<!-- fmlint-disable-line -->` [a]
                """));
    }

    @Test
    void frontMatterCommentsSilenceTheirLineOrTheNextOne() {
        assertEquals(List.of("5 rule-a"), lint("""
                ---
                title: "[a]"  # fmlint-disable-line rule-a
                # fmlint-disable-next-line rule-b
                tags: ["[b]"]
                slug: "[a]"
                ---
                """));
    }

    @Test
    void aHashInsideAQuotedValueIsNotADirective() {
        assertEquals(List.of("2 rule-a"), lint("""
                ---
                title: "[a] # fmlint-disable-line rule-a"
                ---
                """));
    }

    @Test
    void schemaFindingsCanBeSilenced() {
        List<String> found = diagnostics("""
                ---
                title: T  # fmlint-disable-line schema
                draft: true
                ---
                """, List.of(), (file, fm) -> new SchemaSelector.Use(NO_KEYS), true, new InlineOptions(KNOWN, false))
                .stream().map(d -> d.start().line() + " " + d.ruleId() + " " + d.message()).toList();
        assertEquals(List.of("3 schema key draft"), found);
    }

    @Test
    void aFailedRuleCannotBeSilencedAndNamingItIsReported() {
        List<String> found = diagnostics("<!-- fmlint-disable-file -->\n<!-- fmlint-disable-file rule-error -->\n",
                List.of(ConfiguredRule.withDefaults(new Boom())), SchemaSelector.NONE, true,
                new InlineOptions(KNOWN, false))
                .stream().map(d -> d.start().line() + " " + d.ruleId()).toList();
        assertEquals(List.of("1 rule-error", "2 inline-config"), found);
    }

    @Test
    void aBrokenHeaderCannotBeSilenced() {
        assertEquals(List.of("1 front-matter-syntax"), lint("""
                ---
                title: [a
                <!-- fmlint-disable-file -->
                """));
    }

    @Test
    void anUnknownRuleIdIsReportedWithASuggestionAndSilencesNothing() {
        assertEquals(List.of("1 rule-a",
                "1 inline-config unknown rule \"rule-aa\" in fmlint-disable-line; did you mean \"rule-a\"?"),
                lint("[a] <!-- fmlint-disable-line rule-aa -->\n"));
        assertEquals(List.of("1 inline-config unknown rule \"zzzzzzzz\" in fmlint-disable; "
                + "run 'fmlint rules' to list them"), lint("<!-- fmlint-disable zzzzzzzz -->\n"));
    }

    @Test
    void withoutACatalogRuleIdsAreNotChecked() {
        assertEquals(List.of("1 rule-a"), lint("[a] <!-- fmlint-disable-line rule-aa -->\n", InlineOptions.UNCHECKED));
    }

    @Test
    void anUnknownDirectiveIsReported() {
        assertEquals(List.of("1 rule-a", "1 inline-config unknown directive \"fmlint-disable-lin\"; did you mean "
                + "\"fmlint-disable-line\"?"), lint("[a] <!-- fmlint-disable-lin rule-a -->\n"));
    }

    @Test
    void inlineConfigFindingsCannotBeSilencedByAComment() {
        assertEquals(List.of(
                "2 inline-config unknown rule \"rule-aa\" in fmlint-disable-line; did you mean \"rule-a\"?"),
                lint("<!-- fmlint-disable-file -->\n<!-- fmlint-disable-line rule-aa -->\n"));
    }

    @Test
    void whenInlineConfigIsOffCommentsAreIgnoredAltogether() {
        List<String> found = diagnostics("[a] <!-- fmlint-disable-line rule-a -->\n<!-- fmlint-disable nope -->\n",
                RULES, SchemaSelector.NONE, false, new InlineOptions(KNOWN, true))
                .stream().map(d -> d.start().line() + " " + d.ruleId()).toList();
        assertEquals(List.of("1 rule-a"), found);
    }

    @Test
    void anUnusedDisableIsReportedAsAWarningAtTheComment() {
        String text = "[a]\n\ntext <!-- fmlint-disable-line rule-a -->\n";
        assertEquals(List.of("1 rule-a",
                "3 inline-config fmlint-disable-line rule-a silenced nothing; remove the comment"),
                unused(text));
        Diagnostic d = diagnostics(text, RULES, SchemaSelector.NONE, true, new InlineOptions(KNOWN, true)).get(1);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(6, d.start().column());
        assertEquals(List.of("1 rule-a"), lint(text));
    }

    @Test
    void anUnusedIdOfAPartlyUsedDisableIsReportedAtTheId() {
        String text = "[a] <!-- fmlint-disable-line rule-a rule-b -- legacy -->\n";
        assertEquals(List.of("1 inline-config rule-b in fmlint-disable-line rule-a rule-b silenced nothing; "
                + "remove it from the comment"), unused(text));
        Diagnostic d = diagnostics(text, RULES, SchemaSelector.NONE, true, new InlineOptions(KNOWN, true)).get(0);
        assertEquals(37, d.start().column());
    }

    @Test
    void unusedAllRulesDisablesAndRangesAreReported() {
        assertEquals(List.of(
                "1 inline-config fmlint-disable silenced nothing; remove the comment",
                "2 inline-config fmlint-disable-file rule-b silenced nothing; remove the comment",
                "3 inline-config fmlint-disable-next-line silenced nothing; remove the comment"), unused("""
                <!-- fmlint-disable -->
                <!-- fmlint-disable-file rule-b -->
                <!-- fmlint-disable-next-line -->
                """));
    }

    @Test
    void usedDisablesOfEveryKindAreNotReported() {
        assertEquals(List.of(), unused("""
                ---
                title: "[a]"  # fmlint-disable-line rule-a
                ---
                <!-- fmlint-disable rule-a -->
                [a]
                <!-- fmlint-enable rule-a -->
                <!-- fmlint-disable-next-line -->
                [a]
                [b] <!-- fmlint-disable-line rule-b -->
                <!-- fmlint-disable-file rule-b -->
                [b]
                """));
    }

    @Test
    void aDisableOfARuleTheConfigurationTurnedOffSaysSo() {
        assertEquals(List.of("1 inline-config fmlint-disable-line rule-c silenced nothing (the configuration turns "
                + "rule-c off for this file); remove the comment"),
                unused("[c] <!-- fmlint-disable-line rule-c -->\n"));
    }

    @Test
    void aFileWithoutDirectivesIsNotWalked() {
        List<Finding> findings = new ArrayList<>(List.of(new Finding("rule-a", Span.at(0), "x")));
        SourceFile file = SourceFile.of(null, "t.md", "# Plain <!-- a comment -->\n", false);
        // A null body would throw if anything walked it.
        FileContext.ParsedFile parsed = new FileContext.ParsedFile(file, Optional.empty(), null, 0);
        FileComments comments = new InlineControl(new InlineOptions(KNOWN, true))
                .read(parsed, FileSettings.defaults(RULES, SchemaSelector.NONE));
        assertSame(FileComments.NONE, comments);
        assertSame(findings, comments.keep(findings));
    }
}
