package dev.fmlint.engine;

import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * Benchmark-only access to the package-private per-file context, so that rules can be timed on files that
 * were split, composed and parsed beforehand (the rules stage alone). Lives in the bench build only.
 */
public final class BenchAccess {
    private BenchAccess() {}

    /** A file as the rules see it. */
    public static final class Parsed {
        final FileContext.ParsedFile parsed;

        Parsed(FileContext.ParsedFile parsed) {
            this.parsed = parsed;
        }
    }

    public static Parsed parsed(SourceFile file, Optional<FrontMatter> frontMatter, Node body, int bodyStart) {
        return new Parsed(new FileContext.ParsedFile(file, frontMatter, body, bodyStart));
    }

    /** Runs one configured rule as {@link Linter} does, adding its findings to {@code sink}. */
    public static void check(ConfiguredRule rule, Parsed file, List<Finding> sink) {
        rule.rule().check(new FileContext(file.parsed, rule.rule().meta().id(), rule.options(), sink));
    }
}
