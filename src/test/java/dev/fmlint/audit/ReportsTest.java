package dev.fmlint.audit;

import dev.fmlint.source.DisplayWidth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text and HTML reports: content, alignment, escaping of hostile values, and size limits. */
class ReportsTest {

    private static String text(CorpusStats stats) {
        StringWriter out = new StringWriter();
        new StatsText(3).write(stats, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void textReportNamesTheNumbers() {
        String text = text(StatsJsonTest.varied());
        assertTrue(text.startsWith("11 files: 9 with front matter, 1 without, 1 with front matter that cannot be read\n"),
                text);
        assertTrue(text.contains("\n  tilte      1  title             8  c.md\n"), text);
        assertTrue(text.contains("Findings by rule, with the recommended preset (no .fmlint.yaml found): 10 in 5 files "
                + "(5 errors, 5 warnings)"), text);
        assertTrue(text.contains("\n  tags[]  \"yaml\" 3 · \"<b>\" 1\n"), text);
    }

    @Test
    void tableColumnsLineUpWithChineseValues() {
        TextTable table = new TextTable("key", ">n").row("标题", "1").row("title", "22");
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out, true), "");
        assertEquals(List.of("key     n", "标题    1", "title  22"), out.toString().lines().toList());
        assertEquals(4, DisplayWidth.of("标题"));
        assertEquals("标…", DisplayWidth.clip("标题标题", 4));
    }

    @Test
    void htmlEscapesMarkupAndMakesControlCharactersVisible() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", Html.text("<script>alert('x')</script> & \""));
        assertEquals("a\\u202Eb\\u0000c", Html.text("a\u202Eb\u0000c"));
        assertEquals("docs/a%20b/%3Cx%3E%23%3F%25.md", Html.href(Path.of("docs/a b/<x>#?%.md")));
        assertEquals("javascript%3Aalert%281%29", Html.href(Path.of("javascript:alert(1)")));
        assertEquals("../%E4%BD%A0%E5%A5%BD.md", Html.href(Path.of("../你好.md")));
    }

    @Test
    void htmlPageHasNoScriptNothingToFetchAndEscapesHostileFilesAndValues() {
        CorpusStats stats = new Corpus()
                .many("p", 3, i -> "title: T\ncategory: \"<img src=x onerror=alert(1)>\"")
                .add("\"><script>alert(1)</script>.md", "# no header\n")
                .stats();
        String page = new StatsHtml().render(stats, Path::of);
        assertFalse(page.contains("<script"), "a script element");
        assertFalse(page.contains("<img"), "an image element");
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "the value, escaped");
        // The slash makes two path segments; everything else is percent-encoded.
        assertTrue(page.contains("href=\"%22%3E%3Cscript%3Ealert%281%29%3C/script%3E.md\""), "the link, encoded");
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
        Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(page);
        Pattern fetching = Pattern.compile("(?i)^<(img|script|link|iframe|object|embed|video|audio|source|base)\\b"
                + "|\\s(src|srcset|data|poster|background|action)\\s*=");
        while (tags.find()) {
            String tag = tags.group();
            // Attribute values are escaped text (a title may quote a hostile value): look at the names only.
            assertFalse(fetching.matcher(tag.replaceAll("\"[^\"]*\"", "\"\"")).find(), "a tag that fetches: " + tag);
            assertFalse(tag.matches("(?is).*href=\"[a-z]+:.*"), "a link with a scheme: " + tag);
        }
        assertFalse(page.contains("url("), "a CSS url()");
        assertFalse(page.contains("@import"), "a CSS import");
    }

    @Test
    void htmlForTenThousandFilesStaysSmall() {
        CorpusAccumulator totals = new CorpusAccumulator(20, 50);
        FileScanner scanner = new FileScanner(new dev.fmlint.source.SourceReader(1 << 20), null);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder yaml = new StringBuilder("title: Post " + i + "\ntags: [t" + i % 500 + ", t" + i % 37 + "]\n");
            yaml.append("k").append(i % 300).append(": v\n"); // 300 rare keys
            FileFacts facts = scanner.facts(dev.fmlint.source.SourceFile.of(null, "posts/" + i + ".md",
                    "---\n" + yaml + "---\n" + (i % 2 == 0 ? "# H\n" : "## H\n"), false),
                    new dev.fmlint.report.FileResult("posts/" + i + ".md", List.of()));
            totals.add(facts);
        }
        String page = new StatsHtml().render(totals.result("test"), Path::of);
        assertTrue(page.length() < 300_000, "page is " + page.length() + " characters");
        int rows = page.split("<tr", -1).length - 1;
        assertTrue(rows < 400, rows + " table rows");
        int links = page.split("<a href=\"posts/", -1).length - 1;
        assertTrue(links <= 3 * StatsHtml.MAX_FILES, links + " file links");
    }
}
