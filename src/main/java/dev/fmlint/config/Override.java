package dev.fmlint.config;

import java.util.List;
import java.util.Map;

/** One entry of {@code overrides:}: rule settings for files matching any of the globs. */
public record Override(List<Glob> files, Map<String, RuleSetting> rules, String origin) {
    public Override {
        files = List.copyOf(files);
        rules = Map.copyOf(rules);
    }

    public boolean applies(String relativePath) {
        return files.stream().anyMatch(g -> g.matches(relativePath));
    }
}
