package dev.fmlint.schema;

import dev.fmlint.spi.YamlNode;

/** Benchmark-only: the JSON value fmlint's schema validator checks for a composed header. */
public final class BenchJson {
    private BenchJson() {}

    public static String toJson(YamlNode.Mapping root) {
        return YamlJson.toJson(root).toString();
    }
}
