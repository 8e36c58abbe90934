package dev.fmlint.frontmatter;

import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Parses front-matter YAML into {@link YamlNode}s with file spans, without constructing any Java object
 * from the document: snakeyaml only composes nodes, and this class types them (see
 * {@link JsonTypingResolver}). Everything that could make a header ambiguous or expensive is refused with a
 * positioned finding: duplicate keys, aliases of mappings and lists (billion laughs, cycles, merge keys),
 * tags other than YAML's plain JSON ones, keys that are not plain text (numbers, booleans, null, lists),
 * directives ({@code %TAG}, {@code %YAML}) that would leave the header empty, and documents past the size and
 * depth limits.
 */
public final class YamlComposer {
    public static final String RULE_ID = "front-matter-syntax";
    /** The most digits, or powers of ten, a number may have: far beyond any date, count or version. */
    static final int MAX_NUMBER_DIGITS = 1000;

    private final LoaderOptions options;
    private final int maxCodePoints;
    private final JsonTypingResolver resolver = new JsonTypingResolver();

    /** How much YAML one header may hold. */
    public record Limits(int maxCodePoints, int maxDepth, int maxAliases) {
        public static final Limits DEFAULT = new Limits(1 << 20, 50, 50);
    }

    /** The parsed header, or the findings that stop it from being used. */
    public sealed interface Result permits Composed, Failed {}

    public record Composed(YamlNode.Mapping root) implements Result {}

    public record Failed(List<Finding> findings) implements Result {
        public Failed {
            findings = List.copyOf(findings);
        }
    }

    public YamlComposer(Limits limits) {
        this.options = loaderOptions(limits);
        this.maxCodePoints = limits.maxCodePoints();
    }

    public Result compose(SourceFile file, Span content) {
        if (content.length() > maxCodePoints) {
            // Checked before scanning: snakeyaml would only notice after reading the whole oversized header.
            return fail(new Span(0, Math.min(3, file.text().length())), "front matter is " + content.length()
                    + " characters long, over the limit of " + maxCodePoints + "; move long content into the body");
        }
        String yaml = file.text().substring(content.start(), content.end());
        Positions positions = new Positions(yaml, content.start());
        Node root;
        try {
            // Only the composer: no constructor, so no Java object is ever built from the document.
            root = new Composer(new ParserImpl(new StreamReader(yaml), options), resolver, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int at = mark == null ? content.start() : positions.offset(mark);
            return fail(new Span(at, at), describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            // snakeyaml leaks plain runtime exceptions (bad tag URIs, number formats, limits without a mark).
            return fail(new Span(0, Math.min(3, file.text().length())), "front matter YAML could not be read: "
                    + Messages.oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (root == null) {
            int directive = directiveLine(yaml);
            if (directive >= 0) {
                // A directive needs a "---" after it to start its document, and in front matter that line closes
                // the header: the header would silently be empty and its keys end up in the body.
                int at = content.start() + directive;
                int end = yaml.indexOf('\n', directive);
                String line = yaml.substring(directive, end < 0 ? yaml.length() : end).strip();
                return fail(new Span(at, at), "YAML directive \"" + Messages.quote(line) + "\" is not supported "
                        + "in front matter (its \"---\" line would close the header); remove it");
            }
            return new Composed(new YamlNode.Mapping(List.of(), false, new Span(content.start(), content.start())));
        }
        Walker walker = new Walker(positions, file.lines());
        YamlNode top = walker.node(root);
        if (!walker.findings.isEmpty()) {
            return new Failed(walker.findings);
        }
        if (top instanceof YamlNode.Mapping mapping) {
            return new Composed(mapping);
        }
        String what = top instanceof YamlNode.Sequence ? "a list" : "a single " + top.jsonType() + " value";
        return fail(top.span(), "front matter must be a mapping of keys to values, but it is " + what
                + "; write it as \"key: value\" lines");
    }

    private static LoaderOptions loaderOptions(Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are found on the node tree, where both lines are known
        options.setWarnOnDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxCodePoints());
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        options.setWrappedToRootException(true);
        return options;
    }

    /** Where the first line that starts with {@code %} (a YAML directive) begins, or -1. */
    private static int directiveLine(String yaml) {
        for (int start = 0; start < yaml.length(); ) {
            if (yaml.charAt(start) == '%') {
                return start;
            }
            int next = yaml.indexOf('\n', start);
            start = next < 0 ? yaml.length() : next + 1;
        }
        return -1;
    }

    private static Failed fail(Span span, String message) {
        return new Failed(List.of(new Finding(RULE_ID, span, message)));
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
            return "YAML syntax error: a tab character is used for indentation; indent with spaces";
        }
        if (problem.startsWith("Global tag is not allowed")) {
            return "YAML tag is not allowed in front matter (" + Messages.oneLine(problem.substring(
                    problem.indexOf(':') + 1).trim()) + "); remove the tag";
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return "YAML syntax error: " + Messages.oneLine(problem) + Messages.oneLine(context);
    }

    /** Turns composed nodes into {@link YamlNode}s, collecting every problem it meets on the way. */
    private static final class Walker {
        private final Positions positions;
        private final dev.fmlint.source.LineIndex lines;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<Node, Boolean> collections = new IdentityHashMap<>();

        Walker(Positions positions, dev.fmlint.source.LineIndex lines) {
            this.positions = positions;
            this.lines = lines;
        }

        YamlNode node(Node node) {
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar);
            }
            if (collections.put(node, Boolean.TRUE) != null) {
                // The composer hands back the same node for every alias of it: expanding it again is how
                // billion-laughs documents and cycles blow up, so aliases of collections are refused.
                findings.add(new Finding(RULE_ID, span(node), "alias of a mapping or list (or a merge key "
                        + "\"<<\") is not supported in front matter; write the values out"));
                return new YamlNode.Mapping(List.of(), true, span(node));
            }
            if (node instanceof SequenceNode seq) {
                checkTag(node, Tag.SEQ);
                List<YamlNode> items = new ArrayList<>(seq.getValue().size());
                for (Node item : seq.getValue()) {
                    items.add(node(item));
                }
                return new YamlNode.Sequence(items, seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW, span(node));
            }
            MappingNode map = (MappingNode) node;
            checkTag(node, Tag.MAP);
            List<YamlNode.Entry> entries = new ArrayList<>(map.getValue().size());
            Map<String, Span> seen = new HashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Span keySpan = span(keyNode);
                String key = key(keyNode, keySpan);
                YamlNode value = node(tuple.getValueNode());
                if (key == null) {
                    continue;
                }
                Span first = seen.putIfAbsent(key, keySpan);
                if (first != null) {
                    findings.add(new Finding(RULE_ID, keySpan, "duplicate key \"" + Messages.quote(key)
                            + "\": first defined on line " + lines.line(first.start())
                            + "; remove one of them"));
                    continue;
                }
                entries.add(new YamlNode.Entry(key, keySpan, value));
            }
            return new YamlNode.Mapping(entries, map.getFlowStyle() == DumperOptions.FlowStyle.FLOW, span(node));
        }

        private String key(Node keyNode, Span keySpan) {
            if (!(keyNode instanceof ScalarNode scalar)) {
                findings.add(new Finding(RULE_ID, keySpan,
                        "a mapping or list used as a key is not supported in front matter; use a plain text key"));
                return null;
            }
            YamlNode.Scalar typed = scalar(scalar);
            if (typed.value() == null) {
                findings.add(new Finding(RULE_ID, keySpan, "empty (null) key; give the value a name"));
                return null;
            }
            if (!(typed.value() instanceof String s)) {
                // JSON (and so the schema) only has text keys, while a YAML 1.1 reader (Jekyll, Hugo) keeps
                // this one a number or a boolean: the same header would mean different things to each.
                findings.add(new Finding(RULE_ID, keySpan, "key " + Messages.quote(scalar.getValue()) + " is "
                        + (typed.jsonType().equals("integer") ? "an " : "a ") + typed.jsonType() + ", not text; quote it (\"" + Messages.quote(scalar.getValue())
                        + "\") to use it as a name"));
                return scalar.getValue();
            }
            return s;
        }

        private YamlNode.Scalar scalar(ScalarNode node) {
            String text = node.getValue();
            Tag tag = node.getTag();
            Span span = span(node);
            Object value;
            if (tag.equals(Tag.STR)) {
                value = text;
            } else if (tag.equals(Tag.NULL)) {
                value = null;
            } else if (tag.equals(Tag.BOOL) && JsonTypingResolver.BOOL.matcher(text).matches()) {
                value = Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
            } else if (tag.equals(Tag.INT) && JsonTypingResolver.INT.matcher(text).matches()) {
                if (text.length() > MAX_NUMBER_DIGITS) {
                    return tooLarge(text, node, span); // parsing is quadratic in the digits
                }
                BigInteger big = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
                value = big.bitLength() < 64 ? (Object) big.longValue() : big;
            } else if (tag.equals(Tag.FLOAT) && (JsonTypingResolver.FLOAT.matcher(text).matches())) {
                BigDecimal decimal = decimal(text);
                if (decimal == null) {
                    return tooLarge(text, node, span);
                }
                value = decimal;
            } else {
                findings.add(new Finding(RULE_ID, span, describeTag(tag, text)));
                value = text;
            }
            return new YamlNode.Scalar(value, text, node.isPlain(), span);
        }

        /**
         * A number fmlint can work with, or null: {@code 1e99999999999} overflows BigDecimal's exponent, and
         * {@code 1e999999999} would fit but become a billion digits wherever it is written out in full.
         */
        private static BigDecimal decimal(String text) {
            if (text.length() > MAX_NUMBER_DIGITS) {
                return null;
            }
            try {
                BigDecimal d = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
                long exponent = (long) d.precision() - d.scale() - 1; // as in 1.5e3: 3
                return Math.abs(exponent) > MAX_NUMBER_DIGITS ? null : d;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private YamlNode.Scalar tooLarge(String text, ScalarNode node, Span span) {
            findings.add(new Finding(RULE_ID, span, "\"" + Messages.quote(text) + "\" is a number too large to "
                    + "check (over " + MAX_NUMBER_DIGITS + " digits or powers of ten); quote it if it is text, or "
                    + "write a smaller number"));
            return new YamlNode.Scalar(text, text, node.isPlain(), span);
        }

        private void checkTag(Node node, Tag expected) {
            if (!node.getTag().equals(expected)) {
                findings.add(new Finding(RULE_ID, span(node), describeTag(node.getTag(), null)));
            }
        }

        private static String describeTag(Tag tag, String text) {
            String name = tag.getValue().startsWith(Tag.PREFIX)
                    ? "!!" + tag.getValue().substring(Tag.PREFIX.length()) : tag.getValue();
            if (text != null && (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL))) {
                return "\"" + Messages.quote(text) + "\" is not a valid " + name + " value";
            }
            return "YAML tag " + Messages.quote(name) + " is not supported in front matter; remove it "
                    + "(only plain strings, numbers, booleans, null, lists and mappings are allowed)";
        }

        private Span span(Node node) {
            int start = positions.offset(node.getStartMark());
            int end = Math.max(start, positions.trimmedEnd(positions.offset(node.getEndMark())));
            return new Span(start, end);
        }
    }

    /** Converts snakeyaml marks (code-point indexes into the YAML) into UTF-16 offsets into the file. */
    private static final class Positions {
        private final String yaml;
        private final int base;
        private final int codePoints;
        private final int[] charOffsets; // null when every code point is one char, so index equals offset

        Positions(String yaml, int base) {
            this.yaml = yaml;
            this.base = base;
            this.codePoints = yaml.codePointCount(0, yaml.length());
            if (codePoints == yaml.length()) {
                charOffsets = null;
            } else {
                charOffsets = new int[codePoints + 1];
                for (int cp = 0, i = 0; cp <= codePoints; cp++) {
                    charOffsets[cp] = i;
                    if (i < yaml.length()) {
                        i += Character.charCount(yaml.codePointAt(i));
                    }
                }
            }
        }

        int offset(Mark mark) {
            int index = Math.max(0, Math.min(mark.getIndex(), codePoints));
            return base + (charOffsets == null ? index : charOffsets[index]);
        }

        /** Block collections end where the next token starts; pull the end back over trailing white space. */
        int trimmedEnd(int fileOffset) {
            int i = Math.min(fileOffset - base, yaml.length());
            while (i > 0 && Character.isWhitespace(yaml.charAt(i - 1))) {
                i--;
            }
            return base + i;
        }
    }
}
