package dev.fmlint.audit;

import dev.fmlint.report.FileResult;
import dev.fmlint.spi.YamlNode;

/**
 * What one file contributes to the statistics. Made on a worker thread, folded into the totals in file order,
 * then dropped.
 *
 * @param frontMatter the parsed header when {@code status} is {@link Status#PRESENT}, else null
 * @param headings    the body's headings, or null when the body could not be parsed
 * @param lint        the linter's result, or null when the scan does not lint
 */
public record FileFacts(String file, Status status, YamlNode.Mapping frontMatter, Headings headings,
                        FileResult lint) {
    public FileFacts {
        if ((status == Status.PRESENT) != (frontMatter != null)) {
            throw new IllegalArgumentException("front matter must be given exactly when present: " + status);
        }
    }

    /** Whether and how the file has front matter. */
    public enum Status {
        /** No header: the file does not start with a {@code ---} line. */
        NONE,
        /** A header that parsed into a mapping (possibly empty). */
        PRESENT,
        /** A header that cannot be used: not closed, not YAML, TOML, or not a mapping. */
        BROKEN,
        /** The file could not be read as UTF-8 text. */
        UNREADABLE
    }
}
