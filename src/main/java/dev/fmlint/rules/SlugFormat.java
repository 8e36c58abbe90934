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
 * choose their replacement (a transliteration of CJK text, a word for "&amp;"). Options: a {@code pattern}
 * of the site's own instead of kebab-case, and {@code matchFilename}, for sites where the slug must equal
 * the file's name (or its folder's, for {@code index.md}).
 */
public final class SlugFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("slug-format",
            "The front-matter slug is lowercase ASCII kebab-case", Set.of("front-matter", "slug"),
            Severity.ERROR, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "pattern": {
                  "description": "a regular expression the whole slug must match, instead of kebab-case",
                  "type": "string", "format": "regex", "minLength": 1
                },
                "matchFilename": {
                  "description": "the slug equals the file name without extension (the folder name for index files)",
                  "type": "boolean"
                }
              }
            }""", true);
    private static final String FIXABLE = "slug \"%s\" is not lowercase kebab-case; write \"%s\"";
    private static final String NON_ASCII = "slug \"%s\" has non-ASCII characters, which URLs percent-encode; "
            + "write it by hand with a-z, 0-9 and hyphens (a translation or transliteration, e.g. \"my-post\")";
    private static final String BAD_CHARACTERS = "slug \"%s\" has characters a slug cannot use (%s); "
            + "use only a-z, 0-9 and single hyphens between words";
    private static final String EMPTY = "slug is empty; write a lowercase kebab-case slug such as \"my-post\", "
            + "or remove the key";
    private static final String NO_WORDS = "slug \"%s\" has no letters or digits; write a lowercase kebab-case "
            + "slug such as \"my-post\"";
    private static final String NO_MATCH = "slug \"%s\" does not match the pattern %s set in the configuration";
    private static final String NOT_FILENAME = "slug \"%s\" does not match the %s name \"%s\"; rename one of "
            + "them so that they agree";
    private static final String FIX = "rewrite slug in kebab-case";

    private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
    /** Files that stand for their folder, whose slug is the folder's name. */
    private static final Set<String> INDEX_FILES = Set.of("index", "_index", "readme");
    /** Jekyll's date prefix in post file names: 2024-05-01-my-post.md has the slug my-post. */
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

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
        if (ctx.options().bool("matchFilename", false)) {
            matchFilename(ctx, scalar, slug);
        }
        String pattern = ctx.options().string("pattern", null);
        if (pattern != null) {
            if (!Pattern.compile(pattern).matcher(slug).matches()) {
                ctx.report(scalar.span(), NO_MATCH.formatted(Messages.quote(slug), Messages.quote(pattern)));
            }
            return;
        }
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

    private static void matchFilename(RuleContext ctx, YamlNode.Scalar scalar, String slug) {
        String name = ctx.file().path() != null ? ctx.file().path().getFileName().toString()
                : ctx.file().displayPath().substring(ctx.file().displayPath().replace('\\', '/').lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String kind = "file";
        String expected = DATE_PREFIX.matcher(stem).replaceFirst("");
        if (INDEX_FILES.contains(stem.toLowerCase(Locale.ROOT))) {
            java.nio.file.Path folder = ctx.file().path() != null ? ctx.file().path().toAbsolutePath().getParent() : null;
            if (folder == null || folder.getFileName() == null) {
                return; // an index file with no folder name to compare with
            }
            kind = "folder";
            expected = folder.getFileName().toString();
        }
        if (!slug.equals(expected)) {
            ctx.report(scalar.span(), NOT_FILENAME.formatted(Messages.quote(slug), kind, Messages.quote(expected)));
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
