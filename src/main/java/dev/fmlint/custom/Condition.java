package dev.fmlint.custom;

import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.YamlNode;
import java.util.Optional;

/**
 * A {@code when} condition on a front-matter value; a rule with conditions runs only where all hold. A
 * key with a null value counts as absent.
 *
 * @param label how the configuration named the value ({@code draft}, {@code /meta/draft})
 */
record Condition(String pointer, String label, Test test) {

    boolean holds(Optional<FrontMatter> frontMatter) {
        Optional<YamlNode> node = frontMatter.flatMap(fm -> FrontMatterValues.lookup(fm.root(), pointer));
        return test.holds(node);
    }

    String describe() {
        return test.describe(label);
    }

    /** What the condition asks of the value. */
    sealed interface Test permits Equals, NotEquals, Exists {
        boolean holds(Optional<YamlNode> node);

        String describe(String label);
    }

    /** The value equals the given one; {@code equals: null} holds when the value is absent or null. */
    record Equals(Object value) implements Test {
        @Override
        public boolean holds(Optional<YamlNode> node) {
            return FrontMatterValues.present(node) ? FrontMatterValues.same(node.get().data(), value) : value == null;
        }

        @Override
        public String describe(String label) {
            return label + " is " + literal(value);
        }
    }

    /** The value is absent or anything but the given one. */
    record NotEquals(Object value) implements Test {
        @Override
        public boolean holds(Optional<YamlNode> node) {
            return !new Equals(value).holds(node);
        }

        @Override
        public String describe(String label) {
            return label + " is not " + literal(value);
        }
    }

    /** The value is there (or, with {@code exists: false}, is not). */
    record Exists(boolean exists) implements Test {
        @Override
        public boolean holds(Optional<YamlNode> node) {
            return FrontMatterValues.present(node) == exists;
        }

        @Override
        public String describe(String label) {
            return label + (exists ? " is set" : " is not set");
        }
    }

    private static String literal(Object value) {
        return value instanceof String s ? "\"" + Messages.quote(s) + "\"" : Messages.quote(String.valueOf(value));
    }
}
