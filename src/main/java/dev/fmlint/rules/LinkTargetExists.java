package dev.fmlint.rules;

import dev.fmlint.config.Suggestions;
import dev.fmlint.source.Span;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Location;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.ProjectFiles;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <p>Files, their letter case and fragments within the file are checked with the file, on all cores;
 * fragments into other files in the whole-run step, with the anchors the run collected, reading each
 * linked file outside the run once. Each folder is listed once per run.
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

    private static final Set<String> MARKDOWN = Set.of("md", "markdown");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /**
     * What one file leaves for the end of the run: its anchors, for links from other files, and its links
     * to headings of other Markdown files. Everything else, existence and letter case included, is checked
     * while the file is. Kept small, as a run may hold thousands of files.
     *
     * @param anchors the anchors, each followed by a line break (no anchor holds one)
     * @param links   the links to a heading in another Markdown file that exists
     */
    public record Facts(String anchors, List<Into> links) {
        boolean hasAnchor(String fragment) {
            return fragment.indexOf('\n') < 0 && (anchors.startsWith(fragment + "\n")
                    || anchors.contains("\n" + fragment + "\n"));
        }

        /** The anchors as a list, for messages. */
        List<String> anchorList() {
            return anchors.isEmpty() ? List.of() : List.of(anchors.split("\n"));
        }
    }

    /**
     * A link to a heading of another Markdown file.
     *
     * @param target   the file, absolute
     * @param path     the path as written, percent-decoded, for messages
     * @param fragment the fragment, percent-decoded
     */
    public record Into(String target, String path, String fragment, Location where) {}

    @Override
    public void check(RuleContext ctx) {
        Walk walk = new Walk(ctx, true);
        ctx.markdown().accept(walk);
        checkFragments(ctx, walk);
    }

    @Override
    public Facts collect(RuleContext ctx, ProjectFiles project) {
        Walk walk = new Walk(ctx, false);
        ctx.markdown().accept(walk);
        checkFragments(ctx, walk);
        if (ctx.file().path() == null) {
            return null;
        }
        String folder = slashes(ctx.file().path().toAbsolutePath().normalize().getParent().toString());
        String root = slashes(project.projectRoot().toString());
        String siteRoot = ctx.options().string("siteRoot", null);
        String site = siteRoot == null ? null : slashes(project.projectRoot().resolve(siteRoot).normalize().toString());
        Map<Path, String> hints = new HashMap<>();
        List<Into> into = new ArrayList<>();
        for (Destination d : walk.found) {
            Parsed p = d.parsed();
            if (p.path().isEmpty()) {
                continue;
            }
            Optional<Path> target = resolve(root, folder, site, p.path());
            if (target.isEmpty()) {
                continue; // a site path without siteRoot, or a path that leaves the project: not ours to judge
            }
            if (!project.exists(target.get())) {
                ctx.report(d.span(), NO_FILE.formatted(d.image() ? "image" : "link target", Messages.quote(d.written()),
                        caseHint(project, target.get(), hints)));
            } else if (p.fragment() != null && isMarkdown(target.get())) {
                into.add(new Into(target.get().toString(), p.path(), p.fragment(), Location.of(ctx.file(), d.span())));
            }
        }
        StringBuilder anchors = new StringBuilder();
        walk.anchors().forEach(anchor -> anchors.append(anchor.replace('\n', ' ')).append('\n'));
        return new Facts(anchors.toString(), List.copyOf(into));
    }

    /** Fragments into the file itself ({@code #install}) name one of its anchors. */
    private static void checkFragments(RuleContext ctx, Walk walk) {
        for (Destination d : walk.found) {
            String fragment = d.parsed().fragment();
            if (d.parsed().path().isEmpty() && fragment != null && !has(walk.anchors(), fragment)) {
                ctx.report(d.span(), NO_ANCHOR_HERE.formatted(Messages.quote(fragment), hint(walk.anchors(), fragment)));
            }
        }
    }

    @Override
    public void finish(List<Collected<Facts>> files, RunContext run) {
        Map<String, Facts> inRun = new HashMap<>();
        for (Collected<Facts> f : files) {
            inRun.put(f.path().toString(), f.facts());
        }
        Map<String, Optional<Set<String>>> outside = new HashMap<>();
        for (Collected<Facts> file : files) {
            for (Into link : file.facts().links()) {
                Facts there = inRun.get(link.target());
                boolean found;
                Collection<String> anchors;
                if (there != null) {
                    found = there.hasAnchor(link.fragment());
                    anchors = found ? List.of() : there.anchorList();
                } else {
                    Optional<Set<String>> read = outside.computeIfAbsent(link.target(),
                            t -> run.markdown(Path.of(t)).map(HeadingAnchors::of));
                    if (read.isEmpty()) {
                        continue; // unreadable: the file exists, which is all we can tell
                    }
                    found = read.get().contains(link.fragment());
                    anchors = read.get();
                }
                if (!found && !link.fragment().equals("top")) {
                    run.report(file, link.where(), NO_ANCHOR_THERE.formatted(Messages.quote(link.path()),
                            Messages.quote(link.fragment()), hint(anchors, link.fragment())));
                }
            }
        }
    }

    /**
     * The file a link names, inside the project; empty when it is not to be checked. Worked out on text,
     * with "/" between names, since a run resolves a hundred thousand links.
     *
     * @param root   the project folder, absolute and normalised
     * @param folder the linking file's folder, absolute and normalised
     * @param site   the folder "/" links point into, or null
     */
    static Optional<Path> resolve(String root, String folder, String site, String path) {
        String base;
        if (path.startsWith("/")) {
            if (site == null) {
                return Optional.empty();
            }
            base = site;
        } else {
            base = folder;
        }
        // The base is normalised already; each name of the path is added, or undoes one for "..".
        StringBuilder target = new StringBuilder(base.length() + path.length() + 1).append(base);
        int rootLength = base.startsWith("/") ? 1 : Math.max(0, base.indexOf('/') + 1); // "/" or "C:/"
        for (int start = 0; start <= path.length(); ) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int len = end - start;
            if (len == 2 && path.startsWith("..", start)) {
                int cut = target.lastIndexOf("/");
                if (target.length() <= rootLength || cut < 0) {
                    return Optional.empty(); // above the file system's root
                }
                target.setLength(Math.max(cut, rootLength));
            } else if (len > 0 && !(len == 1 && path.charAt(start) == '.')) {
                if (target.length() > 0 && target.charAt(target.length() - 1) != '/') {
                    target.append('/');
                }
                target.append(path, start, end);
            }
            start = end + 1;
        }
        String resolved = target.toString();
        if (!(resolved.equals(root) || resolved.startsWith(root.endsWith("/") ? root : root + "/"))) {
            return Optional.empty(); // out of the project
        }
        try {
            return Optional.of(Path.of(resolved));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String slashes(String path) {
        return java.io.File.separatorChar == '/' ? path : path.replace(java.io.File.separatorChar, '/');
    }

    /**
     * Where a missing file's path first differs only in letter case from what is on disk, as a hint; or
     * nothing. Links into one missing folder share their hint, so it is worked out once per folder.
     */
    private static String caseHint(ProjectFiles run, Path target, Map<Path, String> hints) {
        Path parent = target.getParent();
        if (parent == null || !parent.startsWith(run.projectRoot())) {
            return "";
        }
        if (!parent.equals(run.projectRoot()) && !run.exists(parent)) {
            String hint = hints.get(parent); // not computeIfAbsent: working it out adds the parents' hints
            if (hint == null) {
                hint = caseHint(run, parent, hints);
                hints.put(parent, hint);
            }
            return hint;
        }
        String wanted = target.getFileName().toString();
        for (String n : run.list(parent)) {
            if (n.equalsIgnoreCase(wanted) && !n.equals(wanted)) {
                return CASE_HINT.formatted(Messages.quote(wanted), Messages.quote(n));
            }
        }
        return "";
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && MARKDOWN.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether a fragment names an anchor; {@code #top} always does, as in browsers. */
    private static boolean has(Collection<String> anchors, String fragment) {
        return anchors.contains(fragment) || fragment.equals("top");
    }

    private static String hint(Collection<String> anchors, String fragment) {
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
            if (destination.isEmpty() || hasScheme(destination) || destination.startsWith("//")) {
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

    /**
     * One pass over a file: its anchors, and its links, images and link reference definitions with their
     * destinations split up.
     */
    private static final class Walk extends HeadingAnchors.Collector {
        final List<Destination> found = new ArrayList<>();
        private final RuleContext ctx;
        private final boolean fragmentsOnly;

        /** @param fragmentsOnly keep only the links into the file itself ({@code #fragment}) */
        Walk(RuleContext ctx, boolean fragmentsOnly) {
            this.ctx = ctx;
            this.fragmentsOnly = fragmentsOnly;
        }

        @Override
        public void visit(Link link) {
            if (link.getParent() instanceof Heading h && HeadingText.isDocfxTab(h)) {
                return; // a DocFX tab ("# [Linux](#tab/linux)"), not a link
            }
            destination(link, link.getDestination(), false);
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            destination(image, image.getDestination(), true);
            visitChildren(image);
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            destination(definition, definition.getDestination(), false);
        }

        private void destination(Node node, String written, boolean image) {
            if (fragmentsOnly && !written.startsWith("#")) {
                return;
            }
            Optional<Parsed> parsed = Parsed.of(written);
            if (parsed.isEmpty()) {
                return;
            }
            Span span = ctx.span(node);
            // A link that takes its destination from a definition ([a][b]) is checked at the definition.
            if (node instanceof LinkReferenceDefinition || ctx.file().text().charAt(span.end() - 1) == ')') {
                found.add(new Destination(written, parsed.get(), image, span));
            }
        }
    }

    /** Whether a destination starts with a URL scheme ({@code https:}, {@code mailto:}): never checked. */
    private static boolean hasScheme(String destination) {
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'))) {
                return false;
            }
        }
        return false;
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
