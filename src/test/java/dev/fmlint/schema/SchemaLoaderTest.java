package dev.fmlint.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.everit.json.schema.Schema;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaLoaderTest {
    @TempDir
    Path dir;
    private Schemas schemas;

    @BeforeEach
    void setUp() {
        schemas = new Schemas(dir);
    }

    private String loadError(String json) {
        Path file = schemas.write("test.schema.json", json);
        return assertThrows(SchemaLoadException.class, () -> schemas.load(file)).getMessage();
    }

    private String name() {
        return dir.resolve("test.schema.json").toString();
    }

    // --- references ---------------------------------------------------------------------------------

    @Test
    void remoteRefIsRefusedWithoutAnyConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.json";
            String message = loadError("{\"properties\": {\"author\": {\"$ref\": \"" + url + "\"}}}");
            assertEquals("schema " + name() + ": remote $ref " + url + " is not fetched; download the schema and "
                    + "refer to it by a relative path", message);
            // The kernel queues a connection even before accept(); a short accept shows none was made.
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept);
        }
    }

    @Test
    void relativeRefUnderARemoteIdIsRefusedWithoutAnyConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String base = "http://127.0.0.1:" + server.getLocalPort() + "/";
            String message = loadError("{\"$id\": \"" + base + "post.json\", \"properties\": {\"a\": {\"$ref\": \"defs.json\"}}}");
            assertEquals("schema " + name() + ": remote $ref " + base + "defs.json is not fetched; download the "
                    + "schema and refer to it by a relative path", message);
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept);
        }
    }

    @Test
    void refsToOtherSchemesAreRefused() {
        assertEquals("schema " + name() + ": $ref jar:file:/x.jar!/a.json is not read: only local schema files are; "
                + "refer to it by a relative path",
                loadError("{\"properties\": {\"a\": {\"$ref\": \"jar:file:/x.jar!/a.json\"}}}"));
        assertEquals("schema " + name() + ": remote $ref file://example.com/x.json is not fetched; download the "
                + "schema and refer to it by a relative path",
                loadError("{\"properties\": {\"a\": {\"$ref\": \"//example.com/x.json\"}}}"));
    }

    @Test
    void relativeFileRefIsResolvedAgainstTheSchemaFile() throws Exception {
        schemas.write("defs/common.schema.json",
                "{\"definitions\": {\"slug\": {\"type\": \"string\", \"pattern\": \"^[a-z-]+$\"}}}");
        Path main = schemas.write("post.schema.json",
                "{\"properties\": {\"slug\": {\"$ref\": \"defs/common.schema.json#/definitions/slug\"}}}");
        FrontMatterValidator validator = schemas.load(main);
        assertEquals(List.of("2:7 slug: \"Not OK\" does not match the pattern ^[a-z-]+$"),
                Post.yaml("slug: Not OK\n").check(validator));
        assertEquals(List.of(), Post.yaml("slug: ok\n").check(validator));
    }

    @Test
    void refToItsOwnFileByNameNeedsNoFetch() throws Exception {
        Path main = schemas.write("self.schema.json", "{\"definitions\": {\"n\": {\"type\": \"integer\"}},"
                + " \"properties\": {\"count\": {\"$ref\": \"self.schema.json#/definitions/n\"}}}");
        assertEquals(List.of("2:8 count: expected an integer, found a string (\"x\")"),
                Post.yaml("count: x\n").check(schemas.load(main)));
    }

    @Test
    void missingReferencedFileNamesIt() {
        assertEquals("schema " + dir.resolve("nope.json") + " not found",
                loadError("{\"properties\": {\"a\": {\"$ref\": \"nope.json\"}}}"));
    }

    @Test
    void referencedFileIsCheckedAgainstTheMetaSchemaToo() {
        Path defs = schemas.write("defs.json", "{\"definitions\": {\"t\": {\"maxLength\": -2}}}");
        assertEquals("schema " + defs + " is not a valid JSON Schema (draft-07): at /definitions/t/maxLength: -2 is "
                + "less than the minimum of 0", loadError("{\"properties\": {\"a\": {\"$ref\": \"defs.json#/definitions/t\"}}}"));
    }

    @Test
    void danglingLocalRefIsALoadError() {
        assertEquals("schema " + name() + ": $ref \"#/definitions/nope\" at /properties/a/$ref points at nothing in "
                + "the schema", loadError("{\"properties\": {\"a\": {\"$ref\": \"#/definitions/nope\"}}}"));
        assertEquals("schema " + name() + ": $ref \"#/definitions/a%20b\" at /properties/a/$ref points at nothing in "
                + "the schema", loadError("{\"definitions\": {\"a b \": {}}, \"properties\": {\"a\": {\"$ref\": \"#/definitions/a%20b\"}}}"));
    }

    @Test
    void percentEscapedLocalRefResolves() throws Exception {
        FrontMatterValidator validator = schemas.load("{\"definitions\": {\"a b\": {\"type\": \"string\"}},"
                + " \"properties\": {\"a\": {\"$ref\": \"#/definitions/a%20b\"}}}");
        assertEquals(List.of("2:4 a: expected a string, found an integer (1)"), Post.yaml("a: 1\n").check(validator));
    }

    // --- meta-schema, patterns, drafts --------------------------------------------------------------

    @Test
    void negativeMinLengthIsRefusedWithItsPointer() {
        assertEquals("schema " + name() + " is not a valid JSON Schema (draft-07): at /minLength: -1 is less than the "
                + "minimum of 0", loadError("{\"minLength\": -1}"));
    }

    @Test
    void misspeltTypeIsRefusedWithItsPointer() {
        assertEquals("schema " + name() + " is not a valid JSON Schema (draft-07): at /properties/title/type: "
                + "\"strin\" is not one of \"array\", \"boolean\", \"integer\", \"null\", \"number\", \"object\", \"string\"",
                loadError("{\"properties\": {\"title\": {\"type\": \"strin\"}}}"));
    }

    @Test
    void severalMetaProblemsAreListedInPointerOrder() {
        assertEquals("schema " + name() + " is not a valid JSON Schema (draft-07): at /properties/a/minItems: "
                + "expected an integer, found a string (\"2\"); at /required: expected an array, found a string "
                + "(\"title\")", loadError("{\"required\": \"title\", \"properties\": {\"a\": {\"minItems\": \"2\"}}}"));
    }

    @Test
    void invalidPatternIsNamed() {
        assertEquals("schema " + name() + " is not a valid JSON Schema (draft-07): at /properties/slug/pattern: \"(\" "
                + "is not a valid regular expression", loadError("{\"properties\": {\"slug\": {\"pattern\": \"(\"}}}"));
    }

    @Test
    void patternRe2jCannotRunIsNamed() {
        assertEquals("schema " + name() + ": pattern \"^(?=a)\" at /properties/slug/pattern cannot be used: invalid "
                + "or unsupported Perl syntax: (?= (fmlint matches patterns with RE2J, which runs in linear time but has no look-around and no "
                + "backreferences)", loadError("{\"properties\": {\"slug\": {\"pattern\": \"^(?=a)\"}}}"));
    }

    @Test
    void patternPropertiesAndBackreferencesAreCheckedToo() {
        assertEquals("schema " + name() + ": pattern \"(a)\\\\1\" at /patternProperties/(a)\\\\1 cannot be used: invalid "
                + "escape sequence: \\\\1 (fmlint matches patterns with RE2J, which runs in linear time but has no "
                + "look-around and no backreferences)", loadError("{\"patternProperties\": {\"(a)\\\\1\": {}}}"));
    }

    @Test
    void patternsInsideDataKeywordsAreNotSchemas() throws Exception {
        schemas.load("{\"properties\": {\"a\": {\"const\": {\"pattern\": \"(?=x)\"}}}}");
    }

    @Test
    void unsupportedDraftsAreRefused() {
        String fix = ", which fmlint does not support; fmlint reads JSON Schema draft-07: set \"$schema\" to "
                + "\"http://json-schema.org/draft-07/schema#\" or remove it";
        assertEquals("schema " + name() + " declares \"$schema\" \"https://json-schema.org/draft/2020-12/schema\" "
                + "(JSON Schema draft 2020-12)" + fix,
                loadError("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}"));
        assertEquals("schema " + name() + " declares \"$schema\" \"https://json-schema.org/draft/2019-09/schema\" "
                + "(JSON Schema draft 2019-09)" + fix,
                loadError("{\"$schema\": \"https://json-schema.org/draft/2019-09/schema\"}"));
        assertEquals("schema " + name() + " declares \"$schema\" \"http://json-schema.org/draft-04/schema#\" "
                + "(JSON Schema draft-04)" + fix, loadError("{\"$schema\": \"http://json-schema.org/draft-04/schema#\"}"));
        assertEquals("schema " + name() + " declares an unknown \"$schema\" \"https://example.com/my-draft\"" + fix,
                loadError("{\"$schema\": \"https://example.com/my-draft\"}"));
        assertEquals("schema " + name() + ": \"$schema\" must be a string such as "
                + "\"http://json-schema.org/draft-07/schema#\", found an integer (7)", loadError("{\"$schema\": 7}"));
    }

    @Test
    void draft07IsReadWithOrWithoutSchemaKeyword() throws Exception {
        for (String declared : List.of("", "\"$schema\": \"http://json-schema.org/draft-07/schema#\",",
                "\"$schema\": \"https://json-schema.org/draft-07/schema\",")) {
            // exclusiveMinimum as a number is draft-06+; draft-04 (everit's default) wants a boolean.
            FrontMatterValidator validator = schemas.load("{" + declared
                    + " \"properties\": {\"n\": {\"exclusiveMinimum\": 0}}}");
            assertEquals(List.of("2:4 n: 0 must be greater than 0"), Post.yaml("n: 0\n").check(validator), declared);
        }
    }

    // --- reference loops ----------------------------------------------------------------------------

    @Test
    void selfReferenceLoopIsALoadError() {
        assertEquals("schema " + name() + " has a $ref loop that never reaches a check: \"#\" → \"#\"; point one of "
                + "these references at a real schema", loadError("{\"$ref\": \"#\"}"));
    }

    @Test
    void twoStepLoopIsALoadError() {
        String message = loadError("{\"definitions\": {\"a\": {\"$ref\": \"#/definitions/b\"},"
                + " \"b\": {\"allOf\": [{\"$ref\": \"#/definitions/a\"}]}}, \"properties\": {\"x\": {\"$ref\": \"#/definitions/a\"}}}");
        assertTrue(message.equals("schema " + name() + " has a $ref loop that never reaches a check: "
                + "\"#/definitions/b\" → \"#/definitions/a\" → \"#/definitions/b\"; point one of these references at a real schema")
                || message.equals("schema " + name() + " has a $ref loop that never reaches a check: "
                + "\"#/definitions/a\" → \"#/definitions/b\" → \"#/definitions/a\"; point one of these references at a real schema"),
                message);
    }

    @Test
    void recursionThroughPropertiesIsNotALoop() throws Exception {
        FrontMatterValidator validator = schemas.load("{\"type\": \"object\", \"properties\": {\"title\": {\"type\": \"string\"},"
                + " \"parent\": {\"$ref\": \"#\"}}}");
        assertEquals(List.of("4:10 parent.title: expected a string, found an integer (3)"),
                Post.yaml("title: a\nparent:\n  title: 3\n").check(validator));
    }

    @Test
    void stackOverflowWhileValidatingBecomesAFinding() {
        // A loop that got past the load-time check must still not crash the run.
        Schema looping = org.everit.json.schema.loader.SchemaLoader.builder()
                .schemaJson(new JSONObject("{\"$ref\": \"#\"}")).draftV7Support().build().load().build();
        FrontMatterValidator validator = new EveritValidator("loop", looping);
        assertEquals(List.of("1:1 schema loop could not check this front matter: its references loop without end; "
                + "fix the $ref loop in the schema"), Post.yaml("title: x\n").check(validator));
    }

    // --- files --------------------------------------------------------------------------------------

    @Test
    void invalidJsonGivesLineAndColumn() {
        assertEquals("schema " + name() + " is not valid JSON: line 3, column 14: Expected a ':' after a key",
                loadError("{\n  \"type\": \"object\",\n  \"required\" [\"title\"]\n}"));
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedBeforeOrgJsonParsesIt() {
        // Parsing it would take time quadratic in its digits; a string of digits is fine.
        assertEquals("schema " + name() + " has a number longer than 1000 characters; write a shorter one",
                loadError("{\"type\": \"number\", \"maximum\": " + "9".repeat(200_000) + "}"));
        Path digitsAsText = schemas.write("test.schema.json", "{\"type\": \"string\", \"const\": \""
                + "9".repeat(5_000) + "\"}");
        assertDoesNotThrow(() -> schemas.load(digitsAsText));
    }

    @Test
    void textAfterTheObjectIsAnError() {
        assertEquals("schema " + name() + " is not valid JSON: line 1, column 20: unexpected text after the "
                + "closing \"}\"", loadError("{\"type\": \"object\"} {}"));
        assertEquals("schema " + name() + " is not valid JSON: line 3, column 2: unexpected text after the "
                + "closing \"}\"", loadError("{\"type\": \"object\"}\n\n x"));
    }

    @Test
    void nonObjectsAreRefused() {
        assertEquals("schema " + name() + " is not a JSON Schema: the file must hold one JSON object, starting "
                + "with \"{\"", loadError("[{\"type\": \"object\"}]"));
        assertEquals("schema " + name() + " is not a JSON Schema: the file must hold one JSON object, starting "
                + "with \"{\", but it is empty", loadError("  \n"));
    }

    @Test
    void folderIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("schemas"));
        assertEquals("schema " + folder + " is a folder; give a JSON Schema file",
                assertThrows(SchemaLoadException.class, () -> schemas.loader().load(folder.toString())).getMessage());
    }

    @Test
    void unknownNameIsRefused() {
        assertEquals("schema blog-pots not found: it is neither a file nor a built-in schema name (built-in: blog-post)",
                assertThrows(SchemaLoadException.class, () -> schemas.loader().load("blog-pots")).getMessage());
    }

    @Test
    void builtInSchemasLoadByName() throws Exception {
        for (String name : SchemaLoader.BUILT_IN) {
            assertEquals(name, schemas.loader().load(name).name());
            assertEquals(name, schemas.loader().load(name + ".schema.json").name());
        }
    }

    @Test
    void bundledMetaSchemaIsTheRecordedCopy() throws Exception {
        byte[] bytes;
        try (InputStream in = MetaSchema.class.getResourceAsStream(MetaSchema.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String source;
        try (InputStream in = MetaSchema.class.getResourceAsStream("/fmlint/meta/SOURCE.md")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(source.contains("sha256 " + digest), "SOURCE.md does not record " + digest);
        assertEquals("http://json-schema.org/draft-07/schema#", new JSONObject(new String(bytes, StandardCharsets.UTF_8))
                .getString("$id"));
    }
}
