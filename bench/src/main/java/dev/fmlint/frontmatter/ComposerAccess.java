package dev.fmlint.frontmatter;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Benchmark-only: the snakeyaml set-up that {@code YamlComposer.newYaml()} performs for every header (a copy
 * of that private method, with YamlComposer.Limits.DEFAULT), so its share of the compose stage can be timed.
 * Keep in step with YamlComposer.
 */
public final class ComposerAccess {
    private ComposerAccess() {}

    public static Yaml newYamlAsComposerDoes() {
        YamlComposer.Limits limits = YamlComposer.Limits.DEFAULT;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setWarnOnDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxCodePoints());
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        options.setWrappedToRootException(true);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options,
                new JsonTypingResolver());
    }
}
