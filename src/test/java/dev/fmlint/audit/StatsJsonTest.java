package dev.fmlint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.Position;
import dev.fmlint.schema.SchemaLoader;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON document matches its published schema, and the schema is strict enough to catch a wrong one. */
class StatsJsonTest {
    static final Path SCHEMA = Path.of("schemas/stats.schema.json");
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        schema = org.everit.json.schema.loader.SchemaLoader.builder().draftV7Support()
                .schemaJson(new JSONObject(Files.readString(SCHEMA))).build().load().build();
    }

    /** A corpus with every kind of value, nested keys, lists, a typo, broken headers and findings. */
    static CorpusStats varied() {
        FileScanner scanner = new FileScanner(new SourceReader(1 << 20), null);
        CorpusAccumulator totals = new CorpusAccumulator(20, 50);
        String[][] files = {
            {"a.md", "---\ntitle: 你好\ndate: 2024-01-05\ntags: [yaml, \"<b>\"]\ncount: 3\nratio: 1.5\ndraft: true\n"
                    + "cover:\nauthor: {name: A, links: [https://a.example]}\n---\n# 你好\n"},
            {"b.md", "---\ntitle: \"B \\\"quoted\\\"\"\ntags: [yaml, yaml]\ncount: \"3\"\n---\n## skip\n#### skipped\n"},
            {"c.md", "---\ntilte: typo\n---\n"},
            {"d.md", "# no front matter\n\n# two h1\n"},
            {"e.md", "---\ntitle: unclosed\n"},
        };
        for (int i = 0; i < 6; i++) {
            totals.add(scanner.facts(SourceFile.of(null, "p" + i + ".md", "---\ntitle: T\n---\n", false), null));
        }
        for (String[] f : files) {
            Position at = new Position(1, 1);
            FileResult lint = new FileResult(f[0], List.of(new Diagnostic(f[0], "schema", Severity.ERROR, "m", at, at,
                    null), new Diagnostic(f[0], "title-h1", Severity.WARNING, "m", at, at, null)));
            totals.add(scanner.facts(SourceFile.of(null, f[0], f[1], false), lint));
        }
        return totals.result("the recommended preset (no .fmlint.yaml found)");
    }

    @Test
    void theDocumentMatchesTheSchema() {
        String json = StatsJson.write(varied());
        JSONObject doc = new JSONObject(json);
        schema.validate(doc);
        assertEquals(11, doc.getInt("files"));
        assertEquals("tilte", doc.getJSONArray("typos").getJSONObject(0).getString("key"));
        JSONObject title = doc.getJSONArray("keys").getJSONObject(0);
        assertEquals("title", title.getString("key"));
        assertEquals(8, title.getInt("count"));
        assertEquals(2, doc.getJSONObject("findings").getJSONArray("byRule").length());
    }

    @Test
    void withoutFindingsTheyAreNull() {
        CorpusStats stats = new Corpus().add("a.md", "---\nx: 1\n---\n").stats();
        JSONObject doc = new JSONObject(StatsJson.write(new CorpusStats(stats.files(), stats.frontMatter(), stats.root(),
                stats.typos(), stats.headings(), null)));
        schema.validate(doc);
        assertTrue(doc.isNull("findings"));
    }

    @Test
    void theSchemaRejectsWrongDocuments() {
        JSONObject good = new JSONObject(StatsJson.write(varied()));
        JSONObject missing = new JSONObject(good.toString());
        missing.remove("headings");
        JSONObject negative = new JSONObject(good.toString());
        negative.put("files", -1);
        JSONObject badType = new JSONObject(good.toString());
        badType.getJSONArray("keys").getJSONObject(0).getJSONObject("types").put("timestamp", 1);
        JSONObject extra = new JSONObject(good.toString());
        extra.put("elapsedMs", 12);
        JSONObject badItems = new JSONObject(good.toString());
        badItems.getJSONArray("keys").getJSONObject(0).put("examples", new JSONArray(List.of(1)));
        for (JSONObject bad : List.of(missing, negative, badType, extra, badItems)) {
            assertThrows(ValidationException.class, () -> schema.validate(bad), bad::toString);
        }
    }

    @Test
    void theSchemaLoadsWithFmlintsOwnLoader() throws Exception {
        assertEquals(SCHEMA.toString(), new SchemaLoader().load(SCHEMA.toString()).name());
    }

    @Test
    void valuesKeepTheirJsonTypesAndTheOutputIsStable() {
        String first = StatsJson.write(varied());
        assertEquals(first, StatsJson.write(varied()));
        JSONObject doc = new JSONObject(first);
        JSONArray keys = doc.getJSONArray("keys");
        for (int i = 0; i < keys.length(); i++) {
            JSONObject key = keys.getJSONObject(i);
            if (key.getString("key").equals("count")) {
                JSONArray top = key.getJSONArray("topValues");
                assertEquals(2, top.length());
                // Equal counts: strings before integers, as ValueKind orders them.
                assertEquals("3", top.getJSONObject(0).get("value"));
                assertEquals("string", top.getJSONObject(0).get("type"));
                assertEquals(Integer.valueOf(3), top.getJSONObject(1).get("value"));
                assertEquals("integer", top.getJSONObject(1).get("type"));
                return;
            }
        }
        throw new AssertionError("no count key in " + first);
    }
}
