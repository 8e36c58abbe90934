package dev.fmlint.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;

/**
 * Summarizes a failed {@code anyOf}/{@code oneOf} (and {@code "type": [..]}, which everit turns into an
 * {@code anyOf}). Branches the value could never match because it is the wrong kind of value are dropped
 * first: for {@code type: [string, array], minLength: 3} and {@code "ab"} only the string branch is worth
 * reading. Then one branch left is reported as if it stood alone; none left becomes {@code expected a
 * string or null, found …}; several date-like formats become one format message; anything else lists
 * what each remaining branch wanted.
 */
final class Alternatives {
    static final String AMBIGUOUS = "matches %d of the allowed alternatives, but must match exactly one (oneOf)";
    static final String NONE = "matches none of the allowed alternatives (%s): %s";
    private static final int MAX_LISTED = 3;
    private static final List<String> KINDS = List.of("a string", "an integer", "a number", "a boolean", "an object",
            "an array", "null");

    private final JsonInstance instance;
    private final PathStyle style;
    private final Function<ValidationException, List<Violation>> walk;

    /**
     * @param walk formats one branch's failure the way top-level failures are formatted
     */
    Alternatives(JsonInstance instance, PathStyle style, Function<ValidationException, List<Violation>> walk) {
        this.instance = instance;
        this.style = style;
        this.walk = walk;
    }

    List<Violation> summarize(ValidationException e, JsonPointer at) {
        List<ValidationException> causes = inSchemaOrder(e);
        Object value = instance.at(at).orElse(null);
        int matched = matched(e);
        if (matched > 1) {
            return List.of(new Violation(at, Violation.Target.VALUE, AMBIGUOUS.formatted(matched)));
        }
        List<ValidationException> relevant = causes.stream().filter(c -> !wrongKind(c, at, value)).toList();
        if (relevant.isEmpty()) {
            List<String> expected = new ArrayList<>();
            causes.forEach(c -> expectations(c, expected));
            expected.sort(Comparator.comparingInt(Alternatives::rank));
            return List.of(new Violation(at, Violation.Target.VALUE, KeywordMessages.TYPE.formatted(
                    ValueText.orList(expected), ValueText.found(value))));
        }
        if (relevant.size() == 1) {
            return walk.apply(relevant.get(0));
        }
        if (relevant.stream().allMatch(c -> isFormatAt(c, at))) {
            List<String> formats = relevant.stream()
                    .map(c -> ((StringSchema) FailedSchema.of(c)).getFormatValidator().formatName()).toList();
            return List.of(new Violation(at, Violation.Target.VALUE, KeywordMessages.format(formats, value)));
        }
        List<String> branches = new ArrayList<>();
        for (ValidationException branch : relevant.subList(0, Math.min(MAX_LISTED, relevant.size()))) {
            branches.add(String.join(", ", walk.apply(branch).stream().map(v -> describe(v, at)).toList()));
        }
        String listed = String.join("; or ", branches) + (relevant.size() > MAX_LISTED ? "; or …" : "");
        return List.of(new Violation(at, Violation.Target.VALUE,
                NONE.formatted(e.getKeyword(), listed)));
    }

    /**
     * The failed branches in the order the schema lists them. everit visits branches in an order of its
     * own that can change from run to run, and messages must not.
     */
    private static List<ValidationException> inSchemaOrder(ValidationException e) {
        List<Schema> branches = FailedSchema.of(e) instanceof CombinedSchema c ? List.copyOf(c.getSubschemas()) : List.of();
        return e.getCausingExceptions().stream()
                .sorted(Comparator.comparingInt((ValidationException cause) -> branchIndex(branches, cause))
                        .thenComparing(cause -> String.valueOf(cause.getSchemaLocation()))
                        .thenComparing(cause -> String.valueOf(cause.getErrorMessage())))
                .toList();
    }

    private static int branchIndex(List<Schema> branches, ValidationException cause) {
        Schema failed = FailedSchema.of(cause);
        for (int i = 0; i < branches.size(); i++) {
            if (branches.get(i) == failed || FailedSchema.referred(branches.get(i)) == failed) {
                return i;
            }
        }
        return branches.size();
    }

    /** How many branches of a {@code oneOf} matched; 0 for anything else. */
    private static int matched(ValidationException e) {
        if (!"oneOf".equals(e.getKeyword()) || !(FailedSchema.of(e) instanceof CombinedSchema c)) {
            return 0;
        }
        // everit lists only the branches that failed.
        return c.getSubschemas().size() - e.getCausingExceptions().size();
    }

    private String describe(Violation v, JsonPointer at) {
        return v.subject().equals(at) ? v.detail() : style.message(v, instance);
    }

    /** Whether a branch failed only because the value at {@code at} is the wrong kind of value. */
    private static boolean wrongKind(ValidationException e, JsonPointer at, Object value) {
        String keyword = String.valueOf(e.getKeyword());
        boolean here = JsonPointer.parse(e.getPointerToViolation()).equals(at);
        switch (keyword) {
            case "type":
                return here;
            case "enum":
                return here && FailedSchema.of(e) instanceof EnumSchema en
                        && en.getPossibleValuesAsList().stream().noneMatch(v -> sameKind(v, value));
            case "const":
                return here && FailedSchema.of(e) instanceof ConstSchema c && !sameKind(c.getPermittedValue(), value);
            case "oneOf":
                if (matched(e) > 0) {
                    return false;
                }
                return !e.getCausingExceptions().isEmpty()
                        && e.getCausingExceptions().stream().allMatch(c -> wrongKind(c, at, value));
            default:
                return !e.getCausingExceptions().isEmpty()
                        && e.getCausingExceptions().stream().allMatch(c -> wrongKind(c, at, value));
        }
    }

    /** Kinds for matching an enum against a value: integers and numbers are one kind here. */
    private static boolean sameKind(Object a, Object b) {
        String x = ValueText.kind(a).replace("an integer", "a number");
        return x.equals(ValueText.kind(b).replace("an integer", "a number"));
    }

    private static void expectations(ValidationException e, List<String> out) {
        String expectation = switch (String.valueOf(e.getKeyword())) {
            case "type" -> KeywordMessages.expectedKind(FailedSchema.of(e));
            case "enum" -> FailedSchema.of(e) instanceof EnumSchema en
                    ? (en.getPossibleValuesAsList().size() == 1 ? ValueText.literal(en.getPossibleValuesAsList().get(0))
                            : "one of " + ValueText.list(en.getPossibleValuesAsList())) : null;
            case "const" -> FailedSchema.of(e) instanceof ConstSchema c ? ValueText.literal(c.getPermittedValue())
                    : null;
            default -> null;
        };
        if (expectation == null) {
            e.getCausingExceptions().forEach(c -> expectations(c, out));
        } else if (!out.contains(expectation)) {
            out.add(expectation);
        }
    }

    /**
     * everit lists a {@code type} array's branches in its own order ({@code null} first); readers expect
     * literal values first, then types in the usual order, {@code null} last. The sort is stable.
     */
    private static int rank(String expectation) {
        int i = KINDS.indexOf(expectation);
        return i < 0 ? 0 : i + 1;
    }

    private static boolean isFormatAt(ValidationException e, JsonPointer at) {
        return "format".equals(e.getKeyword()) && e.getCausingExceptions().isEmpty()
                && FailedSchema.of(e) instanceof StringSchema
                && JsonPointer.parse(e.getPointerToViolation()).equals(at);
    }
}
