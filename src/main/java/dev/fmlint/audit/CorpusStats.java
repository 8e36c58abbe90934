package dev.fmlint.audit;

import java.util.List;

/**
 * Everything {@code fmlint stats} reports about a corpus.
 *
 * @param files       files scanned
 * @param frontMatter files by header status: with one, without, with one that cannot be used, unreadable
 * @param root        the headers as one mapping: its {@code properties} are the top-level keys, most used first
 * @param typos       suspected misspelt keys, rarest first
 * @param findings    the linter's findings, or null when the scan did not lint
 */
public record CorpusStats(long files, FrontMatterCounts frontMatter, KeyStats root, List<SuspectedTypo> typos,
                          HeadingSummary headings, FindingsSummary findings) {
    public CorpusStats {
        typos = List.copyOf(typos);
    }

    /** The top-level keys, most used first. */
    public List<KeyStats> keys() {
        return root.properties();
    }

    /**
     * @param without files without a header, with examples
     * @param broken  files whose header cannot be used, with examples
     */
    public record FrontMatterCounts(long present, FileSample without, FileSample broken, FileSample unreadable) {}
}
