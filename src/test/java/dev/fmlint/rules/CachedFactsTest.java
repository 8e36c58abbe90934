package dev.fmlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in cross-file rules' facts survive the trip through plain data that {@code --cache} makes,
 * and data that does not fit (an edited or stale cache) is refused rather than misread.
 */
class CachedFactsTest {
    private static final Location AT = new Location(3, 7, 3, 12);

    @Test
    void uniqueFieldValuesRoundTrip() {
        List<UniqueField.Value> facts = List.of(new UniqueField.Value("slug", "intro", "Intro", AT),
                new UniqueField.Value("title", "a \"b\"", "A \"b\"", new Location(2, 1, 4, 2)));
        assertEquals(facts, roundTrip(new UniqueField(), facts));
    }

    @Test
    void linkTargetFactsRoundTrip() {
        LinkTargetExists.Facts facts = new LinkTargetExists.Facts("hIntro\nhSet\rup {#setup}\niname\n",
                List.of(new LinkTargetExists.Into("/repo/docs/b.md", "b.md", "setup", AT)));
        assertEquals(facts, roundTrip(new LinkTargetExists(), facts));
    }

    @Test
    void tagsFactsRoundTrip() {
        TagsFormat.Facts facts = new TagsFormat.Facts("tags.yml", List.of("ai"), List.of(new TagsFormat.Tag("ml", AT)));
        assertEquals(facts, roundTrip(new TagsFormat(), facts));
    }

    @Test
    void dataThatDoesNotFitIsRefused() {
        UniqueField unique = new UniqueField();
        assertThrows(IllegalArgumentException.class, () -> unique.factsFromData(Map.of("slug", "x")));
        assertThrows(IllegalArgumentException.class, () -> unique.factsFromData(List.of(List.of("slug", "x"))));
        // a location that cannot be: ends before it starts
        assertThrows(IllegalArgumentException.class,
                () -> unique.factsFromData(List.of(List.of("slug", "x", "x", 3, 7, 2, 1))));
        LinkTargetExists links = new LinkTargetExists();
        assertThrows(IllegalArgumentException.class, () -> links.factsFromData(Map.of("anchorSources", 1, "links", List.of())));
        // anchor sources that sources() cannot have written: an unknown kind, no final line break
        assertThrows(IllegalArgumentException.class, () -> links.factsFromData(Map.of("anchorSources", "xIntro\n",
                "links", List.of())));
        assertThrows(IllegalArgumentException.class, () -> links.factsFromData(Map.of("anchorSources", "hIntro",
                "links", List.of())));
        assertThrows(IllegalArgumentException.class, () -> links.factsFromData(Map.of("anchorSources", "",
                "links", List.of(List.of("relative/b.md", "b.md", "x", 1, 1, 1, 2)))));
        assertThrows(IllegalArgumentException.class, () -> new TagsFormat().factsFromData(Map.of("file", "t.yml",
                "vocabulary", List.of(), "tags", List.of())));
    }

    /** Through data as a JSON reader hands it back: mutable collections, numbers as Integer or Long. */
    private static <F> F roundTrip(CrossFileRule<F> rule, F facts) {
        Object data = rule.factsToData(facts).orElseThrow();
        assertTrue(isPlain(data), "plain data: " + data);
        return rule.factsFromData(asRead(data));
    }

    private static boolean isPlain(Object o) {
        if (o instanceof Map<?, ?> m) {
            return m.keySet().stream().allMatch(k -> k instanceof String) && m.values().stream().allMatch(CachedFactsTest::isPlain);
        }
        if (o instanceof List<?> l) {
            return l.stream().allMatch(CachedFactsTest::isPlain);
        }
        return o == null || o instanceof String || o instanceof Number || o instanceof Boolean;
    }

    private static Object asRead(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> copy = new HashMap<>();
            m.forEach((k, v) -> copy.put((String) k, asRead(v)));
            return copy;
        }
        if (o instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(asRead(v)));
            return copy;
        }
        return o instanceof Integer i ? Long.valueOf(i) : o;
    }
}
