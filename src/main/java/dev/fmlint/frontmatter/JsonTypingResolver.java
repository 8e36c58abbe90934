package dev.fmlint.frontmatter;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Types plain scalars the way YAML 1.2's JSON-compatible rules do, not as YAML 1.1 does: {@code yes},
 * {@code on}, {@code 0123}, {@code 0x1F}, {@code 1:20} and {@code 2024-01-05} all stay strings, so the
 * schema sees what the writer typed and no machine's time zone can change a date.
 */
final class JsonTypingResolver extends Resolver {
    static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    static final Pattern INT = Pattern.compile("^[-+]?(?:0|[1-9][0-9]*)$");
    static final Pattern FLOAT = Pattern.compile(
            "^[-+]?(?:\\.[0-9]+|(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$");
    static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL)$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
        addImplicitResolver(Tag.INT, INT, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT, "-+.0123456789");
        addImplicitResolver(Tag.NULL, NULL, "~nN");
        addImplicitResolver(Tag.NULL, EMPTY, null);
    }
}
