package dev.fmlint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in {@code blog-post} schema, loaded by name from the jar resources as {@code --schema blog-post} does. */
class BlogPostSchemaTest {
    private FrontMatterValidator blogPost;

    @BeforeEach
    void setUp() throws SchemaLoadException {
        blogPost = new SchemaLoader().load("blog-post");
    }

    private static String sample() throws IOException {
        try (InputStream in = BlogPostSchemaTest.class.getResourceAsStream("/schema/ai-2024-review-2025-outlook.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void samplePostFailsOnlyOnItsCommaSeparatedTags() throws IOException {
        assertEquals(List.of("7:7 tags: expected an array, found a string (\"AI, 2024, 2025, 趋势, GPT-4, Claude\")"),
                Post.of(sample()).check(blogPost));
    }

    @Test
    void samplePostWithTagsAsAListPasses() throws IOException {
        String fixed = sample().replace("tags: \"AI, 2024, 2025, 趋势, GPT-4, Claude\"",
                "tags: [AI, \"2024\", \"2025\", 趋势, GPT-4, Claude]");
        assertTrue(!fixed.equals(sample()), "the sample's tags line changed; update this test");
        assertEquals(List.of(), Post.of(fixed).check(blogPost));
    }

    @Test
    void requiresTitleSlugAndTags() {
        assertEquals(List.of("1:1 missing required key \"slug\"", "1:1 missing required key \"tags\"",
                "1:1 missing required key \"title\""), Post.yaml("author: 大熊\n").check(blogPost));
    }

    @Test
    void slugMustBeLowercaseKebabCase() {
        String pattern = " does not match the pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$";
        for (String bad : List.of("Foo-Bar", "foo--bar", "-foo", "foo_bar", "ai-趋势")) {
            assertEquals(List.of("3:7 slug: \"" + bad + "\"" + pattern),
                    Post.yaml("title: t\nslug: \"" + bad + "\"\ntags: [a]\n").check(blogPost), bad);
        }
        assertEquals(List.of(), Post.yaml("title: t\nslug: ai-2024-review\ntags: [a]\n").check(blogPost));
    }

    @Test
    void tagsMustBeUniqueNonEmptyStrings() {
        assertEquals(List.of("4:12 tags[1]: 0 characters, at least 1 required",
                "4:16 tags[2]: \"AI\" is a duplicate of tags[0]; items must be unique"),
                Post.yaml("title: t\nslug: s\ntags: [AI, \"\", AI]\n").check(blogPost));
        assertEquals(List.of("4:7 tags: 0 items, at least 1 required"),
                Post.yaml("title: t\nslug: s\ntags: []\n").check(blogPost));
    }

    @Test
    void datesAreDatesOrDateTimes() {
        String head = "title: t\nslug: s\ntags: [a]\n";
        assertEquals(List.of(), Post.yaml(head + "date: 2024-12-31\nupdated: 2025-01-02T08:00:00+08:00\n").check(blogPost));
        assertEquals(List.of("5:7 date: \"2024-13-45\" is not a valid date or date-time (expected YYYY-MM-DD or "
                + "YYYY-MM-DDThh:mm:ss plus a time zone, e.g. 2024-05-01T09:30:00+08:00)"),
                Post.yaml(head + "date: 2024-13-45\n").check(blogPost));
    }

    @Test
    void draftIsABooleanAndOtherKeysAreAllowed() {
        String head = "title: t\nslug: s\ntags: [a]\n";
        assertEquals(List.of("5:8 draft: expected a boolean, found a string (\"no\")"),
                Post.yaml(head + "draft: no\nlayout: post\n").check(blogPost));
    }

    @Test
    void excerptLengthCountsCharacters() {
        String head = "title: t\nslug: s\ntags: [a]\n";
        assertEquals(List.of("5:10 excerpt: 6 characters, at least 10 required"),
                Post.yaml(head + "excerpt: 回顾2024\n").check(blogPost));
        assertEquals(List.of(), Post.yaml(head + "excerpt: " + "字".repeat(300) + "\n").check(blogPost));
    }
}
