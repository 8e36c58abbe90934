package dev.fmlint.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of an fmlint run as Markdown: where the CPU samples fall by pipeline stage, the
 * hottest methods by self time (top frame) and by total time (anywhere on the stack), threads, GC and class
 * loading. Used by {@code bench/profile.sh}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.fmlint.bench.JfrSummary RECORDING.jfr [TOP]}
 */
public final class JfrSummary {
    /** Pipeline stages by the first fmlint (or picocli) class met walking down from the top frame. */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("dev.fmlint.source.", "read + decode (source.*)");
        STAGES.put("dev.fmlint.frontmatter.FrontMatterSplitter", "split (FrontMatterSplitter)");
        STAGES.put("dev.fmlint.frontmatter.", "YAML compose (frontmatter.*)");
        STAGES.put("dev.fmlint.schema.", "schema (schema.*: compile at start, validate per file)");
        STAGES.put("dev.fmlint.markdown.", "Markdown parse (MarkdownParser)");
        STAGES.put("dev.fmlint.rules.", "rules (rules.*)");
        STAGES.put("dev.fmlint.engine.", "engine (Linter, runner, settings)");
        STAGES.put("dev.fmlint.report.", "report (report.*)");
        STAGES.put("dev.fmlint.discover.", "file discovery (discover.*)");
        STAGES.put("dev.fmlint.config.", "configuration (config.*)");
        STAGES.put("dev.fmlint.cli.", "command line (cli.*: set-up, run, exit)");
        STAGES.put("picocli.", "command-line parsing (picocli)");
        STAGES.put("dev.fmlint.", "other fmlint (spi, ...)");
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> stages = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        int gcs = 0;
        Duration gcPause = Duration.ZERO;
        long maxHeapUsed = 0;
        long classesLoaded = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            switch (e.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace st = e.getStackTrace();
                    if (st == null || st.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                    threads.merge(thread == null ? "?" : thread.replaceAll("-\\d+$", "-N"), 1, Integer::sum);
                    List<RecordedFrame> frames = st.getFrames();
                    self.merge(name(frames.get(0)), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    String stage = null;
                    for (RecordedFrame f : frames) {
                        String n = name(f);
                        if (seen.add(n)) {
                            total.merge(n, 1, Integer::sum);
                        }
                        if (stage == null && f.getMethod() != null) {
                            String type = f.getMethod().getType().getName();
                            for (Map.Entry<String, String> s : STAGES.entrySet()) {
                                if (type.startsWith(s.getKey())) {
                                    stage = s.getValue();
                                    break;
                                }
                            }
                        }
                    }
                    stages.merge(stage == null ? "outside fmlint code (JDK, JVM start-up, class loading)" : stage, 1,
                            Integer::sum);
                }
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
                }
                case "jdk.GCHeapSummary" -> maxHeapUsed = Math.max(maxHeapUsed, e.getLong("heapUsed"));
                case "jdk.ClassLoadingStatistics" -> classesLoaded = Math.max(classesLoaded, e.getLong("loadedClassCount"));
                default -> { }
            }
        }
        System.out.printf(Locale.ROOT, "%d CPU samples (jdk.ExecutionSample) in %s; %d collections, %.0f ms of GC pauses"
                        + " in all, at most %.0f MiB of heap in use%s.%n%n", samples, file.getFileName(), gcs,
                gcPause.toNanos() / 1e6, maxHeapUsed / 1048576.0,
                classesLoaded > 0 ? ", " + classesLoaded + " classes loaded" : "");
        table("Samples by pipeline stage (first fmlint frame from the top of the stack)", "stage", stages, samples, top);
        table("Hottest methods, self (top frame)", "method", self, samples, top);
        Map<String, Integer> fmlintTotal = new HashMap<>();
        total.forEach((k, v) -> {
            if (k.startsWith("dev.fmlint.") || k.startsWith("org.yaml.") || k.startsWith("org.commonmark.")
                    || k.startsWith("org.everit.") || k.startsWith("org.json.")) {
                fmlintTotal.put(k, v);
            }
        });
        table("Hottest methods, total (anywhere on the stack; fmlint and its libraries)", "method", fmlintTotal,
                samples, top);
        table("Samples by thread", "thread", threads, samples, top);
    }

    private static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }

    private static void table(String title, String what, Map<String, Integer> counts, int samples, int top) {
        System.out.printf("**%s**%n%n| %s | samples | share |%n|---|---:|---:|%n", title, what);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "| `%s` | %d | %.1f%% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, samples)));
        System.out.println();
    }

    private JfrSummary() {}
}
