package dev.fmlint.audit;

import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceDecoder;
import java.nio.file.Path;

/** Lints one file that was already read, so a scan reads each file once. The command wires in the Linter. */
@FunctionalInterface
public interface FileLint {
    FileResult lint(Path path, String displayPath, SourceDecoder.Result read);
}
