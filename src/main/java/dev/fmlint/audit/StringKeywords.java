package dev.fmlint.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keywords for a key's string values, in order of preference: a {@code format} or date-like
 * {@code pattern} when (nearly) every value has that form; else an {@code enum} when a few values cover
 * (nearly) all and none is long; else a {@code pattern} for ids, digits and slugs; else {@code minLength: 1}.
 * "Nearly" leaves out the outlier share: those values are what a check with the schema should report.
 */
final class StringKeywords {
    /** Forms that say what a value is, checked before any enum: a handful of dates is not a closed set. */
    private static final List<StringShape> FORMS = List.of(StringShape.US_DATE, StringShape.LOCAL_DATE_TIME,
            StringShape.UUID, StringShape.URL);
    /** Forms that only say how a value is spelled, checked after enums. */
    private static final List<StringShape> SPELLINGS = List.of(StringShape.DIGITS, StringShape.SLUG_PATH,
            StringShape.SLUG);
    /**
     * Values needed before a spelling becomes a pattern: one lowercase word is no evidence of a slug, while
     * one date is a date.
     */
    static final int MIN_SPELLING_VALUES = 10;
    /** An enum value longer than this is a sentence, not a category: such keys never get an enum. */
    static final int ENUM_MAX_CODE_POINTS = 40;

    private StringKeywords() {}

    static void add(Map<String, Object> schema, KeyStats key, TypeChoice types, InferenceOptions options) {
        KeyStats.Text text = key.text();
        if (text == null || !types.allows("string")) {
            return;
        }
        long n = text.count();
        double share = options.outlierShare();
        long dates = text.shape(StringShape.DATE);
        long dateTimes = text.shape(StringShape.DATE_TIME);
        if (covers(dates, n, share)) {
            schema.put("format", "date");
            return;
        }
        if (covers(dateTimes, n, share)) {
            schema.put("format", "date-time");
            return;
        }
        if (dates > 0 && dateTimes > 0 && covers(dates + dateTimes, n, share)) {
            schema.put("anyOf", List.of(Map.of("format", "date"), Map.of("format", "date-time")));
            return;
        }
        for (StringShape form : FORMS) {
            if (covers(text.shape(form), n, share)) {
                schema.put(form.keyword(), form.value());
                return;
            }
        }
        if (types.only("string") && enumerate(schema, key, n, options)) {
            return;
        }
        for (StringShape spelling : SPELLINGS) {
            boolean enough = n >= MIN_SPELLING_VALUES && covers(text.shape(spelling), n, share);
            if (enough || spelling == StringShape.SLUG && namedSlug(key) && 2 * text.shape(spelling) > n) {
                schema.put(spelling.keyword(), spelling.value());
                return;
            }
        }
        if (text.empty() <= share * n) {
            schema.put("minLength", 1);
        }
    }

    /** An enum of the values that cover all but the outlier share, if they are few, short and repeated. */
    private static boolean enumerate(Map<String, Object> schema, KeyStats key, long n, InferenceOptions options) {
        if (n < options.enumMinCount() || options.enumMaxValues() == 0 || key.values().capped()) {
            return false;
        }
        List<ValueCount> kept = key.values().top().stream()
                .filter(v -> v.value().isString() && v.count() >= options.outlierShare() * n)
                .toList();
        long covered = kept.stream().mapToLong(ValueCount::count).sum();
        boolean shortValues = kept.stream().allMatch(v -> v.value().text().codePointCount(0, v.value().text().length())
                <= ENUM_MAX_CODE_POINTS && !v.value().text().contains("\n"));
        if (kept.isEmpty() || kept.size() > options.enumMaxValues() || !shortValues || n < 2L * kept.size()
                || !covers(covered, n, options.outlierShare())) {
            return false;
        }
        schema.put("enum", kept.stream().map(v -> v.value().text()).toList());
        return true;
    }

    /** A key named like a slug ({@code slug}, {@code urlSlug}) is held to slug spelling when most values are. */
    private static boolean namedSlug(KeyStats key) {
        return key.name().toLowerCase(Locale.ROOT).contains("slug");
    }

    /** Whether {@code count} of {@code n} values is all of them but at most the outlier share. */
    static boolean covers(long count, long n, double outlierShare) {
        return n > 0 && count >= n * (1 - outlierShare) - 1e-9;
    }
}
