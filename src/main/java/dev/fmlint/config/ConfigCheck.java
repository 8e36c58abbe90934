package dev.fmlint.config;

import dev.fmlint.spi.RuleMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what only the rule catalog can tell: that every rule id a configuration names exists (with a
 * "did you mean" for typos), that every rule's options match the rule's options schema, and that the
 * pipeline's own checks are not switched off where that would hide broken files.
 */
public final class ConfigCheck {
    /** Core checks that may be lowered to a warning but never turned off. */
    private static final Set<String> ALWAYS_ON = Set.of("read-error", "front-matter-syntax", "rule-error");

    private ConfigCheck() {}

    /**
     * @param catalog every rule and core check of the run, as {@code RuleRegistry.catalog()} lists them
     */
    public static void check(Config config, List<RuleMeta> catalog) throws ConfigException {
        Map<String, RuleMeta> known = new LinkedHashMap<>();
        catalog.forEach(m -> known.put(m.id(), m));
        List<String> problems = new ArrayList<>();
        RuleOptionsCheck options = new RuleOptionsCheck();
        checkRules(config.rules(), known.keySet(), problems);
        checkOptions(config.rules(), known, options, problems);
        for (Override o : config.overrides()) {
            checkRules(o.rules(), known.keySet(), problems);
            checkOptions(o.rules(), known, options, problems);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join(System.lineSeparator(), problems));
        }
    }

    private static void checkOptions(Map<String, RuleSetting> rules, Map<String, RuleMeta> known,
                                     RuleOptionsCheck check, List<String> problems) {
        rules.forEach((id, setting) -> {
            RuleMeta meta = known.get(id);
            if (meta != null) {
                check.problems(meta, setting.options()).forEach(p -> problems.add(setting.origin() + ": " + p));
            }
        });
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
