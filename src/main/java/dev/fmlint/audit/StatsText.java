package dev.fmlint.audit;

import dev.fmlint.source.DisplayWidth;
import dev.fmlint.spi.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The default {@code stats} report: a few plain-text tables, readable in a terminal or a CI log. */
public final class StatsText {
    /** Rows in the key tables; a corpus with more keys has generated ones, and the JSON has them all. */
    static final int MAX_ROWS = 60;
    private static final int VALUE_COLUMNS = 28;
    private static final int EXAMPLES = 3;

    private final int topValues;

    /** @param topValues values listed per key */
    public StatsText(int topValues) {
        this.topValues = topValues;
    }

    public void write(CorpusStats stats, PrintWriter out) {
        summary(stats, out);
        List<KeyRow> rows = KeyRow.flatten(stats, MAX_ROWS);
        if (!rows.isEmpty()) {
            keys(stats, rows, out);
            values(rows, out);
            lengths(rows, out);
        }
        typos(stats, out);
        headings(stats.headings(), out);
        if (stats.findings() != null) {
            findings(stats.findings(), out);
        }
        out.flush();
    }

    private static void summary(CorpusStats stats, PrintWriter out) {
        CorpusStats.FrontMatterCounts fm = stats.frontMatter();
        StringBuilder line = new StringBuilder(KeyRow.count(stats.files()) + (stats.files() == 1 ? " file" : " files")
                + ": " + KeyRow.count(fm.present()) + " with front matter, " + KeyRow.count(fm.without().count())
                + " without");
        if (fm.broken().count() > 0) {
            line.append(", ").append(KeyRow.count(fm.broken().count())).append(" with front matter that cannot be read");
        }
        if (fm.unreadable().count() > 0) {
            line.append(", ").append(KeyRow.count(fm.unreadable().count())).append(" unreadable");
        }
        out.println(line);
        example("without front matter", fm.without(), out);
        example("front matter that cannot be read", fm.broken(), out);
    }

    private static void keys(CorpusStats stats, List<KeyRow> rows, PrintWriter out) {
        out.println();
        out.println("Keys (files: in how many headers; %: of the " + KeyRow.count(stats.frontMatter().present())
                + " files with front matter, or of the parent mappings for nested keys)");
        TextTable table = new TextTable("key", ">files", ">%", "types", ">distinct");
        for (KeyRow row : rows) {
            KeyStats k = row.key();
            KeyStats.Values values = KeyRow.valuesOf(k).values();
            String distinct = values.distinct() == 0 ? "" : KeyRow.count(values.distinct()) + (values.capped() ? "+" : "");
            table.row(shown(k.path()), KeyRow.count(k.present()), KeyRow.percent(row.percent()), KeyRow.kinds(k),
                    distinct);
        }
        table.print(out, "  ");
        int total = countRows(stats.root());
        if (total > rows.size()) {
            out.println("  … and " + KeyRow.count(total - rows.size()) + " more key paths (see --format json)");
        }
    }

    private void values(List<KeyRow> rows, PrintWriter out) {
        TextTable table = new TextTable("key", "most common values (count)");
        for (KeyRow row : rows) {
            KeyStats.Values values = KeyRow.valuesOf(row.key()).values();
            if (!KeyRow.repeats(KeyRow.valuesOf(row.key()))) {
                continue;
            }
            table.row(shown(KeyRow.valuesOf(row.key()).path()), values.top().stream().limit(topValues)
                    .map(v -> value(v.value()) + " " + KeyRow.count(v.count()))
                    .collect(Collectors.joining(" · ")));
        }
        if (!table.isEmpty()) {
            out.println();
            out.println("Most common values (for lists, of their items)");
            table.print(out, "  ");
        }
    }

    private static void lengths(List<KeyRow> rows, PrintWriter out) {
        TextTable table = new TextTable("key", ">strings", ">min", ">median", ">p90", ">max");
        for (KeyRow row : rows) {
            KeyStats k = KeyRow.valuesOf(row.key());
            if (k.text() == null || k.text().lengths() == null) {
                continue;
            }
            Lengths l = k.text().lengths();
            table.row(shown(k.path()), KeyRow.count(k.text().count()), String.valueOf(l.min()),
                    String.valueOf(l.median()), String.valueOf(l.p90()), String.valueOf(l.max()));
        }
        if (!table.isEmpty()) {
            out.println();
            out.println("String lengths (in characters: code points, so one Chinese character is one)");
            table.print(out, "  ");
        }
    }

    private static void typos(CorpusStats stats, PrintWriter out) {
        out.println();
        if (stats.typos().isEmpty()) {
            out.println("Suspected typos in keys: none");
            return;
        }
        out.println("Suspected typos in keys");
        TextTable table = new TextTable("key", ">files", "did you mean", ">files", "in");
        for (SuspectedTypo t : stats.typos()) {
            table.row(shown(t.key()), KeyRow.count(t.files()), shown(t.suggestion()), KeyRow.count(t.suggestionFiles()),
                    files(t.examples()));
        }
        table.print(out, "  ");
    }

    private static void headings(HeadingSummary h, PrintWriter out) {
        out.println();
        out.println("Headings (of " + KeyRow.count(h.parsed()) + " files with a readable body)");
        TextTable table = new TextTable("", ">files", "for example");
        table.row("no h1", KeyRow.count(h.noH1().count()), files(h.noH1().examples()));
        table.row("more than one h1", KeyRow.count(h.multipleH1().count()), files(h.multipleH1().examples()));
        table.row("skipped levels", KeyRow.count(h.skippedLevels().count()), files(h.skippedLevels().examples()));
        table.print(out, "  ");
    }

    private static void findings(FindingsSummary f, PrintWriter out) {
        out.println();
        out.println("Findings by rule, with " + f.configuration() + ": " + KeyRow.count(f.total()) + " in "
                + KeyRow.count(f.filesWithFindings()) + " files (" + KeyRow.count(f.errors()) + " errors, "
                + KeyRow.count(f.warnings()) + " warnings)");
        if (f.byRule().isEmpty()) {
            return;
        }
        TextTable rules = new TextTable("rule", ">findings", ">files", ">errors", ">warnings");
        for (FindingsSummary.RuleCount r : f.byRule()) {
            rules.row(r.rule(), KeyRow.count(r.findings()), KeyRow.count(r.files()), KeyRow.count(r.errors()),
                    KeyRow.count(r.warnings()));
        }
        rules.print(out, "  ");
        out.println();
        out.println("Files with the most findings");
        TextTable files = new TextTable(">findings", "file");
        f.topFiles().stream().limit(10).forEach(t -> files.row(KeyRow.count(t.findings()), shown(t.file())));
        files.print(out, "  ");
    }

    private static void example(String what, FileSample sample, PrintWriter out) {
        if (sample.count() > 0) {
            out.println("  " + what + ": " + files(sample.examples()));
        }
    }

    private static String files(List<String> examples) {
        String shown = examples.stream().limit(EXAMPLES).map(StatsText::shown).collect(Collectors.joining(", "));
        return examples.size() > EXAMPLES ? shown + ", …" : shown;
    }

    private static int countRows(KeyStats parent) {
        int n = 0;
        for (KeyStats child : parent.properties()) {
            n += 1 + countRows(child) + (child.items() == null ? 0 : countRows(child.items()));
        }
        return n;
    }

    /** A key or path, with control and bidi characters made visible: names come from untrusted files. */
    private static String shown(String name) {
        return Messages.quote(name).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** A value as people read it in a list: strings quoted, so {@code "5"} and {@code 5} differ. */
    static String value(ScalarValue v) {
        if (!v.isString()) {
            return v.text();
        }
        return "\"" + DisplayWidth.clip(Messages.quote(v.text()), VALUE_COLUMNS) + "\"";
    }
}
