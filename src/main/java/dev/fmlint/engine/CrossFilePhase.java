package dev.fmlint.engine;

import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.Position;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Location;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.RunContext;
import dev.fmlint.spi.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * The run's second step: gives each {@link CrossFileRule} the facts it collected from every file, in the
 * run's file order, on this one thread, and adds its findings to the files' results. Deterministic: the
 * output depends only on the files and their order, never on scheduling.
 */
final class CrossFilePhase {
    private final ProjectDisk disk;

    CrossFilePhase(ProjectDisk disk) {
        this.disk = disk;
    }

    /** One file after the first step: its result, its settings, and what it gave the cross-file rules. */
    record Linted(Path path, FileSettings settings, FileResult result, List<Linter.FileFacts> facts,
                  Linter.LateComments comments) {}

    List<FileResult> finish(List<Linted> files) {
        Map<String, CrossFileRule<?>> rules = new LinkedHashMap<>();
        Map<String, List<CrossFileRule.Collected<?>>> collected = new HashMap<>();
        Map<CrossFileRule.Collected<?>, Integer> owner = new IdentityHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Linted file = files.get(i);
            for (Linter.FileFacts f : file.facts()) {
                CrossFileRule<?> rule = (CrossFileRule<?>) f.rule().rule();
                String id = rule.meta().id();
                rules.putIfAbsent(id, rule);
                CrossFileRule.Collected<?> c = new CrossFileRule.Collected<>(file.path().toAbsolutePath().normalize(),
                        file.result().file(), f.rule().options(), f.facts());
                collected.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
                owner.put(c, i);
            }
        }
        List<List<Diagnostic>> added = new ArrayList<>();
        files.forEach(f -> added.add(new ArrayList<>()));
        for (CrossFileRule<?> rule : rules.values()) {
            String id = rule.meta().id();
            List<CrossFileRule.Collected<?>> facts = collected.get(id);
            Context ctx = new Context(id, files, owner, added);
            try {
                finishOne(rule, facts, ctx);
            } catch (RuntimeException | StackOverflowError e) {
                int first = owner.get(facts.get(0));
                Position at = new Position(1, 1);
                added.get(first).add(new Diagnostic(files.get(first).result().file(), CoreChecks.RULE_ERROR,
                        Severity.ERROR, "rule " + id + " failed in its whole-run step: "
                        + Messages.oneLine(String.valueOf(e)) + "; please report it", at, at, null));
            }
        }
        List<FileResult> results = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            added.get(i).addAll(files.get(i).comments().unused()); // only now is every finding of the file known
            FileResult r = files.get(i).result();
            if (added.get(i).isEmpty()) {
                results.add(r);
            } else {
                List<Diagnostic> all = new ArrayList<>(r.diagnostics());
                all.addAll(added.get(i));
                results.add(new FileResult(r.file(), all, r.elapsed()));
            }
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    private static <F> void finishOne(CrossFileRule<F> rule, List<CrossFileRule.Collected<?>> facts, RunContext ctx) {
        List<CrossFileRule.Collected<F>> typed = new ArrayList<>(facts.size());
        facts.forEach(c -> typed.add((CrossFileRule.Collected<F>) c));
        rule.finish(List.copyOf(typed), ctx);
    }

    /** One rule's view of the run. */
    private final class Context implements RunContext {
        private final String ruleId;
        private final List<Linted> files;
        private final Map<CrossFileRule.Collected<?>, Integer> owner;
        private final List<List<Diagnostic>> added;

        Context(String ruleId, List<Linted> files, Map<CrossFileRule.Collected<?>, Integer> owner,
                List<List<Diagnostic>> added) {
            this.ruleId = ruleId;
            this.files = files;
            this.owner = owner;
            this.added = added;
        }

        @Override
        public Path projectRoot() {
            return disk.projectRoot();
        }

        @Override
        public boolean exists(Path path) {
            return disk.exists(path);
        }

        @Override
        public Set<String> list(Path folder) {
            return disk.list(folder);
        }

        @Override
        public Optional<String> text(Path file) {
            return disk.text(file);
        }

        @Override
        public Optional<Node> markdown(Path file) {
            return disk.markdown(file);
        }

        @Override
        public void report(CrossFileRule.Collected<?> file, Location where, String message) {
            Integer i = owner.get(file);
            if (i == null) {
                throw new IllegalArgumentException("a cross-file finding must be on one of the run's files: " + file);
            }
            Severity severity = files.get(i).settings().severities().get(ruleId);
            if (severity != null && !files.get(i).comments().silences(ruleId, where.line())) {
                added.get(i).add(new Diagnostic(files.get(i).result().file(), ruleId, severity, message,
                        new Position(where.line(), where.column()), new Position(where.endLine(), where.endColumn()),
                        null));
            }
        }
    }
}
