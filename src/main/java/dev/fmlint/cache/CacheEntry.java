package dev.fmlint.cache;

import java.util.Map;
import java.util.Optional;

/**
 * A file that was checked clean: no finding in its own pass. Holds only what proves it has not changed
 * and what the cross-file rules need from it, never its text.
 *
 * @param stamp     size and modification time when it was read
 * @param readAt    when it was read, in nanoseconds since the epoch (see {@link FileStamp#vouchesFor})
 * @param hash      SHA-256 of its content
 * @param queries   what its checks asked about other files
 * @param facts     what it gave each cross-file rule, by rule id, as plain data
 */
public record CacheEntry(FileStamp stamp, long readAt, String hash, ProjectQueries queries, Map<String, Object> facts) {
    /** Room for the levels above the facts (files, the entry, the rule id) within {@link PlainJson#MAX_DEPTH}. */
    static final int MAX_FACTS_DEPTH = PlainJson.MAX_DEPTH - 8;

    /** @throws IllegalArgumentException when the facts are not plain data that the cache can hold */
    public CacheEntry {
        facts = Map.copyOf(facts);
        if (!PlainJson.isPlain(facts, MAX_FACTS_DEPTH)) {
            throw new IllegalArgumentException("facts are not plain data (strings, numbers, booleans, null, "
                    + "lists, maps with string keys) or nest deeper than " + MAX_FACTS_DEPTH + " levels");
        }
    }

    /** Whether the file's stamp alone shows that it is unchanged, sparing a read. */
    public boolean unchangedBy(Optional<FileStamp> now) {
        return now.isPresent() && stamp.vouchesFor(now.get(), readAt);
    }

    /** This entry for the same content found again with a new stamp, so the next run can trust the stamp. */
    public CacheEntry restamped(FileStamp now, long readAtNow) {
        return new CacheEntry(now, readAtNow, hash, queries, facts);
    }
}
