package dev.fmlint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmlint.spi.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of message. Every expectation is the exact line a user reads, with the 1-based line and
 * code-point column it points at (line 1 is the opening "---").
 */
class ViolationMessagesTest {
    @TempDir
    Path dir;
    private Schemas schemas;

    @BeforeEach
    void setUp() {
        schemas = new Schemas(dir);
    }

    private List<String> check(String schema, String yaml) throws SchemaLoadException {
        return Post.yaml(yaml).check(schemas.load(schema));
    }

    @Test
    void validFrontMatterHasNoFindings() throws Exception {
        assertEquals(List.of(), check("{\"properties\": {\"title\": {\"type\": \"string\"}}}", "title: Hello\n"));
    }

    @Test
    void typeMismatchNamesBothTypesAndQuotesTheCjkValue() throws Exception {
        assertEquals(List.of("3:7 tags: expected an array, found a string (\"AI, 2024, 趋势\")"),
                check("{\"properties\": {\"tags\": {\"type\": \"array\"}}}", "title: x\ntags: \"AI, 2024, 趋势\"\n"));
    }

    @Test
    void typeMismatchOfNumbersBooleansAndNull() throws Exception {
        String schema = "{\"properties\": {\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"integer\"},"
                + " \"c\": {\"type\": \"boolean\"}, \"d\": {\"type\": \"null\"}, \"e\": {\"type\": \"object\"}}}";
        assertEquals(List.of(
                "2:4 a: expected a string, found an integer (2024)",
                "3:4 b: expected an integer, found a number (1.5)",
                "4:4 c: expected a boolean, found a string (\"yes\")",
                "5:4 d: expected null, found a boolean (false)",
                "6:4 e: expected an object, found an array"),
                check(schema, "a: 2024\nb: 1.5\nc: yes\nd: false\ne: [1]\n"));
    }

    @Test
    void maxLengthCountsCodePointsNotUtf16Units() throws Exception {
        // 61 characters: 59 CJK plus two emoji outside the BMP (two UTF-16 units each).
        String title = "趋".repeat(59) + "😀😀";
        assertEquals(List.of("2:8 title: 61 characters, at most 60 allowed"),
                check("{\"properties\": {\"title\": {\"type\": \"string\", \"maxLength\": 60}}}", "title: " + title + "\n"));
    }

    @Test
    void minLengthSaysOneCharacterInTheSingular() throws Exception {
        assertEquals(List.of("2:8 title: 1 character, at least 2 required"),
                check("{\"properties\": {\"title\": {\"minLength\": 2}}}", "title: 字\n"));
    }

    @Test
    void patternShowsValueAndPatternUnescaped() throws Exception {
        assertEquals(List.of("2:7 slug: \"Foo Bar\" does not match the pattern ^[a-z0-9-]+$"),
                check("{\"properties\": {\"slug\": {\"pattern\": \"^[a-z0-9-]+$\"}}}", "slug: Foo Bar\n"));
    }

    @Test
    void enumListsTheAllowedValues() throws Exception {
        assertEquals(List.of("2:11 category: \"X\" is not one of \"a\", \"b\", \"c\""),
                check("{\"properties\": {\"category\": {\"enum\": [\"a\", \"b\", \"c\"]}}}", "category: X\n"));
    }

    @Test
    void enumWithManyValuesIsShortened() throws Exception {
        StringBuilder values = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            values.append(i == 1 ? "" : ",").append(i);
        }
        assertEquals(List.of("2:4 n: 13 is not one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (12 values in all)"),
                check("{\"properties\": {\"n\": {\"enum\": [" + values + "]}}}", "n: 13\n"));
    }

    @Test
    void constShowsWantedAndFound() throws Exception {
        assertEquals(List.of("2:7 kind: must be \"post\", found \"page\""),
                check("{\"properties\": {\"kind\": {\"const\": \"post\"}}}", "kind: page\n"));
    }

    @Test
    void dateFormatExplainsTheExpectedShape() throws Exception {
        assertEquals(List.of("2:7 date: \"2024-13-45\" is not a valid date (expected YYYY-MM-DD)"),
                check("{\"properties\": {\"date\": {\"type\": \"string\", \"format\": \"date\"}}}", "date: 2024-13-45\n"));
    }

    @Test
    void dateTimeFormatNeedsATimeZone() throws Exception {
        assertEquals(List.of("2:9 posted: \"2024-01-01T10:00:00\" is not a valid date-time (expected "
                + "YYYY-MM-DDThh:mm:ss plus a time zone, e.g. 2024-05-01T09:30:00+08:00)"),
                check("{\"properties\": {\"posted\": {\"format\": \"date-time\"}}}", "posted: 2024-01-01T10:00:00\n"));
    }

    @Test
    void emailFormatHasNoHint() throws Exception {
        assertEquals(List.of("2:8 email: \"x@\" is not a valid email address"),
                check("{\"properties\": {\"email\": {\"format\": \"email\"}}}", "email: x@\n"));
    }

    @Test
    void anyOfOfFormatsBecomesOneMessage() throws Exception {
        String schema = "{\"properties\": {\"date\": {\"type\": \"string\", "
                + "\"anyOf\": [{\"format\": \"date\"}, {\"format\": \"date-time\"}]}}}";
        assertEquals(List.of("2:7 date: \"soon\" is not a valid date or date-time (expected YYYY-MM-DD or "
                + "YYYY-MM-DDThh:mm:ss plus a time zone, e.g. 2024-05-01T09:30:00+08:00)"),
                check(schema, "date: soon\n"));
        assertEquals(List.of(), check(schema, "date: 2024-05-01\n"));
        assertEquals(List.of(), check(schema, "date: 2024-05-01T09:30:00Z\n"));
    }

    @Test
    void itemCounts() throws Exception {
        String schema = "{\"properties\": {\"few\": {\"minItems\": 3}, \"many\": {\"maxItems\": 1}}}";
        assertEquals(List.of("2:6 few: 1 item, at least 3 required", "3:7 many: 2 items, at most 1 allowed"),
                check(schema, "few: [a]\nmany: [a, b]\n"));
    }

    @Test
    void tupleWithoutAdditionalItems() throws Exception {
        assertEquals(List.of("2:8 point: 3 items, at most 2 allowed"), check("{\"properties\": {\"point\": "
                + "{\"items\": [{}, {}], \"additionalItems\": false}}}", "point: [1, 2, 3]\n"));
    }

    @Test
    void uniqueItemsNamesEachDuplicateAtItsOwnPosition() throws Exception {
        String yaml = "tags:\n  - AI\n  - 趋势\n  - AI\n  - 趋势\n";
        assertEquals(List.of(
                "5:5 tags[2]: \"AI\" is a duplicate of tags[0]; items must be unique",
                "6:5 tags[3]: \"趋势\" is a duplicate of tags[1]; items must be unique"),
                check("{\"properties\": {\"tags\": {\"uniqueItems\": true}}}", yaml));
    }

    @Test
    void uniqueItemsTreatsOneAndOnePointZeroAsEqual() throws Exception {
        assertEquals(List.of("2:8 v[1]: 1.0 is a duplicate of v[0]; items must be unique"),
                check("{\"properties\": {\"v\": {\"uniqueItems\": true}}}", "v: [1, 1.0]\n"));
    }

    @Test
    void numberLimits() throws Exception {
        String schema = "{\"properties\": {\"a\": {\"minimum\": 3}, \"b\": {\"maximum\": 10}, "
                + "\"c\": {\"exclusiveMinimum\": 0}, \"d\": {\"exclusiveMaximum\": 5}, \"e\": {\"multipleOf\": 2}}}";
        assertEquals(List.of(
                "2:4 a: 2 is less than the minimum of 3",
                "3:4 b: 10.5 is more than the maximum of 10",
                "4:4 c: 0 must be greater than 0",
                "5:4 d: 5 must be less than 5",
                "6:4 e: 7 is not a multiple of 2"),
                check(schema, "a: 2\nb: 10.5\nc: 0\nd: 5\ne: 7\n"));
    }

    @Test
    void keyCounts() throws Exception {
        String schema = "{\"properties\": {\"links\": {\"minProperties\": 2}, \"meta\": {\"maxProperties\": 1}}}";
        assertEquals(List.of("3:3 links: 1 key, at least 2 required", "5:3 meta: 2 keys, at most 1 allowed"),
                check(schema, "links:\n  a: 1\nmeta:\n  a: 1\n  b: 2\n"));
    }

    @Test
    void typeUnionIsOneMessage() throws Exception {
        assertEquals(List.of("2:10 summary: expected a string or null, found an integer (3)"),
                check("{\"properties\": {\"summary\": {\"type\": [\"string\", \"null\"]}}}", "summary: 3\n"));
    }

    @Test
    void typeUnionReportsTheBranchOfTheRightKind() throws Exception {
        String schema = "{\"properties\": {\"tags\": {\"type\": [\"string\", \"array\"], \"minLength\": 3}}}";
        assertEquals(List.of("2:7 tags: 2 characters, at least 3 required"), check(schema, "tags: ab\n"));
        assertEquals(List.of("2:7 tags: expected a string or an array, found a boolean (true)"),
                check(schema, "tags: true\n"));
    }

    @Test
    void oneOfMatchingTwoBranches() throws Exception {
        String schema = "{\"properties\": {\"id\": {\"oneOf\": [{\"type\": \"integer\"}, {\"minimum\": 0}]}}}";
        assertEquals(List.of("2:5 id: matches 2 of the allowed alternatives, but must match exactly one (oneOf)"),
                check(schema, "id: 5\n"));
    }

    @Test
    void oneOfMatchingNoBranchListsWhatEachWanted() throws Exception {
        String schema = "{\"properties\": {\"code\": {\"oneOf\": [{\"type\": \"string\", \"maxLength\": 2},"
                + " {\"type\": \"string\", \"minLength\": 5}, {\"type\": \"integer\"}]}}}";
        assertEquals(List.of("2:7 code: matches none of the allowed alternatives (oneOf): 3 characters, at most 2 "
                + "allowed; or 3 characters, at least 5 required"), check(schema, "code: abc\n"));
    }

    @Test
    void anyOfOfObjectsNamesNestedKeysByPath() throws Exception {
        String schema = "{\"properties\": {\"author\": {\"anyOf\": ["
                + "{\"type\": \"object\", \"required\": [\"name\"]},"
                + "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"integer\"}}, \"required\": [\"id\"]}]}}}";
        // Branches are listed in schema order, whatever order everit visited them in.
        assertEquals(List.of("3:3 author: matches none of the allowed alternatives (anyOf): missing required key "
                + "\"name\"; or author.id: expected an integer, found a string (\"x\")"),
                check(schema, "author:\n  id: x\n"));
    }

    @Test
    void anyOfOfEnumAndTypeExplainsBoth() throws Exception {
        String schema = "{\"properties\": {\"level\": {\"anyOf\": [{\"enum\": [\"low\", \"high\"]}, {\"type\": \"integer\"}]}}}";
        assertEquals(List.of("2:8 level: expected one of \"low\", \"high\" or an integer, found a boolean (true)"),
                check(schema, "level: true\n"));
        assertEquals(List.of("2:8 level: \"mid\" is not one of \"low\", \"high\""), check(schema, "level: mid\n"));
    }

    @Test
    void notAndFalseSchemas() throws Exception {
        String schema = "{\"properties\": {\"a\": {\"not\": {\"type\": \"string\"}}, \"legacy\": false,"
                + " \"list\": {\"items\": false}}}";
        List<String> found = check(schema, "a: s\nlegacy: 1\nlist: [1]\n");
        assertEquals(List.of(
                "2:4 a: matches the schema under \"not\", which is not allowed",
                "3:1 key \"legacy\" is not allowed by the schema",
                "4:8 list[0]: no value is allowed here by the schema"), found);
    }

    @Test
    void containsSaysNoItemMatches() throws Exception {
        assertEquals(List.of("2:7 tags: no item matches the schema under \"contains\""),
                check("{\"properties\": {\"tags\": {\"contains\": {\"const\": \"blog\"}}}}", "tags: [a, b]\n"));
    }

    @Test
    void dependenciesPointAtTheKeyThatNeedsTheOther() throws Exception {
        String schema = "{\"dependencies\": {\"cover\": [\"cover_alt\"]}}";
        assertEquals(List.of("3:1 key \"cover_alt\" is required when key \"cover\" is present"),
                check(schema, "title: x\ncover: a.png\n"));
    }

    @Test
    void propertyNamesPointAtTheKey() throws Exception {
        String schema = "{\"properties\": {\"links\": {\"propertyNames\": {\"pattern\": \"^[a-z]+$\"}}}}";
        Post post = Post.yaml("links:\n  home: /\n  Über: /u\n");
        List<Finding> findings = schemas.load(schema).validate(post.frontMatter());
        assertEquals(List.of("4:3 links: key \"Über\" does not match the pattern ^[a-z]+$"),
                findings.stream().map(post::render).toList());
        assertEquals("Über", post.covered(findings.get(0)));
    }

    @Test
    void requiredAtTopLevelPointsAtTheOpeningFence() throws Exception {
        Post post = Post.yaml("title: x\n");
        List<Finding> findings = schemas.load("{\"required\": [\"title\", \"slug\", \"tags\"]}").validate(post.frontMatter());
        assertEquals(List.of("1:1 missing required key \"slug\"", "1:1 missing required key \"tags\""),
                findings.stream().map(post::render).toList());
        assertEquals("---", post.covered(findings.get(0)));
    }

    @Test
    void requiredInNestedMappingPointsAtTheKeyHoldingIt() throws Exception {
        String schema = "{\"properties\": {\"author\": {\"type\": \"object\", \"required\": [\"name\", \"email\"]}}}";
        assertEquals(List.of("3:1 author: missing required key \"email\"", "3:1 author: missing required key \"name\""),
                check(schema, "title: x\nauthor:\n  nam: Bear\n"));
    }

    @Test
    void requiredInMappingInsideListPointsAtTheMapping() throws Exception {
        String schema = "{\"properties\": {\"authors\": {\"items\": {\"required\": [\"name\"]}}}}";
        assertEquals(List.of("4:5 authors[1]: missing required key \"name\""),
                check(schema, "authors:\n  - name: A\n  - email: b@example.com\n"));
    }

    @Test
    void unknownKeyPointsAtTheKeyAndSuggestsTheClosestKnownKey() throws Exception {
        String schema = "{\"properties\": {\"title\": {}, \"tags\": {}}, \"additionalProperties\": false}";
        Post post = Post.yaml("tilte: Hello\ntags: []\nlayout: post\n");
        List<Finding> findings = schemas.load(schema).validate(post.frontMatter());
        assertEquals(List.of(
                "2:1 unknown key \"tilte\" is not allowed by the schema; did you mean \"title\"?",
                "4:1 unknown key \"layout\" is not allowed by the schema"),
                findings.stream().map(post::render).toList());
        assertEquals("tilte", post.covered(findings.get(0)));
    }

    @Test
    void unknownKeyDoesNotSuggestAKeyThatIsAlreadyThere() throws Exception {
        String schema = "{\"properties\": {\"title\": {}}, \"additionalProperties\": false}";
        assertEquals(List.of("3:1 unknown key \"tilte\" is not allowed by the schema"),
                check(schema, "title: a\ntilte: b\n"));
    }

    @Test
    void unknownKeyRespectsPatternProperties() throws Exception {
        String schema = "{\"properties\": {\"title\": {}}, \"patternProperties\": {\"^x-\": {}}, "
                + "\"additionalProperties\": false}";
        assertEquals(List.of("4:1 unknown key \"y-extra\" is not allowed by the schema"),
                check(schema, "title: a\nx-extra: b\ny-extra: c\n"));
    }

    @Test
    void unknownKeyInNestedMapping() throws Exception {
        String schema = "{\"properties\": {\"author\": {\"properties\": {\"name\": {}}, \"additionalProperties\": false}}}";
        assertEquals(List.of("3:3 author: unknown key \"nmae\" is not allowed by the schema; did you mean \"name\"?"),
                check(schema, "author:\n  nmae: b\n"));
    }

    @Test
    void nestedPointersBecomeDottedAndIndexedPaths() throws Exception {
        String schema = "{\"properties\": {\"tags\": {\"items\": {\"type\": \"string\", \"minLength\": 1}},"
                + " \"author\": {\"properties\": {\"name\": {\"type\": \"string\"},"
                + " \"first name\": {\"type\": \"string\"}}}}}";
        assertEquals(List.of(
                "2:11 tags[1]: expected a string, found an integer (2024)",
                "2:17 tags[2]: 0 characters, at least 1 required",
                "4:9 author.name: expected a string, found an integer (42)",
                "5:15 author[\"first name\"]: expected a string, found a boolean (true)"),
                check(schema, "tags: [a, 2024, \"\"]\nauthor:\n  name: 42\n  first name: true\n"));
    }

    @Test
    void integerKeysOfMappingsAreKeysNotIndexes() throws Exception {
        // A plain 2024 key is refused by the composer (a number, not text); quoted, it is a key that looks like one.
        assertEquals(List.of("3:11 years.2024: expected a string, found an integer (1)"),
                check("{\"properties\": {\"years\": {\"additionalProperties\": {\"type\": \"string\"}}}}",
                        "years:\n  \"2024\": 1\n"));
    }

    @Test
    void additionalPropertiesSchemasReportTheirOwnKeyword() throws Exception {
        // everit names the enclosing object's schema as the violated one here; the message must not.
        String schema = "{\"definitions\": {\"short\": {\"type\": \"string\", \"maxLength\": 2}},"
                + " \"properties\": {\"links\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}},"
                + " \"codes\": {\"additionalProperties\": {\"$ref\": \"#/definitions/short\"}}}}";
        assertEquals(List.of("3:9 links.home: expected a string, found an integer (1)",
                "5:8 codes.abc: 3 characters, at most 2 allowed"),
                check(schema, "links:\n  home: 1\ncodes:\n  abc: xyz\n"));
        // The object schema's own type failure is still about the object.
        assertEquals(List.of("2:8 links: expected an object, found an integer (5)"), check(schema, "links: 5\n"));
    }

    @Test
    void requiredInsideAnAdditionalPropertiesSchema() throws Exception {
        String schema = "{\"properties\": {\"links\": {\"additionalProperties\": {\"required\": [\"url\"]}}}}";
        assertEquals(List.of("3:3 links.home: missing required key \"url\""),
                check(schema, "links:\n  home:\n    title: Home\n"));
    }

    @Test
    void echoedValuesAreEscapedAndShortened() throws Exception {
        String schema = "{\"properties\": {\"slug\": {\"pattern\": \"^[a-z]+$\"}, \"t\": {\"maxLength\": 3}}}";
        String slug = "\"a\\u202Eb\\nc\"";
        List<String> found = check(schema, "slug: " + slug + "\nt: " + "x".repeat(100) + "\n");
        assertEquals("2:7 slug: \"a\\u202Eb\\nc\" does not match the pattern ^[a-z]+$", found.get(0));
        assertEquals("3:4 t: 100 characters, at most 3 allowed", found.get(1));
        String longValue = check("{\"properties\": {\"t\": {\"type\": \"integer\"}}}", "t: " + "y".repeat(100) + "\n").get(0);
        assertEquals("2:4 t: expected an integer, found a string (\"" + "y".repeat(80) + "…\")", longValue);
    }

    @Test
    void findingsAreOrderedByPosition() throws Exception {
        String schema = "{\"required\": [\"slug\"], \"properties\": {\"b\": {\"type\": \"string\"}, "
                + "\"a\": {\"type\": \"string\"}}}";
        assertEquals(List.of("1:1 missing required key \"slug\"", "2:4 b: expected a string, found an integer (1)",
                "3:4 a: expected a string, found an integer (2)"), check(schema, "b: 1\na: 2\n"));
    }
}
