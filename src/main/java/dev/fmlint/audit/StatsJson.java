package dev.fmlint.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code stats} document for programs, described by {@code schemas/stats.schema.json}. Counts are exact
 * integers; shares are numbers from 0 to 1 with 4 decimals; values keep their JSON type. No timestamps or
 * timings, so the same corpus always gives the same document.
 */
public final class StatsJson {
    /** Bumped when a field changes meaning or goes away; new fields do not bump it. */
    public static final int VERSION = 1;

    private StatsJson() {}

    public static String write(CorpusStats stats) {
        return JsonText.write(document(stats));
    }

    static Map<String, Object> document(CorpusStats stats) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("fmlintStats", VERSION);
        doc.put("files", stats.files());
        CorpusStats.FrontMatterCounts fm = stats.frontMatter();
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("present", fm.present());
        frontMatter.put("absent", sample(fm.without()));
        frontMatter.put("broken", sample(fm.broken()));
        frontMatter.put("unreadable", sample(fm.unreadable()));
        doc.put("frontMatter", frontMatter);
        doc.put("keys", keys(stats.root()));
        doc.put("typos", stats.typos().stream().map(StatsJson::typo).toList());
        HeadingSummary h = stats.headings();
        Map<String, Object> headings = new LinkedHashMap<>();
        headings.put("parsed", h.parsed());
        headings.put("noH1", sample(h.noH1()));
        headings.put("multipleH1", sample(h.multipleH1()));
        headings.put("skippedLevels", sample(h.skippedLevels()));
        doc.put("headings", headings);
        doc.put("findings", stats.findings() == null ? null : findings(stats.findings()));
        return doc;
    }

    private static List<Object> keys(KeyStats parent) {
        List<Object> keys = new ArrayList<>();
        for (KeyStats k : parent.properties()) {
            keys.add(key(k, parent.mappings()));
        }
        return keys;
    }

    private static Map<String, Object> key(KeyStats k, long of) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("key", k.name());
        key.put("path", k.path());
        key.put("count", k.present());
        if (of > 0) {
            key.put("share", JsonText.share(k.present(), of));
        }
        Map<String, Object> types = new LinkedHashMap<>();
        k.kinds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> types.put(e.getKey().label(), e.getValue()));
        key.put("types", types);
        key.put("distinct", k.values().distinct());
        key.put("distinctCapped", k.values().capped());
        key.put("topValues", k.values().top().stream().map(StatsJson::value).toList());
        if (k.text() != null) {
            Map<String, Object> strings = new LinkedHashMap<>();
            strings.put("count", k.text().count());
            strings.put("empty", k.text().empty());
            Lengths l = k.text().lengths();
            Map<String, Object> lengths = new LinkedHashMap<>();
            lengths.put("min", l.min());
            lengths.put("median", l.median());
            lengths.put("p90", l.p90());
            lengths.put("max", l.max());
            strings.put("lengths", lengths);
            Map<String, Object> formats = new LinkedHashMap<>();
            k.text().shapes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> formats.put(e.getKey().label(), e.getValue()));
            strings.put("formats", formats);
            key.put("strings", strings);
        }
        if (k.lists() != null) {
            KeyStats.Lists l = k.lists();
            Map<String, Object> lists = new LinkedHashMap<>();
            lists.put("count", l.count());
            lists.put("empty", l.empty());
            lists.put("withDuplicates", l.withDuplicates());
            lists.put("minItems", l.minItems());
            lists.put("maxItems", l.maxItems());
            key.put("lists", lists);
        }
        if (k.items() != null) {
            key.put("items", key(k.items(), 0));
        }
        if (k.mappings() > 0) {
            key.put("mappings", k.mappings());
            key.put("properties", keys(k));
            key.put("untrackedKeys", k.untrackedKeys());
        }
        key.put("examples", k.examples());
        return key;
    }

    private static Map<String, Object> value(ValueCount v) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("value", typed(v.value()));
        value.put("type", v.value().kind().label());
        value.put("count", v.count());
        return value;
    }

    /** The value back in its JSON type. */
    static Object typed(ScalarValue v) {
        return switch (v.kind()) {
            case INTEGER -> new BigInteger(v.text());
            case NUMBER -> new BigDecimal(v.text());
            case BOOLEAN -> Boolean.valueOf(v.text());
            case NULL -> null;
            default -> v.text();
        };
    }

    private static Map<String, Object> typo(SuspectedTypo t) {
        Map<String, Object> typo = new LinkedHashMap<>();
        typo.put("key", t.key());
        typo.put("files", t.files());
        typo.put("examples", t.examples());
        typo.put("suggestion", t.suggestion());
        typo.put("suggestionFiles", t.suggestionFiles());
        return typo;
    }

    private static Map<String, Object> findings(FindingsSummary f) {
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("configuration", f.configuration());
        findings.put("total", f.total());
        findings.put("errors", f.errors());
        findings.put("warnings", f.warnings());
        findings.put("filesWithFindings", f.filesWithFindings());
        findings.put("byRule", f.byRule().stream().map(r -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("rule", r.rule());
            rule.put("findings", r.findings());
            rule.put("files", r.files());
            rule.put("errors", r.errors());
            rule.put("warnings", r.warnings());
            return rule;
        }).toList());
        findings.put("topFiles", f.topFiles().stream().map(t -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", t.file());
            file.put("findings", t.findings());
            file.put("errors", t.errors());
            file.put("warnings", t.warnings());
            return file;
        }).toList());
        return findings;
    }

    private static Map<String, Object> sample(FileSample s) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("count", s.count());
        sample.put("examples", s.examples());
        return sample;
    }
}
