package dev.fmlint.fix;

import dev.fmlint.engine.CoreChecks;
import dev.fmlint.engine.FileSettings;
import dev.fmlint.engine.Linter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.Fix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;

/**
 * Fixes one file: applies the fixes its findings carry, re-checks, and repeats until nothing is left to
 * fix (at most {@value #MAX_PASSES} passes, as ESLint bounds it). A pass whose edits would leave the file
 * unreadable is refused and the file keeps the text of the pass before. A file with a broken header is
 * never fixed, and a file is written only when its text changed.
 */
public final class Fixer {
    static final int MAX_PASSES = 10;

    private final Linter linter;
    private final Set<String> onlyRules;
    private final boolean write;
    private final EditApplier applier = new EditApplier();
    private final AtomicWriter writer = new AtomicWriter();

    /**
     * @param onlyRules fix only these rules' findings ({@code --fix-rule}); empty means every fixable rule
     * @param write     write the file ({@code --fix}) or only compute a diff ({@code --fix-dry-run})
     */
    public Fixer(Linter linter, Set<String> onlyRules, boolean write) {
        this.linter = linter;
        this.onlyRules = Set.copyOf(onlyRules);
        this.write = write;
    }

    /**
     * What fixing a file did.
     *
     * @param result  the findings left in the fixed text (or the original findings when nothing changed)
     * @param fixed   how many findings were fixed
     * @param diff    a unified diff of the change, or null when the text did not change
     * @param problem why the file could not be fixed or written, or null
     */
    public record Outcome(FileResult result, int fixed, String diff, String problem) {}

    public boolean wantsFixing(FileResult result) {
        return !fixes(result).isEmpty() && result.diagnostics().stream().noneMatch(Fixer::unreadable);
    }

    /** Fixes the file {@code original} was read from; {@code initial} is its result before fixing. */
    public Outcome fix(SourceFile original, FileResult initial, FileSettings settings) {
        if (!wantsFixing(initial)) {
            return new Outcome(initial, 0, null, null);
        }
        BasicFileAttributes readAttributes;
        try {
            readAttributes = original.path() == null ? null
                    : Files.readAttributes(original.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new Outcome(initial, 0, null, "cannot be fixed: " + e.getMessage());
        }
        String text = original.text();
        FileResult current = initial;
        int fixed = 0;
        String problem = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Fix> fixes = fixes(current);
            if (fixes.isEmpty()) {
                break;
            }
            EditApplier.Applied applied = applier.apply(text, fixes);
            if (applied.text().equals(text)) {
                break;
            }
            FileResult next = linter.lint(reread(original, applied.text()), settings);
            if (next.diagnostics().stream().anyMatch(Fixer::unreadable)) {
                problem = "a fix would have made the front matter unreadable, so it was not applied; "
                        + "please report this with the file";
                break;
            }
            text = applied.text();
            current = next;
            fixed += applied.fixes();
        }
        if (text.equals(original.text())) {
            return new Outcome(initial, 0, null, problem);
        }
        String diff = new UnifiedDiff().diff(original.displayPath(), original.text(), text);
        if (write && original.path() != null) {
            try {
                writer.write(original.path(), bytes(original, text), readAttributes.lastModifiedTime(),
                        readAttributes.size());
            } catch (AtomicWriter.NotWritten e) {
                return new Outcome(initial, 0, null, "not fixed: " + e.getMessage());
            }
        }
        return new Outcome(current, fixed, diff, problem);
    }

    private List<Fix> fixes(FileResult result) {
        return result.diagnostics().stream()
                .filter(d -> d.fix() != null && (onlyRules.isEmpty() || onlyRules.contains(d.ruleId())))
                .map(Diagnostic::fix)
                .toList();
    }

    private static boolean unreadable(Diagnostic d) {
        return d.ruleId().equals(CoreChecks.READ_ERROR) || d.ruleId().equals(YamlComposer.RULE_ID)
                || d.ruleId().equals(CoreChecks.RULE_ERROR);
    }

    private static SourceFile reread(SourceFile original, String text) {
        return SourceFile.of(original.path(), original.displayPath(), text, original.hadBom());
    }

    private static byte[] bytes(SourceFile file, String text) {
        return ((file.hadBom() ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
    }

}
