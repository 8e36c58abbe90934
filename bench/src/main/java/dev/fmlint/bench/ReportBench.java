package dev.fmlint.bench;

import dev.fmlint.report.FileResult;
import dev.fmlint.report.JsonReporter;
import dev.fmlint.report.Reporter;
import dev.fmlint.report.RunResult;
import dev.fmlint.report.TextReporter;
import dev.fmlint.source.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The report stage: the sample's results (everything on) written as text or JSON to a writer set up as
 * {@code Main} sets up standard output, encoded to UTF-8 and thrown away. Microseconds per file of the report (the whole report of the sample per invocation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReportBench {
    @Param({"cpp-docs", "docs-cn"})
    public String corpus;

    @Param({"text", "json"})
    public String format;

    private RunResult run;
    private Reporter reporter;

    @Setup(Level.Trial)
    public void setUp() {
        Pipeline p = new Pipeline(corpus);
        List<FileResult> results = new ArrayList<>();
        for (SourceFile f : p.files) {
            results.add(p.linter.lint(f, p.everything));
        }
        run = new RunResult(results, Duration.ofSeconds(1));
        reporter = switch (format) {
            case "text" -> new TextReporter(false, false, false);
            case "json" -> new JsonReporter(null);
            default -> throw new IllegalArgumentException("format " + format);
        };
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void write() throws IOException {
        // As Main sets up standard output: a PrintWriter (buffered, UTF-8) with autoflush.
        PrintWriter out = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        reporter.write(run, out);
        out.flush();
    }
}
