package dev.fmlint.bench;

import dev.fmlint.cli.Environment;
import dev.fmlint.cli.Main;
import dev.fmlint.config.ConfigLoader;
import dev.fmlint.schema.SchemaLoader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up costs, cold: each benchmark is the first call of its kind in a fresh JVM (single shot, no warm-up,
 * one fresh fork per measurement), so class loading and interpretation are included, as in a one-file run.
 * The forks load classes from the benchmarks jar without fmlint's class archive, so absolute numbers are above
 * what bin/fmlint sees; the comparison between rows is the point. Milliseconds.
 * <ul>
 *   <li>{@code checkAll}, {@code checkNoSchema}: {@code Main.run} of {@code check --no-config [--schema
 *       cpp-docs.schema.json] FILE} in-process (everything but JVM boot), report thrown away</li>
 *   <li>{@code version}: {@code Main.run --version} (picocli's command model, no work)</li>
 *   <li>{@code configDefaults}: {@code new ConfigLoader(cwd).defaults()}, which every check run does</li>
 *   <li>{@code schemaLoader}: {@code new SchemaLoader()}, which every check run does (the draft-07 meta-schema)</li>
 *   <li>{@code floor}: read the file, compose its header and parse its body ({@link FloorParse})</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBench {
    static final String FILE = "cpp-docs/docs/cpp/lambda-expressions-in-cpp.md";

    private static Environment env() {
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new Environment(InputStream.nullInputStream(), sink, sink, false, Path.of("").toAbsolutePath(), false);
    }

    private static String file() {
        return Sample.corpusRoot().resolve(FILE).toString();
    }

    @Benchmark
    public int checkAll() {
        return Main.run(new String[] {"check", "--no-config", "--schema",
            Sample.corpusRoot().resolve("cpp-docs.schema.json").toString(), file()}, env());
    }

    @Benchmark
    public int checkNoSchema() {
        return Main.run(new String[] {"check", "--no-config", file()}, env());
    }

    @Benchmark
    public int version() {
        return Main.run(new String[] {"--version"}, env());
    }

    @Benchmark
    public Object configDefaults() throws Exception {
        return new ConfigLoader(Path.of("").toAbsolutePath()).defaults();
    }

    @Benchmark
    public Object schemaLoader() {
        return new SchemaLoader();
    }

    @Benchmark
    public int floor() throws Exception {
        return FloorParse.parse(Files.readString(Path.of(file())));
    }
}
