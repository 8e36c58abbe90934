package dev.fmlint.engine;

import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.List;
import java.util.Set;

/**
 * The checks the pipeline itself makes, listed beside the rules so that reports, docs and configuration
 * treat them alike. Each has a page in {@code rules/} like any rule.
 */
public final class CoreChecks {
    public static final String READ_ERROR = "read-error";
    public static final String RULE_ERROR = "rule-error";
    public static final String INLINE_CONFIG = "inline-config";

    /**
     * The checks that mean "this file cannot be read": never off, and never silenced by a comment, since
     * the comments in a broken file cannot be trusted to have been read, and a broken file must not pass.
     */
    private static final Set<String> FILE_UNREADABLE = Set.of(READ_ERROR, YamlComposer.RULE_ID, RULE_ERROR);

    public static final List<RuleMeta> ALL = List.of(
            new RuleMeta(READ_ERROR, "The file can be read as UTF-8 text", Set.of("core"), Severity.ERROR, false),
            new RuleMeta(YamlComposer.RULE_ID, "Front matter is well-formed, unambiguous YAML",
                    Set.of("core", "front-matter"), Severity.ERROR, false),
            new RuleMeta(FrontMatterValidator.RULE_ID, "Front matter matches the JSON Schema",
                    Set.of("core", "front-matter", "schema"), Severity.ERROR, false),
            new RuleMeta(RULE_ERROR, "A rule failed on the file (a bug in the rule, reported instead of crashing)",
                    Set.of("core"), Severity.ERROR, false),
            new RuleMeta(INLINE_CONFIG, "Inline fmlint comments name known directives and rules",
                    Set.of("core", "inline-config"), Severity.WARNING, false));

    private CoreChecks() {}

    public static boolean isCore(String id) {
        return ALL.stream().anyMatch(m -> m.id().equals(id));
    }

    /** Whether a check reports a file that cannot be read, so that it stays on even if configured off. */
    public static boolean isFileUnreadable(String id) {
        return FILE_UNREADABLE.contains(id);
    }

    /**
     * Whether an inline comment may silence findings of this id. Besides the unreadable-file checks,
     * {@code inline-config} reports on the comments themselves; letting a comment hide those would be circular.
     */
    public static boolean canBeSilenced(String id) {
        return !FILE_UNREADABLE.contains(id) && !INLINE_CONFIG.equals(id);
    }
}
