package dev.fmlint.rules;

import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import dev.fmlint.spi.YamlNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front-matter dates ({@code date} and {@code updated} by default) are ISO 8601 dates or timestamps that
 * exist ({@code 2024-02-30} does not); {@code updated} is not before {@code date}; and no date is in the
 * future unless the file is a draft. "The future" starts when the date has begun everywhere on Earth
 * (UTC+14), so that no one is told off for a post dated "today" in their own time zone.
 */
public final class DateFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("date-format",
            "Front-matter dates are valid ISO 8601, in order, and not in the future", Set.of("front-matter"),
            Severity.ERROR, """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "fields": {
                  "description": "the date keys to check",
                  "type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": true
                },
                "formats": {
                  "description": "the forms allowed",
                  "type": "array", "minItems": 1, "uniqueItems": true,
                  "items": {"enum": ["date", "date-time", "local-date-time"]}
                },
                "notBefore": {
                  "description": "key: the key whose date it may not come before",
                  "type": "object", "additionalProperties": {"type": "string", "minLength": 1}
                },
                "allowFuture": {"description": "allow dates in the future in every file", "type": "boolean"},
                "draftField": {
                  "description": "the boolean key that marks a draft, which may be dated in the future",
                  "type": "string", "minLength": 1
                }
              }
            }""", false);
    private static final String NOT_A_DATE = "%s \"%s\" is not an ISO 8601 date; write it like 2024-05-01, or "
            + "2024-05-01T09:30:00+08:00 with a time";
    private static final String SUGGEST = "%s \"%s\" is not an ISO 8601 %s; write %s";
    private static final String NO_SUCH_DAY = "%s \"%s\" is not a real date (%s); correct the day or month";
    private static final String NOT_STRING = "%s is %s, not a date; write it like 2024-05-01";
    private static final String FORM_NOT_ALLOWED = "%s \"%s\" is %s, which is not allowed here; write %s";
    private static final String FUTURE = "%s \"%s\" is in the future; correct it, or mark the file as a draft "
            + "(%s: true) until it is published";
    private static final String BEFORE = "%s \"%s\" is before %s \"%s\" (line %d); %s cannot be earlier than %s";

    private static final List<String> DEFAULT_FIELDS = List.of("date", "updated");
    private static final List<String> ALL_FORMATS = List.of("date", "date-time", "local-date-time");
    private static final Map<String, Object> DEFAULT_ORDER = Map.of("updated", "date");
    /** Where the newest date on Earth is: a date is in the future only once it has begun nowhere. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern LOOSE_DATE_TIME = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[ Tt]+(\\d{1,2}):(\\d{2})(:\\d{2}(?:\\.\\d+)?)?\\s*"
                    + "(Z|z|[+-]\\d{2}:?\\d{2})?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.frontMatter().isEmpty()) {
            return;
        }
        YamlNode.Mapping root = ctx.frontMatter().get().root();
        List<String> fields = ctx.options().strings("fields", DEFAULT_FIELDS);
        List<String> formats = ctx.options().strings("formats", ALL_FORMATS);
        String draftKey = ctx.options().string("draftField", "draft");
        boolean draft = root.get(draftKey).filter(n -> n instanceof YamlNode.Scalar s && Boolean.TRUE.equals(s.value()))
                .isPresent();
        boolean futureAllowed = draft || ctx.options().bool("allowFuture", false);
        Map<String, Parsed> valid = new HashMap<>();
        for (String field : fields) {
            Optional<YamlNode.Entry> entry = root.entry(field);
            if (entry.isEmpty()) {
                continue;
            }
            parse(ctx, field, entry.get().value(), formats).ifPresent(p -> {
                valid.put(field, p);
                if (!futureAllowed && p.isFuture(Instant.now())) {
                    ctx.report(entry.get().value().span(), FUTURE.formatted(Messages.quote(field),
                            Messages.quote(p.text()), Messages.quote(draftKey)));
                }
            });
        }
        Object order = ctx.options().values().get("notBefore");
        Map<?, ?> pairs = order instanceof Map<?, ?> m ? m : DEFAULT_ORDER;
        pairs.forEach((later, earlier) -> {
            Parsed l = valid.get(String.valueOf(later));
            Parsed e = valid.get(String.valueOf(earlier));
            if (l != null && e != null && l.isBefore(e)) {
                YamlNode node = root.get(String.valueOf(later)).orElseThrow();
                int line = ctx.file().lines().line(root.get(String.valueOf(earlier)).orElseThrow().span().start());
                String laterKey = Messages.quote(String.valueOf(later));
                String earlierKey = Messages.quote(String.valueOf(earlier));
                ctx.report(node.span(), BEFORE.formatted(laterKey, Messages.quote(l.text()), earlierKey,
                        Messages.quote(e.text()), line, laterKey, earlierKey));
            }
        });
    }

    /** The value as a date, or empty after reporting why it is not one. */
    private static Optional<Parsed> parse(RuleContext ctx, String field, YamlNode node, List<String> formats) {
        String key = Messages.quote(field);
        if (!(node instanceof YamlNode.Scalar scalar) || !(scalar.value() instanceof String text)) {
            if (!(node instanceof YamlNode.Scalar s && s.value() == null)) {
                ctx.report(node.span(), NOT_STRING.formatted(key, describe(node)));
            }
            return Optional.empty(); // an empty value is the schema's business
        }
        Optional<Parsed> parsed = Parsed.of(text.strip());
        if (parsed.isEmpty()) {
            ctx.report(node.span(), invalid(key, text.strip()));
            return Optional.empty();
        }
        Parsed p = parsed.get();
        if (!formats.contains(p.form())) {
            ctx.report(node.span(), FORM_NOT_ALLOWED.formatted(key, Messages.quote(p.text()), formName(p.form()),
                    allowed(formats)));
            return Optional.empty();
        }
        return parsed;
    }

    /** Why {@code text} is not a date, with the ISO form when it is a date written another way. */
    private static String invalid(String key, String text) {
        String quoted = Messages.quote(text);
        Matcher dt = LOOSE_DATE_TIME.matcher(text);
        if (dt.matches()) {
            String iso = "%s-%02d-%02dT%02d:%s%s%s".formatted(dt.group(1), Integer.parseInt(dt.group(2)),
                    Integer.parseInt(dt.group(3)), Integer.parseInt(dt.group(4)), dt.group(5),
                    dt.group(6) == null ? ":00" : dt.group(6), zone(dt.group(7)));
            if (Parsed.of(iso).isPresent()) {
                return SUGGEST.formatted(key, quoted, "timestamp", iso);
            }
        }
        Matcher d = LOOSE_DATE.matcher(text);
        if (d.matches()) {
            String iso = "%s-%02d-%02d".formatted(d.group(1), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            if (Parsed.of(iso).isPresent()) {
                return SUGGEST.formatted(key, quoted, "date", iso);
            }
            if (DATE.matcher(iso).matches()) {
                return NO_SUCH_DAY.formatted(key, quoted, "there is no such day");
            }
        }
        return NOT_A_DATE.formatted(key, quoted);
    }

    private static String zone(String zone) {
        if (zone == null) {
            return "";
        }
        if (zone.equalsIgnoreCase("z")) {
            return "Z";
        }
        return zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
    }

    private static String describe(YamlNode node) {
        return switch (node.jsonType()) {
            case "integer", "number" -> "a number (" + Messages.quote(((YamlNode.Scalar) node).source()) + ")";
            case "boolean" -> "a boolean";
            case "array" -> "a list";
            case "object" -> "a mapping";
            default -> node.jsonType();
        };
    }

    private static String formName(String form) {
        return switch (form) {
            case "date" -> "a date without a time";
            case "date-time" -> "a timestamp with a time zone";
            default -> "a timestamp without a time zone";
        };
    }

    private static String allowed(List<String> formats) {
        List<String> examples = formats.stream().map(f -> switch (f) {
            case "date" -> "a date (2024-05-01)";
            case "date-time" -> "a timestamp with a time zone (2024-05-01T09:30:00+08:00)";
            default -> "a timestamp without a time zone (2024-05-01T09:30:00)";
        }).toList();
        return String.join(" or ", examples);
    }

    /**
     * A valid date in one of the three ISO forms.
     *
     * @param form    date, date-time (with an offset) or local-date-time
     * @param date    the calendar date, in the value's own time zone
     * @param local   the date and time on the value's own clock
     * @param instant the moment, for date-times with an offset; null otherwise
     */
    private record Parsed(String text, String form, LocalDate date, LocalDateTime local, Instant instant) {
        static Optional<Parsed> of(String text) {
            try {
                if (DATE.matcher(text).matches()) {
                    LocalDate d = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                    return Optional.of(new Parsed(text, "date", d, d.atStartOfDay(), null));
                }
                if (text.length() > 10 && text.charAt(10) == 'T') {
                    char last = text.charAt(text.length() - 1);
                    boolean zoned = last == 'Z' || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
                    if (zoned) {
                        OffsetDateTime t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                        return Optional.of(new Parsed(text, "date-time", t.toLocalDate(), t.toLocalDateTime(),
                                t.toInstant()));
                    }
                    LocalDateTime t = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                    return Optional.of(new Parsed(text, "local-date-time", t.toLocalDate(), t, null));
                }
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }

        boolean isFuture(Instant now) {
            if (instant != null) {
                return instant.isAfter(now);
            }
            LocalDateTime earliest = LocalDateTime.ofInstant(now, EARLIEST_ZONE);
            return form.equals("date") ? date.isAfter(earliest.toLocalDate()) : local.isAfter(earliest);
        }

        /** Whether this comes before {@code other}; a date without a time compares by day only. */
        boolean isBefore(Parsed other) {
            if (form.equals("date") || other.form.equals("date")) {
                return date.isBefore(other.date);
            }
            if (instant != null && other.instant != null) {
                return instant.isBefore(other.instant);
            }
            return local.isBefore(other.local);
        }
    }
}
