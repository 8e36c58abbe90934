package dev.fmlint.bench;

import dev.fmlint.engine.BenchAccess;
import dev.fmlint.engine.ConfiguredRule;
import dev.fmlint.spi.Finding;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One built-in rule at a time, on the pre-parsed sample, with the recommended preset's options. Microseconds
 * per file. The rule list is today's; a new rule is timed with {@code jmh.sh -p rule=ID RuleBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleBench {
    @Param({"cpp-docs", "docs-cn"})
    public String corpus;

    @Param({"frontmatter-required", "slug-format", "tags-format", "single-h1", "title-h1", "heading-increment",
            "no-empty-heading", "no-duplicate-heading", "heading-trailing-punctuation"})
    public String rule;

    private Pipeline p;
    private ConfiguredRule configured;

    @Setup(Level.Trial)
    public void setUp() {
        p = new Pipeline(corpus);
        configured = p.rules().stream().filter(r -> r.rule().meta().id().equals(rule)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("rule " + rule + " is not in the recommended preset"));
    }

    @Benchmark
    @OperationsPerInvocation(Sample.SIZE)
    public void check(Blackhole bh) {
        for (BenchAccess.Parsed file : p.parsed) {
            List<Finding> sink = new ArrayList<>(2);
            BenchAccess.check(configured, file, sink);
            bh.consume(sink);
        }
    }
}
