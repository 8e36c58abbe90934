package dev.fmlint.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The output formats by name, in the order {@code --help} lists them. */
public final class Reporters {
    public static final String TEXT = "text";

    private static final Map<String, Function<ReportContext, Reporter>> FORMATS = formats();

    private Reporters() {}

    private static Map<String, Function<ReportContext, Reporter>> formats() {
        Map<String, Function<ReportContext, Reporter>> m = new LinkedHashMap<>();
        m.put(TEXT, c -> new TextReporter(c.color(), c.quiet(), c.summary()));
        m.put("json", c -> new JsonReporter(c.toolVersion()));
        m.put("sarif", c -> new SarifReporter(c.toolVersion(), c.rules(), c.docs()));
        m.put("junit", c -> new JunitReporter());
        m.put("github", c -> new GithubReporter());
        m.put("gitlab", c -> new GitlabReporter(c.sources()));
        m.put("checkstyle", c -> new CheckstyleReporter());
        return java.util.Collections.unmodifiableMap(m);
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    public static boolean exists(String name) {
        return FORMATS.containsKey(name);
    }

    /**
     * The reporter for a format. With {@code --quiet}, machine formats get the run without its warnings; the
     * text report drops them itself, so that its summary can still say how many there were.
     */
    public static Reporter create(String name, ReportContext context) {
        Function<ReportContext, Reporter> factory = FORMATS.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown report format " + name + "; known: " + names());
        }
        Reporter reporter = factory.apply(context);
        if (context.quiet() && !name.equals(TEXT)) {
            return (run, out) -> reporter.write(run.errorsOnly(), out);
        }
        return reporter;
    }
}
