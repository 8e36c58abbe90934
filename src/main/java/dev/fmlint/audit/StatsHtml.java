package dev.fmlint.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code stats} report as one self-contained HTML page: inline CSS, no script, no font or image to
 * fetch, and a Content-Security-Policy that forbids loading anything, so the page works offline and a value
 * that slipped past escaping could still not run. Every list is capped, so the page stays small and opens
 * at once for a corpus of 10,000 files.
 */
public final class StatsHtml {
    /** Rows of the key table and of the files tables; the JSON has everything. */
    static final int MAX_KEYS = 100;
    static final int MAX_FILES = 50;
    /** Value panels and values per panel. */
    static final int MAX_PANELS = 12;
    static final int MAX_VALUES = 20;
    private static final int VALUE_CODE_POINTS = 60;
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'";

    private final String css = resource("/fmlint/audit/stats.css");

    /**
     * @param link where a file is, relative to the page's folder, for its link; given the path as reports
     *             show it
     */
    public String render(CorpusStats stats, Function<String, Path> link) {
        Page page = new Page(link);
        StringBuilder h = page.sb;
        long fm = stats.frontMatter().present();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>Front matter audit: ").append(n(stats.files())).append(" files</title>\n")
                .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header><h1>Front matter audit</h1><p>").append(n(stats.files()))
                .append(" Markdown files, described by <code>fmlint stats</code>.</p>\n<nav>")
                .append("<a href=\"#keys\">Keys</a><a href=\"#values\">Values</a><a href=\"#lengths\">Lengths</a>")
                .append("<a href=\"#typos\">Typos</a><a href=\"#headings\">Headings</a>")
                .append(stats.findings() == null ? "" : "<a href=\"#findings\">Findings</a>")
                .append("</nav></header>\n");
        cards(stats, page);
        keys(stats, fm, page);
        values(stats, page);
        lengths(stats, page);
        typos(stats, page);
        headings(stats, page);
        if (stats.findings() != null) {
            findings(stats.findings(), page);
        }
        h.append("<footer>Counts are exact. Lengths count characters (Unicode code points). Values are the most "
                + "common ones; lists show at most ").append(MAX_FILES).append(" files; <code>fmlint stats "
                + "--format json</code> has every key.</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void cards(CorpusStats stats, Page page) {
        CorpusStats.FrontMatterCounts fm = stats.frontMatter();
        page.sb.append("<section class=\"cards\">\n");
        card(page, n(stats.files()), "files", false);
        card(page, n(fm.present()), "with front matter (" + pct(fm.present(), stats.files()) + ")", false);
        card(page, n(fm.without().count()), "without front matter", fm.without().count() > 0);
        card(page, n(fm.broken().count() + fm.unreadable().count()), "unreadable front matter or file",
                fm.broken().count() + fm.unreadable().count() > 0);
        card(page, n(stats.keys().size()), "distinct keys", false);
        if (stats.findings() != null) {
            card(page, n(stats.findings().total()), "findings in " + n(stats.findings().filesWithFindings())
                    + " files", stats.findings().errors() > 0);
        }
        page.sb.append("</section>\n");
        page.fileList("Files without front matter", fm.without());
        page.fileList("Files whose front matter cannot be read", fm.broken());
        page.fileList("Files that cannot be read", fm.unreadable());
    }

    private static void card(Page page, String number, String label, boolean bad) {
        page.sb.append("<div class=\"card").append(bad ? " bad" : "").append("\"><div class=\"n\">").append(number)
                .append("</div><div class=\"l\">").append(Html.text(label)).append("</div></div>\n");
    }

    private static void keys(CorpusStats stats, long fm, Page page) {
        StringBuilder h = page.sb;
        List<KeyRow> rows = KeyRow.flatten(stats, MAX_KEYS);
        h.append("<h2 id=\"keys\">Key coverage and types</h2>\n<p class=\"note\">Share of the ").append(n(fm))
                .append(" files with front matter that have each key (nested keys: share of their parent), and the "
                        + "types of its values.</p>\n<div class=\"legend\">");
        for (ValueKind kind : ValueKind.values()) {
            h.append("<span><i class=\"k-").append(kind.label()).append("\"></i>").append(kind.label()).append("</span>");
        }
        h.append("</div>\n");
        if (rows.isEmpty()) {
            h.append("<p class=\"empty\">No front-matter keys.</p>\n");
            return;
        }
        h.append("<table class=\"keys\"><thead><tr><th>key</th><th>coverage</th><th class=\"num\">files</th>"
                + "<th class=\"num\">%</th><th>types</th><th></th><th class=\"num\">distinct</th></tr></thead><tbody>\n");
        for (KeyRow row : rows) {
            KeyStats k = row.key();
            KeyStats.Values values = KeyRow.valuesOf(k).values();
            h.append("<tr><td class=\"key").append(k.path().equals(k.name()) ? "" : " nested").append("\">")
                    .append(Html.clipped(k.path(), VALUE_CODE_POINTS)).append("</td><td>")
                    .append(bar(row.percent(), false)).append("</td><td class=\"num\">").append(n(k.present()))
                    .append("</td><td class=\"num\">").append(KeyRow.percent(row.percent())).append("</td><td>")
                    .append(mix(k)).append("</td><td class=\"types\">").append(Html.text(KeyRow.kinds(k)))
                    .append("</td><td class=\"num\">")
                    .append(values.distinct() == 0 ? "" : n(values.distinct()) + (values.capped() ? "+" : ""))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Panels for keys whose values repeat: tags, categories, authors. Free text has nothing to show. */
    private static void values(CorpusStats stats, Page page) {
        StringBuilder h = page.sb;
        h.append("<h2 id=\"values\">Value distributions</h2>\n<p class=\"note\">The most common values of keys "
                + "whose values repeat, such as tags and categories (for lists: their items).</p>\n");
        List<KeyStats> shown = KeyRow.flatten(stats, Integer.MAX_VALUE).stream()
                .map(r -> KeyRow.valuesOf(r.key()))
                .filter(KeyRow::repeats)
                .limit(MAX_PANELS)
                .toList();
        if (shown.isEmpty()) {
            h.append("<p class=\"empty\">No key has repeating values.</p>\n");
            return;
        }
        h.append("<div class=\"grid\">\n");
        for (KeyStats k : shown) {
            List<ValueCount> top = k.values().top().stream().limit(MAX_VALUES).toList();
            long max = top.get(0).count();
            h.append("<div class=\"panel\"><h3>").append(Html.clipped(k.path(), VALUE_CODE_POINTS)).append(" <small>")
                    .append(n(k.values().distinct())).append(k.values().capped() ? "+" : "")
                    .append(" distinct</small></h3><table class=\"vals\">");
            for (ValueCount v : top) {
                h.append("<tr><td class=\"v\" title=\"").append(Html.clipped(v.value().text(), 300)).append("\">")
                        .append(Html.clipped(StatsText.value(v.value()), VALUE_CODE_POINTS))
                        .append("</td><td>").append(bar(100.0 * v.count() / max, false))
                        .append("</td><td class=\"num\">").append(n(v.count())).append("</td></tr>");
            }
            h.append("</table></div>\n");
        }
        h.append("</div>\n");
    }

    private static void lengths(CorpusStats stats, Page page) {
        StringBuilder h = page.sb;
        h.append("<h2 id=\"lengths\">String lengths</h2>\n<p class=\"note\">In characters (Unicode code points: "
                + "one Chinese character or emoji is one).</p>\n");
        List<KeyStats> keys = KeyRow.flatten(stats, MAX_KEYS).stream().map(r -> KeyRow.valuesOf(r.key()))
                .filter(k -> k.text() != null).toList();
        if (keys.isEmpty()) {
            h.append("<p class=\"empty\">No string values.</p>\n");
            return;
        }
        h.append("<table><thead><tr><th>key</th><th class=\"num\">strings</th><th class=\"num\">min</th>"
                + "<th class=\"num\">median</th><th class=\"num\">p90</th><th class=\"num\">max</th></tr></thead>"
                + "<tbody>\n");
        for (KeyStats k : keys) {
            Lengths l = k.text().lengths();
            h.append("<tr><td class=\"key\">").append(Html.clipped(k.path(), VALUE_CODE_POINTS))
                    .append("</td><td class=\"num\">").append(n(k.text().count()))
                    .append("</td><td class=\"num\">").append(l.min()).append("</td><td class=\"num\">")
                    .append(l.median()).append("</td><td class=\"num\">").append(l.p90())
                    .append("</td><td class=\"num\">").append(l.max()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void typos(CorpusStats stats, Page page) {
        StringBuilder h = page.sb;
        h.append("<h2 id=\"typos\">Suspected typos in keys</h2>\n");
        if (stats.typos().isEmpty()) {
            h.append("<p class=\"empty\">None: no rare key is a near miss of a common one.</p>\n");
            return;
        }
        h.append("<table><thead><tr><th>key</th><th class=\"num\">files</th><th>did you mean</th>"
                + "<th class=\"num\">files</th><th>in</th></tr></thead><tbody>\n");
        for (SuspectedTypo t : stats.typos()) {
            h.append("<tr><td class=\"key\">").append(Html.clipped(t.key(), VALUE_CODE_POINTS))
                    .append("</td><td class=\"num\">").append(n(t.files())).append("</td><td class=\"key\">")
                    .append(Html.clipped(t.suggestion(), VALUE_CODE_POINTS)).append("</td><td class=\"num\">")
                    .append(n(t.suggestionFiles())).append("</td><td>");
            page.links(t.examples());
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void headings(CorpusStats stats, Page page) {
        HeadingSummary hs = stats.headings();
        StringBuilder h = page.sb;
        h.append("<h2 id=\"headings\">Heading structure</h2>\n<p class=\"note\">Of the ").append(n(hs.parsed()))
                .append(" files with a readable body.</p>\n<section class=\"cards\">\n");
        card(page, n(hs.noH1().count()), "without an h1 (" + pct(hs.noH1().count(), hs.parsed()) + ")", false);
        card(page, n(hs.multipleH1().count()), "with more than one h1", hs.multipleH1().count() > 0);
        card(page, n(hs.skippedLevels().count()), "skipping a heading level", hs.skippedLevels().count() > 0);
        h.append("</section>\n");
        page.fileList("Files without an h1", hs.noH1());
        page.fileList("Files with more than one h1", hs.multipleH1());
        page.fileList("Files that skip a heading level", hs.skippedLevels());
    }

    private static void findings(FindingsSummary f, Page page) {
        StringBuilder h = page.sb;
        h.append("<h2 id=\"findings\">Findings by rule</h2>\n<p class=\"note\">").append(n(f.total()))
                .append(" findings (").append(n(f.errors())).append(" errors, ").append(n(f.warnings()))
                .append(" warnings) in ").append(n(f.filesWithFindings())).append(" files, with ")
                .append(Html.text(f.configuration())).append(".</p>\n");
        if (f.byRule().isEmpty()) {
            h.append("<p class=\"empty\">No findings.</p>\n");
            return;
        }
        long max = f.byRule().get(0).findings();
        h.append("<table><thead><tr><th>rule</th><th></th><th class=\"num\">findings</th><th class=\"num\">files</th>"
                + "<th class=\"num\">errors</th><th class=\"num\">warnings</th></tr></thead><tbody>\n");
        for (FindingsSummary.RuleCount r : f.byRule()) {
            h.append("<tr><td class=\"key\">").append(Html.text(r.rule())).append("</td><td>")
                    .append(bar(100.0 * r.findings() / max, r.errors() > 0)).append("</td><td class=\"num\">")
                    .append(n(r.findings())).append("</td><td class=\"num\">").append(n(r.files()))
                    .append("</td><td class=\"num sev-error\">").append(n(r.errors()))
                    .append("</td><td class=\"num sev-warning\">").append(n(r.warnings())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<h3>Files with the most findings</h3>\n");
        h.append("<table><thead><tr><th class=\"num\">findings</th><th class=\"num\">errors</th>"
                + "<th class=\"num\">warnings</th><th>file</th></tr></thead><tbody>\n");
        for (FindingsSummary.FileCount file : f.topFiles().stream().limit(MAX_FILES).toList()) {
            h.append("<tr><td class=\"num\">").append(n(file.findings())).append("</td><td class=\"num sev-error\">")
                    .append(n(file.errors())).append("</td><td class=\"num sev-warning\">").append(n(file.warnings()))
                    .append("</td><td>");
            page.link(file.file());
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static String bar(double percent, boolean bad) {
        return "<div class=\"bar" + (bad ? " bad" : "") + "\"><span style=\"width:" + width(percent)
                + "%\"></span></div>";
    }

    /** The value kinds of a key as one stacked bar, each part titled with its count. */
    private static String mix(KeyStats k) {
        long total = k.kinds().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder("<div class=\"mix\">");
        k.kinds().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append("<span class=\"k-")
                .append(e.getKey().label()).append("\" style=\"width:").append(width(100.0 * e.getValue() / total))
                .append("%\" title=\"").append(e.getKey().label()).append(": ").append(n(e.getValue()))
                .append("\"></span>"));
        return sb.append("</div>").toString();
    }

    private static String width(double percent) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(100, percent)));
    }

    private static String n(long count) {
        return KeyRow.count(count);
    }

    private static String pct(long part, long whole) {
        return KeyRow.percent(whole == 0 ? 0 : 100.0 * part / whole) + "%";
    }

    private static String resource(String name) {
        try (InputStream in = StatsHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page being written and how files are linked. */
    private record Page(StringBuilder sb, Function<String, Path> link) {
        Page(Function<String, Path> link) {
            this(new StringBuilder(64 * 1024), link);
        }

        void link(String file) {
            sb.append("<a href=\"").append(Html.text(Html.href(link.apply(file)))).append("\">")
                    .append(Html.text(file)).append("</a>");
        }

        void links(List<String> files) {
            for (int i = 0; i < files.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                link(files.get(i));
            }
        }

        void fileList(String title, FileSample sample) {
            if (sample.count() == 0) {
                return;
            }
            sb.append("<details><summary>").append(Html.text(title)).append(" (").append(n(sample.count()))
                    .append(sample.count() > sample.examples().size() ? ", first " + sample.examples().size() : "")
                    .append(")</summary><ul class=\"files\">");
            for (String file : sample.examples()) {
                sb.append("<li>");
                link(file);
                sb.append("</li>");
            }
            sb.append("</ul></details>\n");
        }
    }
}
