package dev.fmlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private final List<String> ids = List.of("heading-increment", "single-h1", "tags-format", "title-h1");

    @Test
    void suggestsTheClosestId() {
        assertEquals(Optional.of("heading-increment"), Suggestions.closest("heading-incremnt", ids));
        assertEquals(Optional.of("tags-format"), Suggestions.closest("tag-format", ids));
        assertEquals(Optional.of("title-h1"), Suggestions.closest("titel-h1", ids));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggestions.closest("completely-different", ids));
    }
}
