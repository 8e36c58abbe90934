package dev.fmlint.audit;

import dev.fmlint.spi.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds {@link FileFacts} into corpus totals, one file at a time, in file order. Not thread-safe: the scan
 * calls it from one thread, which keeps capped counters deterministic.
 */
public final class CorpusAccumulator {
    /** Example files kept per heading or header problem. */
    static final int EXAMPLES = 20;

    private final int topValues;
    private final PathStats root = new PathStats("", "");
    private final KeyPairs pairs = new KeyPairs();
    private final FindingsTally findings;
    private final Sample without = new Sample();
    private final Sample broken = new Sample();
    private final Sample unreadable = new Sample();
    private final Sample noH1 = new Sample();
    private final Sample multipleH1 = new Sample();
    private final Sample skipped = new Sample();
    private long files;
    private long present;
    private long parsedBodies;
    private boolean linted;

    /**
     * @param topValues most common values kept per key
     * @param topFiles  files with the most findings kept
     */
    public CorpusAccumulator(int topValues, int topFiles) {
        this.topValues = topValues;
        this.findings = new FindingsTally(topFiles);
    }

    public void add(FileFacts facts) {
        files++;
        switch (facts.status()) {
            case PRESENT -> {
                present++;
                YamlNode.Mapping fm = facts.frontMatter();
                root.add(fm, facts.file());
                pairs.add(fm.entries().stream().map(YamlNode.Entry::key).toList());
            }
            case NONE -> without.add(facts.file());
            case BROKEN -> broken.add(facts.file());
            case UNREADABLE -> unreadable.add(facts.file());
        }
        Headings h = facts.headings();
        if (h != null) {
            parsedBodies++;
            if (h.h1() == 0) {
                noH1.add(facts.file());
            } else if (h.h1() > 1) {
                multipleH1.add(facts.file());
            }
            if (h.skipsLevels()) {
                skipped.add(facts.file());
            }
        }
        if (facts.lint() != null) {
            linted = true;
            findings.add(facts.lint());
        }
    }

    /**
     * The statistics so far.
     *
     * @param configuration the words describing the linter's configuration, shown with the findings
     */
    public CorpusStats result(String configuration) {
        KeyStats rootStats = root.snapshot(topValues);
        return new CorpusStats(files,
                new CorpusStats.FrontMatterCounts(present, without.result(), broken.result(), unreadable.result()),
                rootStats, TypoFinder.find(rootStats.properties(), present, pairs),
                new HeadingSummary(parsedBodies, noH1.result(), multipleH1.result(), skipped.result()),
                linted ? findings.summary(configuration) : null);
    }

    /** A count with its first few files. */
    private static final class Sample {
        private final List<String> examples = new ArrayList<>();
        private long count;

        void add(String file) {
            count++;
            if (examples.size() < EXAMPLES) {
                examples.add(file);
            }
        }

        FileSample result() {
            return new FileSample(count, examples);
        }
    }
}
