package dev.fmlint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the scan counts: headers, keys, kinds, values, lengths, headings and typos. */
class AggregationTest {

    @Test
    void countsFilesByHeaderStatus() {
        CorpusStats stats = new Corpus()
                .add("ok.md", "---\ntitle: A\n---\n# A\n")
                .add("empty.md", "---\n---\n# B\n")
                .add("none.md", "# C\n")
                .add("unclosed.md", "---\ntitle: D\n")
                .add("toml.md", "+++\ntitle = \"E\"\n+++\n")
                .add("dup.md", "---\ntitle: F\ntitle: G\n---\n")
                .add("list.md", "---\n- a\n- b\n---\n")
                .stats();
        assertEquals(7, stats.files());
        assertEquals(2, stats.frontMatter().present());
        assertEquals(new FileSample(1, List.of("none.md")), stats.frontMatter().without());
        assertEquals(new FileSample(4, List.of("unclosed.md", "toml.md", "dup.md", "list.md")),
                stats.frontMatter().broken());
        assertEquals(1, Corpus.key(stats, "title").present());
        assertEquals(2, stats.root().mappings());
    }

    @Test
    void kindsFollowYaml12TypingWithIsoDatesNotedAsDates() {
        CorpusStats stats = new Corpus().add("a.md", """
                ---
                day: 2024-01-05
                stamp: "2024-01-05T10:00:00Z"
                spaced: 2024-01-05 10:00
                notADate: 2024-13-45
                yes: yes
                octal: 0123
                count: 12
                ratio: 1.5
                flag: true
                nothing:
                list: [x]
                map: {x: 1}
                ---
                """).stats();
        Map<String, ValueKind> expected = Map.ofEntries(Map.entry("day", ValueKind.DATE),
                Map.entry("stamp", ValueKind.DATE), Map.entry("spaced", ValueKind.DATE),
                Map.entry("notADate", ValueKind.STRING), Map.entry("yes", ValueKind.STRING),
                Map.entry("octal", ValueKind.STRING), Map.entry("count", ValueKind.INTEGER),
                Map.entry("ratio", ValueKind.NUMBER), Map.entry("flag", ValueKind.BOOLEAN),
                Map.entry("nothing", ValueKind.NULL), Map.entry("list", ValueKind.LIST),
                Map.entry("map", ValueKind.MAPPING));
        expected.forEach((key, kind) -> assertEquals(Map.of(kind, 1L), Corpus.key(stats, key).kinds(), key));
    }

    @Test
    void keysAreOrderedByFilesThenNameAndCountDistinctValues() {
        CorpusStats stats = new Corpus()
                .add("a.md", "---\nb: x\na: 1\n---\n")
                .add("b.md", "---\nb: y\na: 1\n---\n")
                .add("c.md", "---\nb: x\nz: \"1\"\n---\n")
                .stats();
        assertEquals(List.of("b", "a", "z"), stats.keys().stream().map(KeyStats::name).toList());
        KeyStats b = Corpus.key(stats, "b");
        assertEquals(2, b.values().distinct());
        assertEquals(List.of(new ValueCount(new ScalarValue(ValueKind.STRING, "x"), 2),
                new ValueCount(new ScalarValue(ValueKind.STRING, "y"), 1)), b.values().top());
        // The integer 1 and the string "1" are different values.
        assertEquals(new ScalarValue(ValueKind.INTEGER, "1"), Corpus.key(stats, "a").values().top().get(0).value());
        assertEquals(new ScalarValue(ValueKind.STRING, "1"), Corpus.key(stats, "z").values().top().get(0).value());
    }

    @Test
    void tagListsCountTheirItems() {
        CorpusStats stats = new Corpus()
                .add("a.md", "---\ntags: [yaml, lint]\n---\n")
                .add("b.md", "---\ntags:\n  - yaml\n  - yaml\n---\n")
                .add("c.md", "---\ntags: []\n---\n")
                .add("d.md", "---\ntags: yaml, lint\n---\n")
                .stats();
        KeyStats tags = Corpus.key(stats, "tags");
        assertEquals(Map.of(ValueKind.LIST, 3L, ValueKind.STRING, 1L), tags.kinds());
        assertEquals(new KeyStats.Lists(3, 1, 1, 0, 2), tags.lists());
        KeyStats items = tags.items();
        assertEquals("tags[]", items.path());
        assertEquals(4, items.present());
        assertEquals(List.of(new ValueCount(new ScalarValue(ValueKind.STRING, "yaml"), 3),
                new ValueCount(new ScalarValue(ValueKind.STRING, "lint"), 1)), items.values().top());
        assertEquals(List.of("a.md", "b.md"), items.examples());
        assertEquals(List.of("a.md", "b.md", "c.md"), tags.examples());
    }

    @Test
    void stringLengthsCountCodePointsSoCjkAndEmojiAreOneEach() {
        CorpusStats stats = new Corpus()
                .add("a.md", "---\ntitle: 你好世界\n---\n")            // 4 characters, 4 UTF-16 units
                .add("b.md", "---\ntitle: 𠮷野家\n---\n")              // 3 characters, 4 UTF-16 units
                .add("c.md", "---\ntitle: \"🎉\"\n---\n")              // 1 character, 2 UTF-16 units
                .add("d.md", "---\ntitle: 回顾2024年AI发展\n---\n")       // 11 characters
                .stats();
        assertEquals(new Lengths(1, 3, 11, 11), Corpus.key(stats, "title").text().lengths());
    }

    @Test
    void lengthPercentilesAreNearestRank() {
        LengthHistogram h = new LengthHistogram();
        for (int i = 1; i <= 10; i++) {
            h.add("x".repeat(i));
        }
        assertEquals(new Lengths(1, 5, 9, 10), h.summary());
        LengthHistogram one = new LengthHistogram();
        one.add("");
        assertEquals(new Lengths(0, 0, 0, 0), one.summary());
        assertNull(new LengthHistogram().summary());
    }

    @Test
    void valueCounterIsExactUpToItsCapAndSaysWhenCapped() {
        ValueCounter counter = new ValueCounter(2);
        ScalarValue a = new ScalarValue(ValueKind.STRING, "a");
        ScalarValue b = new ScalarValue(ValueKind.STRING, "b");
        counter.add(a);
        counter.add(b);
        assertFalse(counter.capped());
        counter.add(new ScalarValue(ValueKind.STRING, "c"));
        counter.add(a);
        assertTrue(counter.capped());
        assertEquals(2, counter.distinct());
        assertEquals(List.of(new ValueCount(a, 2), new ValueCount(b, 1)), counter.top(5));
    }

    @Test
    void nestedKeysGetPathsAndTheirShareOfTheParent() {
        CorpusStats stats = new Corpus()
                .add("a.md", "---\nauthor: {name: A, url: https://a.example}\n---\n")
                .add("b.md", "---\nauthor:\n  name: B\n---\n")
                .stats();
        KeyStats author = Corpus.key(stats, "author");
        assertEquals(2, author.mappings());
        assertEquals(List.of("author.name", "author.url"), author.properties().stream().map(KeyStats::path).toList());
        List<KeyRow> rows = KeyRow.flatten(stats, 10);
        assertEquals(List.of("author", "author.name", "author.url"), rows.stream().map(r -> r.key().path()).toList());
        assertEquals(50.0, rows.get(2).percent());
    }

    @Test
    void headingStructureIsCountedFromTheBody() {
        CorpusStats stats = new Corpus()
                .add("none.md", "---\ntitle: A\n---\n## Only h2\n\n```\n# not a heading\n```\n")
                .add("two.md", "# One\n\nTwo\n===\n")
                .add("skip.md", "# One\n\n### Three\n")
                .add("fine.md", "# One\n\n## Two\n\n### Three\n\n## Two again\n")
                .add("unclosed.md", "---\ntitle: A\n# never parsed\n")
                .stats();
        HeadingSummary h = stats.headings();
        assertEquals(4, h.parsed());
        assertEquals(new FileSample(1, List.of("none.md")), h.noH1());
        assertEquals(new FileSample(1, List.of("two.md")), h.multipleH1());
        assertEquals(new FileSample(1, List.of("skip.md")), h.skippedLevels());
    }

    @Test
    void aRareKeyCloseToACommonOneIsASuspectedTypo() {
        CorpusStats stats = new Corpus()
                .many("post", 20, i -> "title: T" + i + "\ndate: 2024-01-0" + (i % 9 + 1))
                .add("typo.md", "---\ntilte: Oops\ndate: 2024-01-01\n---\n")
                .stats();
        assertEquals(List.of(new SuspectedTypo("tilte", 1, List.of("typo.md"), "title", 20)), stats.typos());
    }

    @Test
    void similarKeysThatShareFilesOrAreShortAreNotTypos() {
        CorpusStats stats = new Corpus()
                .many("post", 30, i -> "date: 2024-01-01\nms: x\nurl: https://x.example")
                .add("a.md", "---\ndate: 2024-01-01\ndata: 1\n---\n")   // next to date: a key of its own
                .add("b.md", "---\ndate: 2024-01-01\ndata: 2\n---\n")
                .add("c.md", "---\nid: 7\n---\n")                         // two edits from "ms", but unrelated
                .add("d.md", "---\nURL: https://y.example\n---\n")        // a case variant of "url": a typo
                .stats();
        assertEquals(List.of("URL"), stats.typos().stream().map(SuspectedTypo::key).toList());
    }

    @Test
    void stringsTooLongForACategoryAreMeasuredButNotCounted() {
        String essay = "word ".repeat(60);
        CorpusStats stats = new Corpus()
                .add("a.md", "---\nsummary: " + essay + "\n---\n")
                .add("b.md", "---\nsummary: " + essay + "\n---\n")
                .stats();
        KeyStats summary = Corpus.key(stats, "summary");
        assertEquals(0, summary.values().distinct());
        assertEquals(299, summary.text().lengths().max());
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void hostileKeysStayCheap() {
        // Two keys of 100,000 characters (explicit "? " keys: YAML caps plain keys at 1,024) in many headers:
        // a distance table for them would need 40 GB. They are counted like any key, never compared as typos.
        String a = "a".repeat(100_000);
        String b = "a".repeat(99_999) + "b";
        Corpus corpus = new Corpus().many("p", 30, i -> "? " + a + "\n: 1\n? " + b + "\n: 2\ntitle: T");
        corpus.add("x.md", "---\n? " + a + "x\n: 1\n---\n");
        CorpusStats stats = corpus.stats();
        assertEquals(4, stats.keys().size());
        assertEquals(List.of(), stats.typos());
    }
}
