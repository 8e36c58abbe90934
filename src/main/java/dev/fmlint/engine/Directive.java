package dev.fmlint.engine;

import dev.fmlint.source.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code fmlint-…} comment, from the body ({@code <!-- … -->}) or the front matter ({@code # …}).
 *
 * @param kind  what it does
 * @param rules the rule ids it names, in order; empty means every rule
 * @param span  the whole comment: its lines are the ones it acts on, and reports about it point here
 */
record Directive(Kind kind, List<RuleRef> rules, Span span) implements InlineComment {
    Directive {
        rules = List.copyOf(rules);
    }

    /** The directives, by the word that starts the comment. */
    enum Kind {
        DISABLE("fmlint-disable"),
        ENABLE("fmlint-enable"),
        DISABLE_LINE("fmlint-disable-line"),
        DISABLE_NEXT_LINE("fmlint-disable-next-line"),
        DISABLE_FILE("fmlint-disable-file");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        String keyword() {
            return keyword;
        }

        static Optional<Kind> of(String keyword) {
            return Arrays.stream(values()).filter(k -> k.keyword.equals(keyword)).findFirst();
        }

        static List<String> keywords() {
            return Arrays.stream(values()).map(Kind::keyword).toList();
        }
    }

    /** A rule id as written in a directive, with its place so that a misspelt one can be pointed at. */
    record RuleRef(String id, Span span) {}

    boolean allRules() {
        return rules.isEmpty();
    }

    /** The directive as a user would recognise it in a message: its keyword and rule ids, without the reason. */
    String describe() {
        return rules.isEmpty() ? kind.keyword()
                : kind.keyword() + " " + rules.stream().map(RuleRef::id).collect(Collectors.joining(" "));
    }
}
