package dev.fmlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleOptionsCheckTest {
    private static final RuleMeta WITH = new RuleMeta("with-options", "Has options", Set.of(), Severity.ERROR, """
            {"type": "object", "additionalProperties": false,
             "properties": {"mode": {"enum": ["a", "b"]}, "max": {"type": "integer", "minimum": 1},
                            "words": {"type": "array", "items": {"type": "string"}}}}""", false);
    private static final RuleMeta WITHOUT = new RuleMeta("no-options", "Has none", Set.of(), Severity.ERROR, false);

    private final RuleOptionsCheck check = new RuleOptionsCheck();

    @Test
    void validOptionsPass() {
        assertEquals(List.of(), check.problems(WITH, Map.of("mode", "a", "max", 3L, "words", List.of("x"))));
        assertEquals(List.of(), check.problems(WITH, Map.of("max", 3))); // an Integer from a test loader
        assertEquals(List.of(), check.problems(WITHOUT, Map.of()));
    }

    @Test
    void eachProblemIsNamedInPlainWords() {
        assertEquals(List.of("option of with-options: mode: \"c\" is not one of \"a\", \"b\""),
                check.problems(WITH, Map.of("mode", "c")));
        assertEquals(List.of("option of with-options: max: expected an integer, found a string (\"five\")"),
                check.problems(WITH, Map.of("max", "five")));
        assertEquals(List.of("option of with-options: max: 0 is less than the minimum of 1"),
                check.problems(WITH, Map.of("max", 0L)));
        assertEquals(List.of("option of with-options: words[0]: expected a string, found an integer (1)"),
                check.problems(WITH, Map.of("words", List.of(1L))));
    }

    @Test
    void unknownKeysAreErrorsWithASuggestion() {
        List<String> problems = check.problems(WITH, Map.of("mdoe", "a"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("option of with-options: unknown key \"mdoe\""), problems.get(0));
        assertTrue(problems.get(0).endsWith("did you mean \"mode\"?"), problems.get(0));
    }

    @Test
    void aRuleWithoutOptionsRefusesThem() {
        assertEquals(List.of("no-options takes no options, but \"x\" is given; remove it or set only the severity"),
                check.problems(WITHOUT, Map.of("x", 1L)));
    }

    @Test
    void aBrokenSchemaIsReportedAsTheRulesBug() {
        RuleMeta broken = new RuleMeta("broken", "Broken", Set.of(), Severity.ERROR, "{\"type\": 7}", false);
        List<String> problems = check.problems(broken, Map.of("x", 1L));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("broken has an options schema that cannot be used (a bug in the rule): "),
                problems.get(0));
    }

    @Test
    void builtInSchemasRefuseWhatTheRulesCannotUse() {
        RuleMeta slug = new dev.fmlint.rules.BuiltinRules().rules().stream()
                .filter(r -> r.meta().id().equals("slug-format")).findFirst().orElseThrow().meta();
        List<String> problems = check.problems(slug, Map.of("pattern", "[a-z"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("option of slug-format: pattern: "), problems.get(0));
        assertEquals(List.of(), check.problems(slug, Map.of("pattern", "^[a-z]+$", "matchFilename", true)));
    }
}
