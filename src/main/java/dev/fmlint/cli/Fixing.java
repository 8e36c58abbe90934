package dev.fmlint.cli;

import dev.fmlint.engine.FileSettings;
import dev.fmlint.fix.Fixer;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run's fixing: fixes each file that has something to fix, and keeps the diffs and counts to report. */
final class Fixing {
    private final Fixer fixer;
    private final SourceReader reader;
    private final List<String> diffs = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int fixed;

    Fixing(Fixer fixer, SourceReader reader) {
        this.fixer = fixer;
        this.reader = reader;
    }

    FileResult fix(Path path, FileResult result, FileSettings settings) {
        if (!fixer.wantsFixing(result)) {
            return result;
        }
        SourceDecoder.Result read = reader.read(path, result.file());
        if (!(read instanceof SourceDecoder.Decoded decoded)) {
            problems.add(result.file() + ": not fixed: it can no longer be read");
            return result;
        }
        return fix(decoded.file(), result, settings);
    }

    FileResult fix(SourceFile file, FileResult result, FileSettings settings) {
        Fixer.Outcome outcome = fixer.fix(file, result, settings);
        if (outcome.diff() != null) {
            diffs.add(outcome.diff());
        }
        if (outcome.problem() != null) {
            problems.add(result.file() + ": " + outcome.problem());
        }
        fixed += outcome.fixed();
        return outcome.result();
    }

    List<String> diffs() {
        return diffs;
    }

    List<String> problems() {
        return problems;
    }

    int changedFiles() {
        return diffs.size();
    }

    String summary(boolean dryRun) {
        return (dryRun ? "would fix " : "fixed ") + fixed + (fixed == 1 ? " problem" : " problems") + " in "
                + diffs.size() + (diffs.size() == 1 ? " file" : " files");
    }
}
