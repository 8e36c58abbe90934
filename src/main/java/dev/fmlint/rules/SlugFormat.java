package dev.fmlint.rules;

import dev.fmlint.frontmatter.YamlFlowWriter;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The front-matter {@code slug}, when it is a string, is lowercase ASCII kebab-case. A slug that only needs
 * lowercasing and hyphens gets a fix; one with other characters gets a hint, since only the writer can
 * choose their replacement (a transliteration of CJK text, a word for "&amp;").
 */
public final class SlugFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("slug-format",
            "The front-matter slug is lowercase ASCII kebab-case", Set.of("front-matter", "slug"),
            Severity.ERROR, true);
    private static final String FIXABLE = "slug \"%s\" is not lowercase kebab-case; write \"%s\"";
    private static final String NON_ASCII = "slug \"%s\" has non-ASCII characters, which URLs percent-encode; "
            + "write it by hand with a-z, 0-9 and hyphens (a translation or transliteration, e.g. \"my-post\")";
    private static final String BAD_CHARACTERS = "slug \"%s\" has characters a slug cannot use (%s); "
            + "use only a-z, 0-9 and single hyphens between words";
    private static final String EMPTY = "slug is empty; write a lowercase kebab-case slug such as \"my-post\", "
            + "or remove the key";
    private static final String NO_WORDS = "slug \"%s\" has no letters or digits; write a lowercase kebab-case "
            + "slug such as \"my-post\"";
    private static final String FIX = "rewrite slug in kebab-case";

    private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Optional<YamlNode> value = ctx.frontMatter().flatMap(fm -> fm.root().get("slug"));
        if (value.isEmpty() || !(value.get() instanceof YamlNode.Scalar scalar) || scalar.asString().isEmpty()) {
            return; // absent, or not a string: the schema's business
        }
        String slug = scalar.asString().get();
        if (KEBAB.matcher(slug).matches()) {
            return;
        }
        String quoted = Messages.quote(slug);
        if (slug.isBlank()) {
            ctx.report(scalar.span(), EMPTY);
        } else if (!slug.chars().allMatch(c -> c < 0x80)) {
            ctx.report(scalar.span(), NON_ASCII.formatted(quoted));
        } else {
            String fixed = SEPARATORS.matcher(slug.toLowerCase(Locale.ROOT).strip()).replaceAll("-")
                    .replaceAll("^-+|-+$", "");
            if (fixed.isEmpty()) {
                ctx.report(scalar.span(), NO_WORDS.formatted(quoted));
            } else if (KEBAB.matcher(fixed).matches()) {
                ctx.report(scalar.span(), FIXABLE.formatted(quoted, fixed), fix(ctx, scalar, fixed));
            } else {
                ctx.report(scalar.span(), BAD_CHARACTERS.formatted(quoted, badCharacters(slug)));
            }
        }
    }

    /** Replaces the value's text, inside its quotes when it has them, so the file keeps its quoting style. */
    private static Fix fix(RuleContext ctx, YamlNode.Scalar scalar, String fixed) {
        Span span = scalar.span();
        String text = ctx.file().slice(span);
        char open = text.isEmpty() ? 0 : text.charAt(0);
        if (!scalar.plain() && text.length() >= 2 && (open == '"' || open == '\'')
                && text.charAt(text.length() - 1) == open) {
            // a kebab-case slug needs no escaping in either quote style
            return Fix.replace(FIX, new Span(span.start() + 1, span.end() - 1), fixed);
        }
        return Fix.replace(FIX, span, YamlFlowWriter.scalar(fixed));
    }

    private static String badCharacters(String slug) {
        Set<String> bad = new TreeSet<>();
        slug.chars().filter(c -> !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || Character.isWhitespace(c)))
                .forEach(c -> bad.add("\"" + Messages.quote(String.valueOf((char) c)) + "\""));
        return String.join(" ", bad);
    }
}
