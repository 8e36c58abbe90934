package dev.fmlint.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what only the rule catalog can tell: that every rule id a configuration names exists (with a
 * "did you mean" for typos), and that the pipeline's own checks are not switched off where that would
 * hide broken files.
 */
public final class ConfigCheck {
    /** Core checks that may be lowered to a warning but never turned off. */
    private static final Set<String> ALWAYS_ON = Set.of("read-error", "front-matter-syntax", "rule-error");

    private ConfigCheck() {}

    public static void check(Config config, Collection<String> knownIds) throws ConfigException {
        List<String> problems = new ArrayList<>();
        checkRules(config.rules(), knownIds, problems);
        for (Override o : config.overrides()) {
            checkRules(o.rules(), knownIds, problems);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join(System.lineSeparator(), problems));
        }
    }

    private static void checkRules(Map<String, RuleSetting> rules, Collection<String> known, List<String> problems) {
        rules.forEach((id, setting) -> {
            if (!known.contains(id)) {
                String hint = Suggestions.closest(id, known).map(s -> "; did you mean \"" + s + "\"?")
                        .orElse("; run 'fmlint rules' to list them");
                problems.add(setting.origin() + ": unknown rule \"" + id + "\"" + hint);
            } else if (ALWAYS_ON.contains(id) && setting.level() == Level.OFF) {
                problems.add(setting.origin() + ": \"" + id + "\" cannot be turned off (a file fmlint cannot read "
                        + "must never pass silently); set it to warning instead");
            }
        });
    }
}
