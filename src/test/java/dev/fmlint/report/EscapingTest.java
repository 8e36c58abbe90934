package dev.fmlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The escaping each format needs, one rule per assertion. */
class EscapingTest {
    @Test
    void githubMessageDataEscapesPercentAndLineBreaks() {
        assertEquals("100%25 done%0D%0Anext: a, b", GithubReporter.data("100% done\r\nnext: a, b"));
    }

    @Test
    void githubPropertiesAlsoEscapeColonAndComma() {
        assertEquals("a%3A b%2C c%25 d%0Ae", GithubReporter.property("a: b, c% d\ne"));
    }

    @Test
    void githubNeverLetsAForgedCommandStartALine() {
        String data = GithubReporter.data("ok\n::error file=x.md::forged\u001b[31m");
        assertEquals("ok%0A::error file=x.md::forged\\u001B[31m", data);
    }

    @Test
    void printableShowsControlsAndBidiButKeepsCjkAndSpaces() {
        assertEquals("中文 a\\nb\\u001B\\u202E\\t", Printable.of("中文 a\nb\u001b\u202e\t"));
        assertEquals("a\nb\\u0007", Printable.keepingLineBreaks("a\nb\u0007"));
        assertEquals("😀", Printable.of("😀"), "a surrogate pair is one character, not two halves");
        assertEquals("\\uD800x", Printable.of("\ud800x"), "an unpaired half is shown");
    }

    @Test
    void artifactUrisPercentEncodeEverythingButUnreservedAndSlash() {
        assertEquals("posts/with%20space%2C%3A%25%23%3F.md", ArtifactUri.of("posts/with space,:%#?.md"));
        assertEquals("%E4%B8%AD%E6%96%87/new%0Aline.md", ArtifactUri.of("中文/new\nline.md"));
        for (String name : List.of("a b.md", "中文.md", "x\ny.md", "100%.md", "c:d.md", "../up.md")) {
            assertEquals(name, URI.create(ArtifactUri.of(name)).getPath(), name);
        }
    }

    @Test
    void xmlRoundTripsNamesExceptWhatXmlCannotCarry() {
        String value = "a \"b\" <c> & d\ne\tf\u202eg\u001bh";
        Element e = ReportValidators.xml("<x v=\"" + XmlText.attribute(value) + "\">" + XmlText.content(value)
                + "</x>").getDocumentElement();
        assertEquals("a \"b\" <c> & d\ne\tf\u202eg\\u001Bh", e.getAttribute("v"));
        assertEquals("a \"b\" <c> & d\ne\tf\u202eg\\u001Bh", e.getTextContent());
        assertEquals("&#x202E;", XmlText.attribute("\u202e"), "bidi overrides stay out of the raw file");
    }

    @Test
    void jsonRoundTripsEveryStringAndKeepsKeyOrder() throws IOException {
        String value = "q\" b\\ n\n r\r t\t e\u001b u\u2028 z\u202e 中文 😀";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", value);
        m.put("a", List.of(1, true));
        m.put("m", null);
        StringWriter out = new StringWriter();
        new JsonWriter(out).write(m);
        JSONObject parsed = new JSONObject(new JSONTokener(out.toString()));
        assertEquals(value, parsed.getString("z"));
        assertEquals(new JSONArray(List.of(1, true)).toString(), parsed.getJSONArray("a").toString());
        assertEquals(List.of("z", "a", "m"), out.toString().lines().filter(l -> l.startsWith("  \""))
                .map(l -> l.substring(3, 4)).toList());
        assertEquals(false, out.toString().contains("\u001b") || out.toString().contains("\u202e"),
                "controls are escaped in the raw text");
    }
}
