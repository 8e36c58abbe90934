package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Action and the pre-commit hook definition, read as data: what a runner cannot show without
 * GitHub (the pre-commit hook itself runs for real in {@link PreCommitHookTest}).
 */
class CiFilesTest {
    @Test
    void theActionBuildsRunsAndUploadsSarifWithoutPastingInputsIntoScripts() {
        Map<String, Object> action = yaml("action.yml");
        Map<String, Object> runs = map(action.get("runs"));
        assertEquals("composite", runs.get("using"));
        List<Map<String, Object>> steps = list(runs.get("steps"));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@")));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses"))
                .startsWith("github/codeql-action/upload-sarif@")));
        String check = steps.stream().filter(s -> "check".equals(s.get("id"))).map(s -> (String) s.get("run"))
                .findFirst().orElseThrow();
        assertTrue(check.contains("\"$GITHUB_ACTION_PATH/bin/fmlint\" check --format github --format \"sarif=$FMLINT_SARIF\""),
                check);
        Map<String, Object> inputs = map(action.get("inputs"));
        for (Map<String, Object> step : steps) {
            Object run = step.get("run");
            if (run != null) {
                assertFalse(run.toString().contains("${{"), "expressions in a script allow injection: " + run);
            }
        }
        Matcher m = Pattern.compile("inputs\\.([a-z-]+)").matcher(Posts.read(Path.of("action.yml")));
        while (m.find()) {
            assertTrue(inputs.containsKey(m.group(1)), "undeclared input " + m.group(1));
        }
    }

    @Test
    void thePreCommitHookIsOneSerialMarkdownScriptHook() {
        List<Map<String, Object>> hooks = list(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Posts.read(Path.of(".pre-commit-hooks.yaml"))));
        assertEquals(1, hooks.size(), "a second hook with 'unsupported_script' would break pre-commit 3.x");
        Map<String, Object> hook = hooks.get(0);
        assertEquals("fmlint", hook.get("id"));
        assertEquals("script", hook.get("language"));
        assertEquals(List.of("markdown"), hook.get("types"));
        assertEquals(Boolean.TRUE, hook.get("require_serial"));
        Path entry = Path.of((String) hook.get("entry"));
        assertTrue(Files.isExecutable(entry), entry + " must exist and be executable");
    }

    private static Map<String, Object> yaml(String file) {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Posts.read(Path.of(file))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
