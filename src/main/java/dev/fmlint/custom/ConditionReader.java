package dev.fmlint.custom;

import dev.fmlint.spi.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a rule's {@code when}: one condition, or a non-empty list of them that must all hold. */
final class ConditionReader {
    static final List<String> KEYS = List.of("field", "pointer", "equals", "not", "exists");
    static final List<String> SUBJECTS = List.of("field", "pointer");
    static final List<String> TESTS = List.of("equals", "not", "exists");

    private ConditionReader() {}

    static List<Condition> read(YamlNode when, String ruleName) throws BadDefinition {
        if (when instanceof YamlNode.Mapping m) {
            return List.of(condition(new Definition(m, ruleName)));
        }
        if (when instanceof YamlNode.Sequence list && !list.items().isEmpty()) {
            List<Condition> all = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (!(item instanceof YamlNode.Mapping m)) {
                    throw new BadDefinition(item.span(), ruleName + ": each when condition is a mapping such as "
                            + "{field: draft, not: true}");
                }
                all.add(condition(new Definition(m, ruleName)));
            }
            return all;
        }
        throw new BadDefinition(when.span(), ruleName + ": when must be a condition such as {field: draft, not: "
                + "true}, or a list of them (all must hold)");
    }

    private static Condition condition(Definition d) throws BadDefinition {
        d.onlyKeys(KEYS);
        List<String> subjects = d.written(SUBJECTS);
        if (subjects.size() != 1) {
            throw d.bad(subjects.isEmpty() ? d.span() : d.keySpan(subjects.get(1)), "a when condition names one "
                    + "value: field (a front-matter key) or pointer (a JSON pointer), not "
                    + (subjects.isEmpty() ? "none" : "both"));
        }
        List<String> tests = d.written(TESTS);
        if (tests.size() != 1) {
            throw d.bad(tests.isEmpty() ? d.span() : d.keySpan(tests.get(1)), "a when condition has exactly one "
                    + "test: equals, not or exists" + (tests.isEmpty() ? "" : "; found " + String.join(" and ", tests)));
        }
        String label;
        String pointer;
        if (subjects.get(0).equals("field")) {
            label = d.text("field").orElseThrow();
            pointer = FrontMatterValues.pointerOf(label);
        } else {
            pointer = d.pointer("pointer");
            label = pointer;
        }
        Condition.Test test = switch (tests.get(0)) {
            case "equals" -> new Condition.Equals(d.value("equals").data());
            case "not" -> new Condition.NotEquals(d.value("not").data());
            default -> new Condition.Exists(d.bool("exists"));
        };
        return new Condition(pointer, label, test);
    }
}
