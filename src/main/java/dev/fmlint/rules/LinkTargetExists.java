package dev.fmlint.rules;

import dev.fmlint.config.Suggestions;
import dev.fmlint.source.Span;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Location;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.PlainData;
import dev.fmlint.spi.ProjectFiles;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.RunContext;
import dev.fmlint.spi.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Block;
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
     * @param anchorSources what the file's anchors are made of (see {@link HeadingAnchors#sources}): most
     *                      files are no link's target, so their anchors are made only when one is
     * @param links         the links to a heading in another Markdown file that exists
     */
    public record Facts(String anchorSources, List<Into> links) {
        Set<String> anchors() {
            return HeadingAnchors.of(anchorSources);
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
        checkFragments(ctx, Page.of(ctx, true));
    }

    @Override
    public Facts collect(RuleContext ctx, ProjectFiles project) {
        Page page = Page.of(ctx, false);
        checkFragments(ctx, page);
        if (ctx.file().path() == null) {
            return null;
        }
        String folder = LinkPath.slashes(ctx.file().path().toAbsolutePath().normalize().getParent().toString());
        String root = LinkPath.slashes(project.projectRoot().toString());
        String siteRoot = ctx.options().string("siteRoot", null);
        String site = siteRoot == null ? null
                : LinkPath.slashes(project.projectRoot().resolve(siteRoot).normalize().toString());
        Map<Path, String> hints = new HashMap<>();
        List<Into> into = new ArrayList<>();
        for (Destination d : page.found) {
            LinkPath p = d.parsed();
            if (p.path().isEmpty()) {
                continue;
            }
            Optional<String> target = LinkPath.resolve(root, folder, site, p.path());
            if (target.isEmpty()) {
                continue; // a site path without siteRoot, or a path that leaves the project: not ours to judge
            }
            if (!project.exists(target.get())) {
                ctx.report(d.span(), NO_FILE.formatted(d.image() ? "image" : "link target", Messages.quote(d.written()),
                        caseHint(project, Path.of(target.get()), hints)));
            } else if (p.fragment() != null && isMarkdown(target.get())) {
                into.add(new Into(target.get(), p.path(), p.fragment(), Location.of(ctx.file(), d.span())));
            }
        }
        return new Facts(page.sources(), List.copyOf(into));
    }

    /** Fragments into the file itself ({@code #install}) name one of its anchors. */
    private static void checkFragments(RuleContext ctx, Page page) {
        for (Destination d : page.found) {
            String fragment = d.parsed().fragment();
            if (d.parsed().path().isEmpty() && fragment != null && !has(page.anchors(), fragment)) {
                ctx.report(d.span(), NO_ANCHOR_HERE.formatted(Messages.quote(fragment), hint(page.anchors(), fragment)));
            }
        }
    }

    /** {"anchorSources": text, "links": [[target, path, fragment, line, column, end line, end column], ...]}. */
    @Override
    public Optional<Object> factsToData(Facts facts) {
        List<Object> links = new ArrayList<>(facts.links().size());
        for (Into link : facts.links()) {
            List<Object> item = new ArrayList<>(List.of(link.target(), link.path(), link.fragment()));
            item.addAll(PlainData.location(link.where()));
            links.add(item);
        }
        return Optional.of(Map.of("anchorSources", facts.anchorSources(), "links", links));
    }

    @Override
    public Facts factsFromData(Object data) {
        Map<?, ?> map = PlainData.map(data);
        List<Into> links = new ArrayList<>();
        for (Object o : PlainData.list(map.get("links"))) {
            List<?> item = PlainData.tuple(o, 7);
            String target = PlainData.string(item.get(0));
            if (!Path.of(target).isAbsolute()) {
                throw new IllegalArgumentException("link target " + target + " is not absolute");
            }
            links.add(new Into(target, PlainData.string(item.get(1)), PlainData.string(item.get(2)),
                    PlainData.location(item.subList(3, 7))));
        }
        return new Facts(HeadingAnchors.checked(PlainData.string(map.get("anchorSources"))), List.copyOf(links));
    }

    @Override
    public void finish(List<Collected<Facts>> files, RunContext run) {
        Map<String, Facts> inRun = new HashMap<>();
        for (Collected<Facts> f : files) {
            inRun.put(f.path().toString(), f.facts());
        }
        // Each linked file's anchors as a set, made once: from the run's facts, or by reading the file.
        Map<String, Optional<Set<String>>> targets = new HashMap<>();
        for (Collected<Facts> file : files) {
            for (Into link : file.facts().links()) {
                Optional<Set<String>> anchors = targets.computeIfAbsent(link.target(), t -> {
                    Facts there = inRun.get(t);
                    return there != null ? Optional.<Set<String>>of(there.anchors())
                            : run.markdown(Path.of(t)).map(HeadingAnchors::of);
                });
                if (anchors.isEmpty()) {
                    continue; // unreadable: the file exists, which is all we can tell
                }
                boolean found = anchors.get().contains(link.fragment());
                if (!found && !link.fragment().equals("top")) {
                    run.report(file, link.where(), NO_ANCHOR_THERE.formatted(Messages.quote(link.path()),
                            Messages.quote(link.fragment()), hint(anchors.get(), link.fragment())));
                }
            }
        }
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

    private static boolean isMarkdown(String file) {
        int dot = file.lastIndexOf('.');
        return dot > file.lastIndexOf(File.separatorChar) + 1
                && MARKDOWN.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT));
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
    private record Destination(String written, LinkPath parsed, boolean image, Span span) {}

    /**
     * A file's anchors, and its links, images and link reference definitions with their destinations split
     * up, from the elements the rules of the file share.
     *
     * @param fragmentsOnly keep only the links into the file itself ({@code #fragment})
     */
    private static final class Page {
        final List<Destination> found;
        private final List<Node> elements;
        private String sources;
        private Set<String> anchors;

        private Page(List<Node> elements, List<Destination> found) {
            this.elements = elements;
            this.found = found;
        }

        String sources() {
            if (sources == null) {
                sources = HeadingAnchors.sources(elements);
            }
            return sources;
        }

        /** Made only for a file with links to its own headings: most have none. */
        Set<String> anchors() {
            if (anchors == null) {
                anchors = HeadingAnchors.of(sources());
            }
            return anchors;
        }

        static Page of(RuleContext ctx, boolean fragmentsOnly) {
            List<Node> elements = ctx.elements();
            List<Destination> found = new ArrayList<>();
            for (Node node : elements) {
                if (node instanceof Link link) {
                    if (!inDocfxTab(link)) {
                        destination(ctx, link, link.getDestination(), false, fragmentsOnly, found);
                    }
                } else if (node instanceof Image image) {
                    if (!inDocfxTab(image)) {
                        destination(ctx, image, image.getDestination(), true, fragmentsOnly, found);
                    }
                } else if (node instanceof LinkReferenceDefinition definition) {
                    destination(ctx, definition, definition.getDestination(), false, fragmentsOnly, found);
                }
            }
            return new Page(elements, found);
        }

        /** Within a DocFX tab ("# [Linux](#tab/linux)"): its link is a tab, not a link, and what it holds too. */
        private static boolean inDocfxTab(Node node) {
            for (Node n = node; n.getParent() != null; n = n.getParent()) {
                if (n instanceof Link && n.getParent() instanceof Heading h) {
                    return HeadingText.isDocfxTab(h);
                }
                if (n instanceof Block) {
                    return false;
                }
            }
            return false;
        }

        private static void destination(RuleContext ctx, Node node, String written, boolean image,
                                        boolean fragmentsOnly, List<Destination> found) {
            if (fragmentsOnly && !written.startsWith("#")) {
                return;
            }
            Optional<LinkPath> parsed = LinkPath.parse(written);
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
}
