package dev.fmlint.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Infers a draft-07 JSON Schema for a corpus' front matter from its {@link CorpusStats}: types from what was
 * seen, required keys by share, and per type the keywords of {@link StringKeywords} and for lists
 * {@code items}, {@code uniqueItems} and {@code minItems}. Anything seen in less than the outlier share of a
 * key's values is left out on purpose, so that checking the same corpus with the schema reports exactly the
 * outliers. Suspected typos of keys are left out too, and at the top level only listed keys are allowed
 * (unless asked otherwise), so a check names them as unknown keys with a "did you mean".
 */
public final class SchemaInference {
    public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private final InferenceOptions options;

    public SchemaInference(InferenceOptions options) {
        this.options = options;
    }

    /** The schema as ordered JSON data, ready for {@link JsonText#write}. */
    public Map<String, Object> schema(CorpusStats stats) {
        long headers = stats.frontMatter().present();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DRAFT_07);
        schema.put("title", "Front matter");
        schema.put("description", "Inferred by fmlint init from the front matter of " + KeyRow.count(headers)
                + " of " + KeyRow.count(stats.files()) + " files. Keys in at least " + percent(options.requiredShare())
                + " of them are required; types, forms and values seen in under " + percent(options.outlierShare())
                + " of a key's values were left out as outliers.");
        Set<String> typos = stats.typos().stream().map(SuspectedTypo::key).collect(Collectors.toSet());
        List<KeyStats> keys = stats.keys().stream()
                .filter(k -> !k.name().equals("$schema") && !typos.contains(k.name()))
                .toList();
        object(schema, keys, headers, "files");
        if (!options.allowUnknownKeys()) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    private void object(Map<String, Object> schema, List<KeyStats> keys, long of, String ofWhat) {
        schema.put("type", "object");
        List<String> required = keys.stream()
                .filter(k -> k.present() >= options.requiredShare() * of - 1e-9)
                .map(KeyStats::name)
                .sorted()
                .toList();
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (KeyStats k : keys) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("description", "Seen in " + KeyRow.count(k.present()) + " of " + KeyRow.count(of) + " "
                    + ofWhat + ".");
            property.putAll(value(k));
            properties.put(k.name(), property);
        }
        schema.put("properties", properties);
    }

    /** The schema of the values found at one path. */
    Map<String, Object> value(KeyStats k) {
        Map<String, Object> schema = new LinkedHashMap<>();
        TypeChoice types = TypeChoice.of(k, options.outlierShare());
        schema.put("type", types.keyword());
        StringKeywords.add(schema, k, types, options);
        if (types.allows("array") && k.lists() != null) {
            array(schema, k);
        }
        if (types.allows("object") && k.mappings() > 0) {
            Map<String, Object> nested = new LinkedHashMap<>();
            object(nested, k.properties(), k.mappings(), "\"" + k.name() + "\" mappings");
            nested.remove("type");
            schema.putAll(nested);
        }
        return schema;
    }

    private void array(Map<String, Object> schema, KeyStats k) {
        KeyStats.Lists lists = k.lists();
        double share = options.outlierShare();
        if (lists.empty() <= share * lists.count()) {
            schema.put("minItems", 1);
        }
        if (lists.withDuplicates() <= share * lists.count()) {
            schema.put("uniqueItems", true);
        }
        if (k.items() != null && k.items().present() > 0) {
            schema.put("items", value(k.items()));
        }
    }

    private static String percent(double share) {
        String p = new java.math.BigDecimal(Double.toString(share * 100)).stripTrailingZeros().toPlainString();
        return p + "%";
    }

    /**
     * What a person should know about the schema, one line each: keys left out as suspected typos, and strings
     * counted as the booleans or lists their writers meant.
     */
    public static List<String> notes(CorpusStats stats) {
        List<String> notes = new ArrayList<>();
        stats.typos().forEach(t -> notes.add("left out \"" + t.key() + "\" (" + t.files() + (t.files() == 1 ? " file" : " files")
                + "), a suspected typo of \"" + t.suggestion() + "\""));
        for (KeyStats k : stats.keys()) {
            long strings = k.kind(ValueKind.STRING) + k.kind(ValueKind.DATE);
            if (YamlTraps.booleanWords(k)) {
                notes.add("\"" + k.name() + "\" expects a boolean: " + strings + (strings == 1 ? " value is" : " values are")
                        + " a word like yes or off, which YAML 1.2 reads as a string; write true or false");
            } else if (YamlTraps.commaLists(k)) {
                notes.add("\"" + k.name() + "\" expects a list: " + strings + (strings == 1 ? " value is" : " values are")
                        + " one comma-separated string; write a YAML list");
            }
        }
        return notes;
    }
}
