package dev.fmlint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How counts become schema keywords: types, required keys, formats, patterns, enums and list keywords. */
class InferenceTest {
    private static final InferenceOptions DEFAULTS = InferenceOptions.DEFAULTS;

    private static Map<String, Object> schema(Corpus corpus, InferenceOptions options) {
        return new SchemaInference(options).schema(corpus.stats());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Map<String, Object> schema, String key) {
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        Map<String, Object> p = (Map<String, Object>) properties.get(key);
        if (p == null) {
            throw new AssertionError("no property " + key + " in " + properties.keySet());
        }
        Map<String, Object> copy = new java.util.LinkedHashMap<>(p);
        copy.remove("description");
        return copy;
    }

    private static Map<String, Object> property(Corpus corpus, String key) {
        return property(schema(corpus, DEFAULTS), key);
    }

    @Test
    void keysInAtLeastTheRequiredShareOfFilesAreRequired() {
        Corpus corpus = new Corpus().many("p", 100, i -> "title: T" + i
                + (i < 96 ? "\nslug: s" : "") + (i < 94 ? "\nauthor: a" : "") + (i < 95 ? "\ndate: 2024-01-01" : ""));
        assertEquals(List.of("date", "slug", "title"), schema(corpus, DEFAULTS).get("required"));
        InferenceOptions lower = new InferenceOptions(0.9, 10, 20, 0.01, false);
        assertEquals(List.of("author", "date", "slug", "title"), schema(corpus, lower).get("required"));
        InferenceOptions all = new InferenceOptions(1.0, 10, 20, 0.01, false);
        assertEquals(List.of("title"), schema(corpus, all).get("required"));
    }

    @Test
    void typesSeenOftenEnoughAreAllowedAndRareOnesAreOutliers() {
        Corpus mixed = new Corpus().many("p", 40, i -> "v: " + (i % 2 == 0 ? "text" : "7"));
        assertEquals(List.of("string", "integer"), property(mixed, "v").get("type"));
        Corpus oneOff = new Corpus().many("p", 200, i -> "v: " + (i == 0 ? "7" : "text" + i));
        assertEquals("string", property(oneOff, "v").get("type"));
        Corpus numbers = new Corpus().many("p", 40, i -> "v: " + (i % 4 == 0 ? "1.5" : String.valueOf(i)));
        assertEquals("number", property(numbers, "v").get("type"));
        Corpus integers = new Corpus().many("p", 40, i -> "v: " + i);
        assertEquals("integer", property(integers, "v").get("type"));
        Corpus nullable = new Corpus().many("p", 40, i -> "v: " + (i % 3 == 0 ? "" : "true"));
        assertEquals(List.of("boolean", "null"), property(nullable, "v").get("type"));
        Corpus noOutliers = new Corpus().many("p", 200, i -> "v: " + (i == 0 ? "7" : "text" + i));
        assertEquals(List.of("string", "integer"), property(schema(noOutliers,
                new InferenceOptions(0.95, 10, 20, 0, false)), "v").get("type"));
    }

    @Test
    void datesGetFormatsAndOtherDateFormsGetPatterns() {
        Corpus dates = new Corpus().many("p", 3, i -> "d: 2024-01-0" + (i + 1));
        assertEquals(Map.of("type", "string", "format", "date"), property(dates, "d"));
        Corpus stamps = new Corpus().many("p", 3, i -> "d: 2024-01-0" + (i + 1) + "T10:00:00+08:00");
        assertEquals(Map.of("type", "string", "format", "date-time"), property(stamps, "d"));
        Corpus both = new Corpus().many("p", 4, i -> "d: 2024-01-0" + (i + 1) + (i % 2 == 0 ? "" : "T10:00:00Z"));
        assertEquals(Map.of("type", "string", "anyOf", List.of(Map.of("format", "date"), Map.of("format", "date-time"))),
                property(both, "d"));
        Corpus local = new Corpus().many("p", 3, i -> "d: 2024-01-0" + (i + 1) + " 10:00");
        assertEquals(StringShape.LOCAL_DATE_TIME.value(), property(local, "d").get("pattern"));
        Corpus us = new Corpus().many("p", 3, i -> "ms.date: " + (i + 1) + "/28/2026");
        assertEquals(StringShape.US_DATE.value(), property(us, "ms.date").get("pattern"));
    }

    @Test
    void numbersWrittenAsStringsGetADigitsPattern() {
        Corpus quoted = new Corpus().many("p", 12, i -> "id: \"00" + i + "\"");
        assertEquals(Map.of("type", "string", "pattern", "^[0-9]+$"), property(quoted, "id"));
        // Unquoted, YAML 1.2 makes 0012 a string too (no octal), and 12 an integer: both types are allowed.
        Corpus unquoted = new Corpus().many("p", 24, i -> "id: " + (i % 2 == 0 ? "00" + i : String.valueOf(i + 1)));
        Map<String, Object> id = property(unquoted, "id");
        assertEquals(List.of("string", "integer"), id.get("type"));
        assertEquals("^[0-9]+$", id.get("pattern"));
    }

    @Test
    void fewShortRepeatedValuesBecomeAnEnumAndFreeTextNever() {
        Corpus categories = new Corpus().many("p", 30, i -> "category: " + List.of("AI教程", "Guides", "News").get(i % 3));
        assertEquals(Map.of("type", "string", "enum", List.of("AI教程", "Guides", "News")), property(categories, "category"));
        Corpus titles = new Corpus().many("p", 30, i -> "title: Post number " + i);
        assertEquals(Map.of("type", "string", "minLength", 1), property(titles, "title"));
        String sentence = "A sentence long enough to be free text, not a category at all";
        Corpus longValues = new Corpus().many("p", 30, i -> "summary: " + sentence + (i % 2));
        assertNull(property(longValues, "summary").get("enum"));
        Corpus few = new Corpus().many("p", 19, i -> "category: " + (i % 2 == 0 ? "a" : "b"));
        assertNull(property(few, "category").get("enum"));
        Corpus typo = new Corpus().many("p", 200, i -> "category: " + (i == 7 ? "Gudies" : i % 2 == 0 ? "Guides" : "News"));
        assertEquals(List.of("Guides", "News"), property(typo, "category").get("enum"));
        InferenceOptions noEnums = new InferenceOptions(0.95, 0, 20, 0.01, false);
        assertNull(property(schema(categories, noEnums), "category").get("enum"));
    }

    @Test
    void urlsSlugsAndIdsGetTheirForms() {
        Corpus urls = new Corpus().many("p", 3, i -> "cover: https://example.com/img/" + i + ".png");
        assertEquals(Map.of("type", "string", "format", "uri"), property(urls, "cover"));
        Corpus slugs = new Corpus().many("p", 12, i -> "topic: how-to-" + i);
        assertEquals(StringShape.SLUG.value(), property(slugs, "topic").get("pattern"));
        Corpus fewWords = new Corpus().many("p", 3, i -> "status: done");
        assertEquals(Map.of("type", "string", "minLength", 1), property(fewWords, "status"));
        // A key named slug keeps the slug pattern when most values are slugs, so the odd one is reported.
        Corpus namedSlug = new Corpus().many("p", 4, i -> "slug: " + (i == 0 ? "Front_Matter Problems" : "post-" + i));
        assertEquals(StringShape.SLUG.value(), property(namedSlug, "slug").get("pattern"));
        Corpus ids = new Corpus().many("p", 2, i -> "ms.assetid: 0c1b9b38-5a4e-4b6b-8a3a-0e5f6b7c8d9" + i);
        assertEquals(StringShape.UUID.value(), property(ids, "ms.assetid").get("pattern"));
    }

    @Test
    void tagListsGetItemsUniqueItemsAndMinItems() {
        Corpus tags = new Corpus().many("p", 30, i -> "tags: [t" + (i % 7) + ", common]");
        assertEquals(Map.of("type", "array", "minItems", 1, "uniqueItems", true,
                "items", Map.of("type", "string", "enum", List.of("common", "t0", "t1", "t2", "t3", "t4", "t5", "t6")
                        .stream().sorted((a, b) -> a.equals("common") ? -1 : b.equals("common") ? 1 : a.compareTo(b))
                        .toList())), property(tags, "tags"));
        Corpus messy = new Corpus().many("p", 10, i -> "tags: " + (i == 0 ? "[a, a]" : i == 1 ? "[]" : "[tag" + i + "]"));
        Map<String, Object> tagsSchema = property(messy, "tags");
        assertFalse(tagsSchema.containsKey("uniqueItems"));
        assertFalse(tagsSchema.containsKey("minItems"));
        Corpus words = new Corpus().many("p", 10, i -> "tags: " + (i < 5 ? "word" : "[a, b]"));
        assertEquals(List.of("string", "array"), property(words, "tags").get("type"));
    }

    @Test
    void yamlSlipsCountForTheTypeTheWriterMeant() {
        // Under YAML 1.2, yes is a string and "a, b" is one string; the schema asks for what was meant.
        Corpus drafts = new Corpus().many("p", 10, i -> "draft: " + (i < 4 ? "yes" : i % 2 == 0 ? "true" : "false"));
        assertEquals(Map.of("type", "boolean"), property(drafts, "draft"));
        Corpus onlyWords = new Corpus().add("a.md", "---\ndraft: yes\n---\n");
        assertEquals(Map.of("type", "boolean"), property(onlyWords, "draft"));
        Corpus commaTags = new Corpus().many("p", 10, i -> "tags: " + (i < 5 ? "a, b" : "[a, b]"));
        assertEquals("array", property(commaTags, "tags").get("type"));
        assertEquals(List.of("\"tags\" expects a list: 5 values are one comma-separated string; write a YAML list"),
                SchemaInference.notes(commaTags.stats()));
        Corpus moreStrings = new Corpus().many("p", 10, i -> "tags: " + (i < 6 ? "a, b" : "[a, b]"));
        assertEquals(List.of("string", "array"), property(moreStrings, "tags").get("type"));
        Corpus modes = new Corpus().many("p", 10, i -> "mode: " + (i < 5 ? "on" : "fast"));
        assertEquals("string", property(modes, "mode").get("type"));
    }

    @Test
    void nestedMappingsGetPropertiesAndTheirOwnRequiredKeys() {
        Corpus corpus = new Corpus().many("p", 20, i -> "author:\n  name: N" + i + (i < 10 ? "\n  url: https://x.example" : ""));
        Map<String, Object> author = property(corpus, "author");
        assertEquals("object", author.get("type"));
        assertEquals(List.of("name"), author.get("required"));
        assertFalse(author.containsKey("additionalProperties"));
    }

    @Test
    void suspectedTyposAreLeftOutAndUnknownKeysAreRefusedUnlessAllowed() {
        Corpus corpus = new Corpus().many("p", 20, i -> "title: T" + i).add("x.md", "---\ntilte: Oops\n---\n")
                .add("y.md", "---\n$schema: s.json\ntitle: T\n---\n");
        Map<String, Object> schema = schema(corpus, DEFAULTS);
        assertEquals(List.of("title"), List.copyOf(((Map<?, ?>) schema.get("properties")).keySet()));
        assertEquals(false, schema.get("additionalProperties"));
        assertNull(schema(corpus, new InferenceOptions(0.95, 10, 20, 0.01, true)).get("additionalProperties"));
        assertEquals(List.of("left out \"tilte\" (1 file), a suspected typo of \"title\""),
                SchemaInference.notes(corpus.stats()));
        assertTrue(((String) schema.get("description")).contains("front matter of 22 of 22 files"), (String) schema.get("description"));
    }

    @Test
    void optionsAreChecked() {
        for (Runnable bad : List.<Runnable>of(() -> new InferenceOptions(0, 10, 20, 0.01, false),
                () -> new InferenceOptions(1.5, 10, 20, 0.01, false), () -> new InferenceOptions(0.9, 21, 20, 0.01, false),
                () -> new InferenceOptions(0.9, 10, 0, 0.01, false), () -> new InferenceOptions(0.9, 10, 20, 0.5, false),
                () -> new InferenceOptions(Double.NaN, 10, 20, 0.01, false))) {
            try {
                bad.run();
                throw new AssertionError("accepted bad options");
            } catch (IllegalArgumentException expected) {
                // the message is shown as a usage error
            }
        }
    }
}
