package dev.fmlint.cache;

import java.util.Map;

/**
 * What a file's own checks asked about other files of the project, with the answers they got: a file whose
 * link target was deleted since it was last checked must not pass as clean. Paths are relative to
 * {@code root} when inside it. Answers to listings and texts are hashes ({@link ContentHash#ofNames},
 * {@link ContentHash#ofText}); a parsed Markdown body counts as its text.
 *
 * @param root   the project folder the questions were asked in; another one means other answers
 * @param exists path → whether it existed
 * @param lists  folder → hash of its names
 * @param texts  file → hash of its text, or "-" when it could not be read
 */
public record ProjectQueries(String root, Map<String, Boolean> exists, Map<String, String> lists,
                             Map<String, String> texts) {
    public ProjectQueries {
        exists = Map.copyOf(exists);
        lists = Map.copyOf(lists);
        texts = Map.copyOf(texts);
    }

    public boolean isEmpty() {
        return exists.isEmpty() && lists.isEmpty() && texts.isEmpty();
    }
}
