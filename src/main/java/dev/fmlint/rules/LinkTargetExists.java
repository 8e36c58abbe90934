package dev.fmlint.rules;

import dev.fmlint.config.Suggestions;
import dev.fmlint.source.Span;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Location;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.RunContext;
import dev.fmlint.spi.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * Relative links and images point to files that exist, with the exact letter case (as on Linux servers),
 * and {@code #fragment}s point to a heading or anchor: in the same file, or in another Markdown file of
 * the project. Anchors are computed as GitHub does. URLs with a scheme ({@code https:}, {@code mailto:})
 * are never fetched or checked, and nothing outside the project folder is looked at.
 *
 * <p>Fragments within a file are checked with the file; other files are checked in the whole-run step,
 * which looks each folder up once and reads each linked file outside the run once.
 */
public final class LinkTargetExists implements CrossFileRule<LinkTargetExists.Facts> {
    private static final RuleMeta META = new RuleMeta("link-target-exists",
            "Relative links and images point to files and headings that exist", Set.of("links"), Severity.ERROR, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "siteRoot": {
                  "description": "the folder, relative to the project folder, that links starting with / point into",
                  "type": "string"
                }
              }
            }""", false);
    private static final String NO_FILE = "%s \"%s\" does not exist%s";
    private static final String CASE_HINT = "; \"%s\" is spelled \"%s\" on disk, and letter case matters";
    private static final String NO_ANCHOR_HERE = "no heading or anchor \"#%s\" in this file%s";
    private static final String NO_ANCHOR_THERE = "\"%s\" has no heading or anchor \"#%s\"%s";
    private static final String DID_YOU_MEAN = "; did you mean \"#%s\"?";

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Set<String> MARKDOWN = Set.of("md", "markdown");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** One file's anchors, and its links into other files. */
    public record Facts(Set<String> anchors, List<Target> links) {}

    /**
     * A link to check at the end of the run.
     *
     * @param written  the destination as written, for messages
     * @param path     its path part, percent-decoded
     * @param fragment its fragment, percent-decoded, or null
     */
    public record Target(String written, String path, String fragment, boolean image, Location where) {}

    @Override
    public void check(RuleContext ctx) {
        Set<String> anchors = null;
        for (Destination d : destinations(ctx)) {
            if (d.parsed().path().isEmpty() && d.parsed().fragment() != null) {
                if (anchors == null) {
                    anchors = HeadingAnchors.of(ctx.markdown());
                }
                String fragment = d.parsed().fragment();
                if (!has(anchors, fragment)) {
                    ctx.report(d.span(), NO_ANCHOR_HERE.formatted(Messages.quote(fragment), hint(anchors, fragment)));
                }
            }
        }
    }

    @Override
    public Facts collect(RuleContext ctx) {
        if (ctx.file().path() == null) {
            return null;
        }
        List<Target> links = new ArrayList<>();
        for (Destination d : destinations(ctx)) {
            Parsed p = d.parsed();
            if (!p.path().isEmpty()) {
                links.add(new Target(d.written(), p.path(), p.fragment(), d.image(), Location.of(ctx.file(), d.span())));
            }
        }
        return new Facts(Set.copyOf(HeadingAnchors.of(ctx.markdown())), List.copyOf(links));
    }

    @Override
    public void finish(List<Collected<Facts>> files, RunContext run) {
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Collected<Facts> f : files) {
            anchors.put(f.path(), f.facts().anchors());
        }
        Map<Path, Optional<Set<String>>> outside = new HashMap<>();
        for (Collected<Facts> file : files) {
            String siteRoot = file.options().string("siteRoot", null);
            for (Target link : file.facts().links()) {
                Optional<Path> resolved = resolve(run, file.path(), link.path(), siteRoot);
                if (resolved.isEmpty()) {
                    continue; // a site path without siteRoot, or a path that leaves the project: not ours to judge
                }
                Path target = resolved.get();
                if (!run.exists(target)) {
                    run.report(file, link.where(), NO_FILE.formatted(link.image() ? "image" : "link target",
                            Messages.quote(link.written()), caseHint(run, target)));
                    continue;
                }
                String fragment = link.fragment();
                if (fragment == null || !isMarkdown(target)) {
                    continue;
                }
                Set<String> there = anchors.get(target);
                if (there == null) {
                    there = outside.computeIfAbsent(target, t -> run.markdown(t).map(HeadingAnchors::of)).orElse(null);
                }
                if (there != null && !has(there, fragment)) {
                    run.report(file, link.where(), NO_ANCHOR_THERE.formatted(Messages.quote(link.path()),
                            Messages.quote(fragment), hint(there, fragment)));
                }
            }
        }
    }

    /** The file a link names, inside the project; empty when it is not to be checked. */
    private static Optional<Path> resolve(RunContext run, Path from, String path, String siteRoot) {
        try {
            Path target;
            if (path.startsWith("/")) {
                if (siteRoot == null) {
                    return Optional.empty();
                }
                target = run.projectRoot().resolve(siteRoot).resolve(path.substring(1)).normalize();
            } else {
                target = from.getParent().resolve(path).normalize();
            }
            return target.startsWith(run.projectRoot()) ? Optional.of(target) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The first part of the path that exists with other letter case, as a hint; or nothing. */
    private static String caseHint(RunContext run, Path target) {
        Path dir = run.projectRoot();
        for (Path name : run.projectRoot().relativize(target)) {
            Set<String> names = run.list(dir);
            String wanted = name.toString();
            if (!names.contains(wanted)) {
                for (String n : names) {
                    if (n.equalsIgnoreCase(wanted)) {
                        return CASE_HINT.formatted(Messages.quote(wanted), Messages.quote(n));
                    }
                }
                return "";
            }
            dir = dir.resolve(name);
        }
        return "";
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && MARKDOWN.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether a fragment names an anchor; {@code #top} always does, as in browsers. */
    private static boolean has(Set<String> anchors, String fragment) {
        return anchors.contains(fragment) || fragment.equals("top");
    }

    private static String hint(Set<String> anchors, String fragment) {
        String slug = HeadingAnchors.slug(fragment);
        if (anchors.contains(slug)) {
            return DID_YOU_MEAN.formatted(Messages.quote(slug));
        }
        return Suggestions.closest(fragment, anchors).map(s -> DID_YOU_MEAN.formatted(Messages.quote(s))).orElse("");
    }

    // --- destinations ----------------------------------------------------------------------------------------

    /** A link, image or link reference definition of the file, with its destination split up. */
    private record Destination(String written, Parsed parsed, boolean image, Span span) {}

    /** A destination's path and fragment, both percent-decoded; the query is dropped. */
    private record Parsed(String path, String fragment) {
        static Optional<Parsed> of(String destination) {
            if (destination.isEmpty() || SCHEME.matcher(destination).find() || destination.startsWith("//")) {
                return Optional.empty(); // no target, or a URL: never fetched
            }
            int hash = destination.indexOf('#');
            String path = hash < 0 ? destination : destination.substring(0, hash);
            String fragment = hash < 0 ? null : destination.substring(hash + 1);
            int query = path.indexOf('?');
            if (query >= 0) {
                path = path.substring(0, query);
            }
            if (fragment != null && fragment.isEmpty()) {
                fragment = null; // "#" alone goes to the top of the page
            }
            if (path.isEmpty() && fragment == null) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(decode(path), fragment == null ? null : decode(fragment)));
        }
    }

    private static List<Destination> destinations(RuleContext ctx) {
        List<Destination> found = new ArrayList<>();
        ctx.markdown().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getParent() instanceof Heading h && HeadingText.isDocfxTab(h)) {
                    return; // a DocFX tab ("# [Linux](#tab/linux)"), not a link
                }
                if (inline(ctx, link)) {
                    destination(link.getDestination(), false, ctx.span(link));
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (inline(ctx, image)) {
                    destination(image.getDestination(), true, ctx.span(image));
                }
                visitChildren(image);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                destination(definition.getDestination(), false, ctx.span(definition));
            }

            private void destination(String written, boolean image, Span span) {
                Parsed.of(written).ifPresent(p -> found.add(new Destination(written, p, image, span)));
            }
        });
        return found;
    }

    /**
     * Whether a link has its destination in place ({@code [a](b)}), rather than taking it from a reference
     * definition ({@code [a][b]}), which is checked once at the definition. Autolinks are URLs.
     */
    private static boolean inline(RuleContext ctx, Node link) {
        String source = ctx.file().slice(ctx.span(link));
        return source.endsWith(")");
    }

    /** Percent-decodes UTF-8 ({@code %E4%B8%AD} is 中); text that does not decode stays as written. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
