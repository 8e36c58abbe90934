package dev.fmlint.engine;

import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.markdown.MarkdownParser;
import dev.fmlint.report.Diagnostic;
import dev.fmlint.report.FileResult;
import dev.fmlint.report.Position;
import dev.fmlint.source.SourceDecoder;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.SourceReader;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.Location;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.RunContext;
import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.Node;

/**
 * The run's second step: gives each {@link CrossFileRule} the facts it collected from every file, in the
 * run's file order, on this one thread, and adds its findings to the files' results. Deterministic: the
 * output depends only on the files and their order, never on scheduling.
 */
final class CrossFilePhase {
    private final SourceReader reader;
    private final Path projectRoot;
    private final MarkdownParser parser = new MarkdownParser();

    CrossFilePhase(SourceReader reader, Path projectRoot) {
        this.reader = reader;
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /** One file after the first step: its result, its settings, and what it gave the cross-file rules. */
    record Linted(Path path, FileSettings settings, FileResult result, List<Linter.FileFacts> facts) {}

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
        if (rules.isEmpty()) {
            return files.stream().map(Linted::result).toList();
        }
        List<List<Diagnostic>> added = new ArrayList<>();
        files.forEach(f -> added.add(new ArrayList<>()));
        Disk disk = new Disk();
        for (CrossFileRule<?> rule : rules.values()) {
            String id = rule.meta().id();
            List<CrossFileRule.Collected<?>> facts = collected.get(id);
            Context ctx = new Context(id, disk, files, owner, added);
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
        private final Disk disk;
        private final List<Linted> files;
        private final Map<CrossFileRule.Collected<?>, Integer> owner;
        private final List<List<Diagnostic>> added;

        Context(String ruleId, Disk disk, List<Linted> files, Map<CrossFileRule.Collected<?>, Integer> owner,
                List<List<Diagnostic>> added) {
            this.ruleId = ruleId;
            this.disk = disk;
            this.files = files;
            this.owner = owner;
            this.added = added;
        }

        @Override
        public Path projectRoot() {
            return projectRoot;
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
            return disk.read(file).map(SourceFile::text);
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
            if (severity != null) {
                added.get(i).add(new Diagnostic(files.get(i).result().file(), ruleId, severity, message,
                        new Position(where.line(), where.column()), new Position(where.endLine(), where.endColumn()),
                        null));
            }
        }
    }

    /**
     * The disk as the second step may see it: inside the project only, with folder listings remembered so
     * that the exact-case check costs one listing per folder.
     */
    private final class Disk {
        private final Map<Path, Set<String>> listings = new HashMap<>();
        private Path realRoot;

        boolean exists(Path path) {
            Path p = path.toAbsolutePath().normalize();
            if (!p.startsWith(projectRoot)) {
                return false;
            }
            Path dir = projectRoot;
            for (Path name : projectRoot.relativize(p)) {
                if (name.toString().isEmpty()) {
                    continue; // the root itself
                }
                Set<String> names = listings.computeIfAbsent(dir, CrossFilePhase::list);
                if (!names.contains(name.toString())) {
                    return false;
                }
                dir = dir.resolve(name);
            }
            return true;
        }

        Set<String> list(Path folder) {
            Path p = folder.toAbsolutePath().normalize();
            return p.startsWith(projectRoot) && exists(p)
                    ? Collections.unmodifiableSet(listings.computeIfAbsent(p, CrossFilePhase::list)) : Set.of();
        }

        /** A file inside the project, read as checked files are; never through a link that leads out of it. */
        Optional<SourceFile> read(Path file) {
            Path p = file.toAbsolutePath().normalize();
            if (!exists(p)) {
                return Optional.empty();
            }
            try {
                if (realRoot == null) {
                    realRoot = projectRoot.toRealPath();
                }
                if (!p.toRealPath().startsWith(realRoot)) {
                    return Optional.empty(); // a link that leads out of the project
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            return reader.read(p, p.toString()) instanceof SourceDecoder.Decoded decoded
                    ? Optional.of(decoded.file()) : Optional.empty();
        }

        Optional<Node> markdown(Path file) {
            Optional<SourceFile> read = read(file);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            SourceFile source = read.get();
            int bodyStart = new FrontMatterSplitter().split(source) instanceof FrontMatterSplitter.Block b
                    ? b.bodyStart() : 0;
            try {
                return Optional.of(parser.parse(source.text().substring(bodyStart)));
            } catch (RuntimeException | StackOverflowError e) {
                return Optional.empty();
            }
        }
    }

    private static Set<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            Set<String> names = new HashSet<>();
            entries.forEach(e -> names.add(e.getFileName().toString()));
            return names;
        } catch (IOException | SecurityException e) {
            return Set.of();
        }
    }
}
