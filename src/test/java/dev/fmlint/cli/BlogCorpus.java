package dev.fmlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A generated blog of {@value #POSTS} posts with a regular front matter and six planted outliers, each in one
 * post (under 1% of the values of its key): what {@code init} should learn, and what a check with the
 * inferred schema should then report, and nothing else.
 */
final class BlogCorpus {
    static final int POSTS = 120;
    private static final List<String> CATEGORIES = List.of("Guides", "News", "AI教程");
    private static final List<String> TAGS = List.of("yaml", "markdown", "lint", "schema", "写作", "ci");

    /** The planted outliers: file name to what is wrong with it. */
    static final Map<String, String> OUTLIERS = Map.of(
            "posts/post-10.md", "tilte instead of title",
            "posts/post-20.md", "draft: yes (a string)",
            "posts/post-30.md", "date: 2024-13-45 (not a date)",
            "posts/post-40.md", "category: Gudies",
            "posts/post-50.md", "tags as one string",
            "posts/post-60.md", "the same tag twice");

    private BlogCorpus() {}

    static void write(Path dir) throws IOException {
        for (int i = 0; i < POSTS; i++) {
            String title = "Post number " + i + (i % 7 == 0 ? " 中文标题" : "");
            String date = "2024-" + two(i % 12 + 1) + "-" + two(i % 28 + 1);
            String category = i == 40 ? "Gudies" : CATEGORIES.get(i % 3);
            String tags = i == 50 ? "yaml, lint" : i == 60 ? "[yaml, yaml]"
                    : "[" + TAGS.get(i % 6) + ", " + TAGS.get((i + 1) % 6) + "]";
            String yaml = (i == 10 ? "tilte" : "title") + ": " + title + "\n"
                    + "slug: post-number-" + i + "\n"
                    + "date: " + (i == 30 ? "2024-13-45" : date) + "\n"
                    + "category: " + category + "\n"
                    + "tags: " + tags + "\n"
                    + "draft: " + (i == 20 ? "yes" : i % 5 == 0 ? "true" : "false") + "\n";
            Path file = dir.resolve("posts/post-" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\n" + yaml + "---\n\n# " + title + "\n\nText.\n", StandardCharsets.UTF_8);
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
