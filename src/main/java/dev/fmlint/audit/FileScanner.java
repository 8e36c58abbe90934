package dev.fmlint.audit;

import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import java.nio.file.Path;

/**
 * Reads one file and extracts its {@link FileFacts}: the header through the same splitter and YAML composer
 * as {@code check} (so a value has the same type in both), the body's headings (from the block structure
 * only), and, when asked, the linter's findings. Immutable and shared by all worker threads.
 */
public final class FileScanner {
    private final SourceReader reader;
    private final FileLint lint;
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final YamlComposer composer = new YamlComposer(YamlComposer.Limits.DEFAULT);
    private final BlockParser blocks = new BlockParser();

    /** @param lint the linter to run on each file, or null to skip findings */
    public FileScanner(SourceReader reader, FileLint lint) {
        this.reader = reader;
        this.lint = lint;
    }

    public FileFacts scan(Path path, String displayPath) {
        SourceDecoder.Result read = reader.read(path, displayPath);
        FileResult result = lint == null ? null : lint.lint(path, displayPath, read);
        if (!(read instanceof SourceDecoder.Decoded decoded)) {
            return new FileFacts(displayPath, FileFacts.Status.UNREADABLE, null, null, result);
        }
        return facts(decoded.file(), result);
    }

    /** The facts of a file already in memory (for tests and standard input). */
    public FileFacts facts(SourceFile file, FileResult result) {
        FrontMatterSplitter.Split split = splitter.split(file);
        if (split instanceof FrontMatterSplitter.None) {
            return new FileFacts(file.displayPath(), FileFacts.Status.NONE, null, headings(file, 0), result);
        }
        if (!(split instanceof FrontMatterSplitter.Block block)) {
            // Not closed or TOML: where the body starts is unknown, so the headings are too.
            return new FileFacts(file.displayPath(), FileFacts.Status.BROKEN, null, null, result);
        }
        Headings headings = headings(file, block.bodyStart());
        if (composer.compose(file, block.content()) instanceof YamlComposer.Composed composed) {
            return new FileFacts(file.displayPath(), FileFacts.Status.PRESENT, composed.root(), headings, result);
        }
        return new FileFacts(file.displayPath(), FileFacts.Status.BROKEN, null, headings, result);
    }

    private Headings headings(SourceFile file, int bodyStart) {
        try {
            return Headings.of(blocks.parse(file.text().substring(bodyStart)));
        } catch (RuntimeException | StackOverflowError e) {
            // The linter reports an unparsable body as read-error; the statistics just leave it out.
            return null;
        }
    }
}
