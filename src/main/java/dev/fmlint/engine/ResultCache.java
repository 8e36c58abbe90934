package dev.fmlint.engine;

import dev.fmlint.cache.CacheEntry;
import dev.fmlint.cache.ContentHash;
import dev.fmlint.cache.FileStamp;
import dev.fmlint.cache.ProjectQueries;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.CrossFileRule;
import dev.fmlint.spi.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One run's use of the cache of clean files ({@code --cache}): decides whether a file can be skipped, and
 * notes the files found clean or not. A file is skipped only when everything its own pass depended on is
 * as it was: its content (by hash; an unchanged size and modification time spare reading it), the answers
 * its checks got about other files, and the facts it gave the cross-file rules, which take part in the run
 * as if the file had been read. The run's configuration, schemas, plugins and fmlint itself are covered by
 * the fingerprint the entries were loaded with. Thread-safe.
 */
public final class ResultCache {
    private final Map<String, CacheEntry> previous;
    private final Predicate<FrontMatterValidator> fingerprintedSchema;
    private final ConcurrentMap<String, CacheEntry> updated = new ConcurrentHashMap<>();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();

    /**
     * @param previous            the entries loaded for this run's fingerprint, by absolute normalised path
     * @param fingerprintedSchema whether a schema is covered by the fingerprint; a file checked against any
     *                            other (one the file names itself) is not cached
     */
    public ResultCache(Map<String, CacheEntry> previous, Predicate<FrontMatterValidator> fingerprintedSchema) {
        this.previous = Map.copyOf(previous);
        this.fingerprintedSchema = fingerprintedSchema;
    }

    /** Files skipped in this run because the cache vouched for them. */
    public int hits() {
        return hits.get();
    }

    /** The entries the run started with. */
    public Map<String, CacheEntry> previous() {
        return previous;
    }

    /** Entries to write: files found clean in this run, or found unchanged with a new stamp. */
    public Map<String, CacheEntry> updated() {
        return Map.copyOf(updated);
    }

    /** Files of this run that are not clean any more, whose entries must go. */
    public Set<String> removed() {
        return Set.copyOf(removed);
    }

    /** Before reading: the file's cached facts when its stamp alone shows it unchanged. */
    Optional<List<Linter.FileFacts>> byStamp(Path file, Optional<FileStamp> stamp, FileSettings settings,
                                             ProjectFiles project) {
        CacheEntry entry = previous.get(key(file));
        return entry != null && entry.unchangedBy(stamp) ? hit(entry, settings, project) : Optional.empty();
    }

    /** After reading: the file's cached facts when its content is unchanged (a touched file, a new checkout). */
    Optional<List<Linter.FileFacts>> byContent(Path file, SourceFile source, Optional<FileStamp> stamp, long readAt,
                                               FileSettings settings, ProjectFiles project) {
        String key = key(file);
        CacheEntry entry = previous.get(key);
        if (entry == null || !entry.hash().equals(ContentHash.of(source))) {
            return Optional.empty();
        }
        Optional<List<Linter.FileFacts>> hit = hit(entry, settings, project);
        if (hit.isPresent() && stamp.isPresent()) {
            updated.put(key, entry.restamped(stamp.get(), readAt));
        }
        return hit;
    }

    /**
     * A file's settings that note whether its schema is one the fingerprint covers; {@link #checked} needs
     * them.
     */
    Watched watch(FileSettings settings) {
        return new Watched(settings);
    }

    /**
     * A file with no finding in its own pass: kept, when all it depended on can be (the facts as plain data,
     * a schema the fingerprint covers, a stamp); otherwise any entry it had is dropped.
     */
    void clean(Path file, SourceFile source, Optional<FileStamp> stamp, long readAt, Watched settings,
               List<Linter.FileFacts> facts, ProjectQueries queries) {
        Optional<Map<String, Object>> data = stamp.isPresent() && !settings.namedSchema ? data(facts) : Optional.empty();
        try {
            if (data.isPresent()) {
                updated.put(key(file), new CacheEntry(stamp.get(), readAt, ContentHash.of(source), queries, data.get()));
                return;
            }
        } catch (IllegalArgumentException e) {
            // a plugin's facts that are not plain data: the file is checked every time
        }
        notClean(file);
    }

    /** A file with findings, or one that cannot be read: its entry, if any, goes. */
    void notClean(Path file) {
        String key = key(file);
        if (previous.containsKey(key)) {
            removed.add(key);
        }
    }

    private Optional<List<Linter.FileFacts>> hit(CacheEntry entry, FileSettings settings, ProjectFiles project) {
        if (!stillAnswered(entry.queries(), project)) {
            return Optional.empty();
        }
        List<Linter.FileFacts> facts = new ArrayList<>();
        int used = 0;
        for (ConfiguredRule configured : settings.rules()) {
            if (configured.rule() instanceof CrossFileRule<?> rule) {
                Object data = entry.facts().get(rule.meta().id());
                if (data != null) {
                    try {
                        facts.add(new Linter.FileFacts(configured, rule.factsFromData(data)));
                    } catch (RuntimeException e) {
                        return Optional.empty(); // edited, or written by another version of the rule
                    }
                    used++;
                }
            }
        }
        if (used != entry.facts().size()) {
            return Optional.empty(); // facts for a rule that is not on for this file: not this run's entry
        }
        hits.incrementAndGet();
        return Optional.of(facts);
    }

    /** Whether every question the file's checks asked gets the same answer now. */
    private boolean stillAnswered(ProjectQueries q, ProjectFiles project) {
        Path root = project.projectRoot();
        if (!q.root().equals(root.toString())) {
            return false;
        }
        for (Map.Entry<String, Boolean> e : q.exists().entrySet()) {
            if (project.exists(root.resolve(e.getKey())) != e.getValue()) {
                return false;
            }
        }
        for (Map.Entry<String, String> e : q.lists().entrySet()) {
            Path folder = root.resolve(e.getKey());
            String now = answers.computeIfAbsent("l" + folder, k -> ContentHash.ofNames(project.list(folder)));
            if (!now.equals(e.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, String> e : q.texts().entrySet()) {
            Path file = root.resolve(e.getKey());
            String now = answers.computeIfAbsent("t" + file, k -> ContentHash.ofText(project.text(file)));
            if (!now.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The facts as plain data, by rule id; empty when a rule cannot turn its facts into data. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Map<String, Object>> data(List<Linter.FileFacts> facts) {
        Map<String, Object> data = new HashMap<>();
        for (Linter.FileFacts f : facts) {
            CrossFileRule rule = (CrossFileRule) f.rule().rule();
            Optional<Object> plain;
            try {
                plain = rule.factsToData(f.facts());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            if (plain.isEmpty() || plain.get() == null) {
                return Optional.empty();
            }
            data.put(rule.meta().id(), plain.get());
        }
        return Optional.of(data);
    }

    static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** A file's settings with its schema choice watched: a schema the file names itself is not fingerprinted. */
    final class Watched {
        final FileSettings settings;
        private volatile boolean namedSchema;

        private Watched(FileSettings settings) {
            SchemaSelector inner = settings.schema();
            SchemaSelector watching = (file, frontMatter) -> {
                SchemaSelector.Choice choice = inner.choose(file, frontMatter);
                if (choice instanceof SchemaSelector.Use use && !fingerprintedSchema.test(use.validator())) {
                    namedSchema = true;
                }
                return choice;
            };
            this.settings = new FileSettings(settings.rules(), settings.severities(), watching, settings.inlineConfig());
        }
    }
}
