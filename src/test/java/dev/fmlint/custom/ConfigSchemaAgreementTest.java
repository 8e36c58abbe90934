package dev.fmlint.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmlint.config.ConfigException;
import dev.fmlint.config.ConfigLoader;
import dev.fmlint.config.ConfigNode;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The configuration schema (what editors use) and the custom rule reader (what fmlint uses) accept and reject
 * the same definitions. Some mistakes only the reader can see, and so are not here: patterns RE2/J refuses,
 * {@code suggest} groups the pattern lacks, {@code min-length} over {@code max-length}, missing files.
 */
class ConfigSchemaAgreementTest {
    @TempDir
    Path dir;

    private static final String RULE = "customRules:\n  - id: r\n    message: m\n";

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("categories.txt"), "news\nhowto\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("more.yaml"), "customRules:\n  - id: more\n    message: m\n    field: a\n"
                + "    max-length: 3\n", StandardCharsets.UTF_8);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
            Arguments.of("the four README examples", """
                customRules:
                  - id: no-todo-in-published
                    message: "remove {match} before publishing, or set draft: true"
                    scope: body
                    forbid: '\\bTODO\\b'
                    when: {field: draft, not: true}
                  - id: category-known
                    description: The category is one of the site's categories
                    message: 'category "{value}" is not one of the categories'
                    field: category
                    one-of-file: categories.txt
                  - id: excerpt-not-title
                    message: the excerpt only repeats the title
                    severity: warning
                    field: excerpt
                    not-equal-field: title
                  - id: no-http-links
                    message: "{value} uses http://; use https://"
                    scope: link-url
                    forbid: '^http://(.*)$'
                    suggest: 'https://$1'
                """),
            Arguments.of("every key", """
                customRules:
                  - include: more.yaml
                  - id: all-keys
                    description: d
                    message: "{{value}} {match} {x {} {"
                    severity: error
                    scope: headings
                    includeCode: true
                    forbid: '  '
                    suggest: ' '
                    require: x
                    one-of: [a, 2, true]
                    min-length: 0
                    max-length: 10
                    not-equal-field: /meta/title
                    when: [{pointer: /a~1b, equals: null}, {field: x, exists: false}, {field: y, not: [1, 2]}]
                """));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
            Arguments.of("unknown key", RULE + "    scope: body\n    forbd: x\n"),
            Arguments.of("missing id", "customRules:\n  - message: m\n    scope: body\n    forbid: x\n"),
            Arguments.of("id not kebab-case", "customRules:\n  - id: No_Todo\n    message: m\n    scope: body\n"
                + "    forbid: x\n"),
            Arguments.of("id not text", "customRules:\n  - id: 7\n    message: m\n    scope: body\n    forbid: x\n"),
            Arguments.of("missing message", "customRules:\n  - id: r\n    scope: body\n    forbid: x\n"),
            Arguments.of("blank message", "customRules:\n  - id: r\n    message: '  '\n    scope: body\n    forbid: x\n"),
            Arguments.of("unknown placeholder", "customRules:\n  - id: r\n    message: '{a{valeu}'\n    scope: body\n"
                + "    forbid: x\n"),
            Arguments.of("severity off", RULE + "    severity: off\n    scope: body\n    forbid: x\n"),
            Arguments.of("no scope", RULE + "    forbid: x\n"),
            Arguments.of("two scopes", RULE + "    field: a\n    pointer: /b\n    forbid: x\n"),
            Arguments.of("unknown scope", RULE + "    scope: bdy\n    forbid: x\n"),
            Arguments.of("blank field", RULE + "    field: ' '\n    forbid: x\n"),
            Arguments.of("bad pointer", RULE + "    pointer: a/b\n    forbid: x\n"),
            Arguments.of("bad pointer escape", RULE + "    pointer: /a~2\n    forbid: x\n"),
            Arguments.of("includeCode on a field", RULE + "    field: a\n    includeCode: true\n    forbid: x\n"),
            Arguments.of("includeCode on link-url", RULE + "    scope: link-url\n    includeCode: true\n    forbid: x\n"),
            Arguments.of("includeCode not boolean", RULE + "    scope: body\n    includeCode: yes\n    forbid: x\n"),
            Arguments.of("no check", RULE + "    scope: body\n"),
            Arguments.of("empty pattern", RULE + "    scope: body\n    forbid: ''\n"),
            Arguments.of("pattern not text", RULE + "    scope: body\n    require: 12\n"),
            Arguments.of("suggest without forbid", RULE + "    scope: body\n    require: x\n    suggest: y\n"),
            Arguments.of("one-of empty", RULE + "    field: a\n    one-of: []\n"),
            Arguments.of("one-of not a list", RULE + "    field: a\n    one-of: news\n"),
            Arguments.of("one-of with a mapping", RULE + "    field: a\n    one-of: [a, {b: c}]\n"),
            Arguments.of("one-of with null", RULE + "    field: a\n    one-of: [a, ~]\n"),
            Arguments.of("one-of and one-of-file", RULE + "    field: a\n    one-of: [a]\n    one-of-file: categories.txt\n"),
            Arguments.of("negative length", RULE + "    field: a\n    min-length: -1\n"),
            Arguments.of("fractional length", RULE + "    field: a\n    max-length: 1.5\n"),
            Arguments.of("bad not-equal-field pointer", RULE + "    field: a\n    not-equal-field: /x~\n"),
            Arguments.of("when is a word", RULE + "    scope: body\n    forbid: x\n    when: draft\n"),
            Arguments.of("when is an empty list", RULE + "    scope: body\n    forbid: x\n    when: []\n"),
            Arguments.of("when with two tests", RULE + "    scope: body\n    forbid: x\n"
                + "    when: {field: d, not: true, equals: false}\n"),
            Arguments.of("when with no test", RULE + "    scope: body\n    forbid: x\n    when: {field: d}\n"),
            Arguments.of("when with no subject", RULE + "    scope: body\n    forbid: x\n    when: {not: true}\n"),
            Arguments.of("when with two subjects", RULE + "    scope: body\n    forbid: x\n"
                + "    when: {field: d, pointer: /d, not: true}\n"),
            Arguments.of("when with an unknown key", RULE + "    scope: body\n    forbid: x\n"
                + "    when: {field: d, is: true}\n"),
            Arguments.of("exists not boolean", RULE + "    scope: body\n    forbid: x\n    when: {field: d, exists: 1}\n"),
            Arguments.of("include with other keys", "customRules:\n  - include: more.yaml\n    id: x\n"),
            Arguments.of("include not text", "customRules:\n  - include: [more.yaml]\n"),
            Arguments.of("not a mapping", "customRules:\n  - no TODO\n"),
            Arguments.of("not a list", "customRules: {id: r}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void bothAcceptValidRules(String name, String config) throws IOException {
        assertEquals(List.of("schema accepts", "reader accepts"), verdicts(config));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void bothRejectInvalidRules(String name, String config) throws IOException {
        assertEquals(List.of("schema rejects", "reader rejects"), verdicts(config));
    }

    private List<String> verdicts(String config) throws IOException {
        Path file = dir.resolve(".fmlint.yaml");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return List.of("schema " + verdict(() -> new ConfigLoader(dir).load(file)),
                "reader " + verdict(() -> readerAlone(file, config)));
    }

    /** The reader on its own, without the schema that ConfigLoader also applies. */
    private static void readerAlone(Path file, String config) throws ConfigException {
        SourceFile source = SourceFile.of(file, ".fmlint.yaml", config, false);
        YamlNode.Mapping root = ((YamlComposer.Composed) new YamlComposer(YamlComposer.Limits.DEFAULT)
                .compose(source, new Span(0, config.length()))).root();
        CustomRules.check(new ConfigNode(root.get("customRules").orElseThrow(), source));
    }

    private static String verdict(Load load) {
        try {
            load.run();
            return "accepts";
        } catch (ConfigException e) {
            return "rejects";
        }
    }

    private interface Load {
        void run() throws ConfigException;
    }
}
