package dev.fmlint.custom;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.YamlNode;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One check of a custom rule, applied to each item of its scope. Patterns are RE2/J: linear time. */
sealed interface Check permits Check.Forbid, Check.Require, Check.OneOf, Check.Length, Check.NotEqualField {

    void check(Item item, Reporter out);

    /** A few words for the rule's documentation page. */
    String describe();

    /**
     * Each match of the pattern is a finding, at the match. An empty match counts only when the text is
     * empty, so {@code ^\s*$} finds blank values while {@code x*} does not report every position.
     *
     * @param suggest the replacement that becomes the finding's fix, or null
     */
    record Forbid(Pattern pattern, Replacement suggest) implements Check {
        @Override
        public void check(Item item, Reporter out) {
            String text = item.text();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.start() == m.end() && !text.isEmpty()) {
                    continue;
                }
                out.report(item.locate(m.start(), m.end()), text, m.group(), fix(item, m));
            }
        }

        /** A fix when the match is written verbatim and the replacement can be written there as is. */
        private Fix fix(Item item, Matcher m) {
            Segment segment = suggest == null ? null : item.verbatim(m.start(), m.end());
            if (segment == null) {
                return null;
            }
            String replacement = suggest.expand(m);
            String result = item.text().substring(0, m.start()) + replacement + item.text().substring(m.end());
            if (!segment.writing().accepts(replacement, result)) {
                return null;
            }
            return Fix.replace("replace \"" + Messages.quote(m.group()) + "\" with \"" + Messages.quote(replacement)
                    + "\"", item.locate(m.start(), m.end()), replacement);
        }

        @Override
        public String describe() {
            return "forbid `" + pattern.pattern() + "`" + (suggest == null ? "" : ", fix: `" + suggest.text() + "`");
        }
    }

    /** The pattern must match somewhere in each item; an item without a match is a finding. */
    record Require(Pattern pattern) implements Check {
        @Override
        public void check(Item item, Reporter out) {
            if (!pattern.matcher(item.text()).find()) {
                out.report(item.span(), item.text(), item.text(), null);
            }
        }

        @Override
        public String describe() {
            return "require `" + pattern.pattern() + "`";
        }
    }

    /**
     * Each item must be one of the values, compared as text ({@code 2024} matches {@code "2024"}).
     *
     * @param from where the values come from, for documentation ({@code one-of}, {@code one-of-file x.txt})
     */
    record OneOf(Set<String> values, String from) implements Check {
        public OneOf {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        @Override
        public void check(Item item, Reporter out) {
            if (!values.contains(item.text())) {
                out.report(item.span(), item.text(), item.text(), null);
            }
        }

        @Override
        public String describe() {
            List<String> shown = values.stream().limit(10).map(v -> "\"" + Messages.quote(v) + "\"").toList();
            return "one of " + String.join(", ", shown) + (values.size() > shown.size() ? ", … (" + values.size()
                    + " values)" : "") + " (" + from + ")";
        }
    }

    /** Each item's length in code points (a CJK character or an emoji counts once) is within the bounds. */
    record Length(Integer min, Integer max) implements Check {
        @Override
        public void check(Item item, Reporter out) {
            int length = item.text().codePointCount(0, item.text().length());
            if ((min != null && length < min) || (max != null && length > max)) {
                out.report(item.span(), item.text(), item.text(), null);
            }
        }

        @Override
        public String describe() {
            return min == null ? "at most " + max + " characters" : max == null ? "at least " + min + " characters"
                    : "between " + min + " and " + max + " characters";
        }
    }

    /**
     * Each item must differ from another front-matter value, ignoring case and white space (an excerpt that
     * only repeats the title). Nothing is reported when the other value is absent.
     */
    record NotEqualField(String pointer, String label) implements Check {
        @Override
        public void check(Item item, Reporter out) {
            Optional<String> other = out.ctx().frontMatter()
                    .flatMap(fm -> FrontMatterValues.lookup(fm.root(), pointer))
                    .filter(YamlNode.Scalar.class::isInstance)
                    .map(n -> FrontMatterValues.text((YamlNode.Scalar) n));
            if (other.isPresent() && normalize(other.get()).equals(normalize(item.text()))) {
                out.report(item.span(), item.text(), item.text(), null);
            }
        }

        private static String normalize(String text) {
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            return folded.replaceAll("[\\s\\p{Z}]+", " ").strip();
        }

        @Override
        public String describe() {
            return "not the same as " + label + " (ignoring case and white space)";
        }
    }
}
