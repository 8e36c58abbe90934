package dev.fmlint.config;

import dev.fmlint.frontmatter.YamlComposer;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much one file may cost, so that no file, however hostile, can exhaust memory or stall a run.
 *
 * @param maxFileBytes        a larger file is one finding, never read
 * @param maxFrontMatterBytes a larger YAML header is refused (counted in code points, as snakeyaml does)
 * @param maxYamlDepth        deepest nesting of lists and mappings in a header
 * @param maxYamlAliases      aliases of lists and mappings in a header (the billion-laughs guard)
 * @param fileTimeout         time one file may take; past it the file gets a finding and the run goes on
 */
public record Limits(long maxFileBytes, int maxFrontMatterBytes, int maxYamlDepth, int maxYamlAliases,
                     Duration fileTimeout) {
    public static final Limits DEFAULT = new Limits(10L << 20, YamlComposer.Limits.DEFAULT.maxCodePoints(),
            YamlComposer.Limits.DEFAULT.maxDepth(), YamlComposer.Limits.DEFAULT.maxAliases(), Duration.ofSeconds(10));

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|KiB|MB|MiB|GB|GiB)?");
    private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    public Limits {
        if (maxFileBytes < 1 || maxFrontMatterBytes < 1 || maxYamlDepth < 1 || maxYamlAliases < 0
                || fileTimeout.isNegative() || fileTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The limits the YAML composer enforces. */
    public YamlComposer.Limits yaml() {
        return new YamlComposer.Limits(maxFrontMatterBytes, maxYamlDepth, maxYamlAliases);
    }

    /** Parses {@code 10MiB}, {@code 512 KB}, {@code 1000} (bytes); null when it is not a size. */
    static Long bytes(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        Matcher m = SIZE.matcher(String.valueOf(value).trim());
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        return switch (unit) {
            case "KB" -> n * 1000;
            case "KiB" -> n << 10;
            case "MB" -> n * 1000_000;
            case "MiB" -> n << 20;
            case "GB" -> n * 1000_000_000;
            case "GiB" -> n << 30;
            default -> n;
        };
    }

    /** Parses {@code 10s}, {@code 500ms}, {@code 2m}, or a number of seconds; null when it is not a duration. */
    static Duration duration(Object value) {
        if (value instanceof Number n) {
            return Duration.ofSeconds(n.longValue());
        }
        Matcher m = TIME.matcher(String.valueOf(value).trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
