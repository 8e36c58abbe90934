package dev.fmlint.cache;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A cache as plain data and back. Reading checks every field: a file that is not exactly what this
 * version writes is refused as a whole, with the reason, and the run starts with an empty cache.
 */
final class CacheCodec {
    /** Changes whenever the layout does, so an older or newer fmlint's cache is refused, not misread. */
    static final int FORMAT = 1;
    static final String FORMAT_KEY = "fmlint-cache";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private CacheCodec() {}

    /** What a cache file holds: the run fingerprint it belongs to, and its entries by absolute path. */
    record Contents(String fingerprint, Map<String, CacheEntry> entries) {
        Contents {
            entries = Map.copyOf(entries);
        }
    }

    static Map<String, Object> toData(Contents contents) {
        Map<String, Object> files = new HashMap<>();
        contents.entries().forEach((path, e) -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("size", e.stamp().size());
            entry.put("modified", e.stamp().modified());
            entry.put("readAt", e.readAt());
            entry.put("hash", e.hash());
            entry.put("root", e.queries().root());
            entry.put("exists", e.queries().exists());
            entry.put("lists", e.queries().lists());
            entry.put("texts", e.queries().texts());
            entry.put("facts", e.facts());
            files.put(path, entry);
        });
        return Map.of(FORMAT_KEY, FORMAT, "fingerprint", contents.fingerprint(), "files", files);
    }

    /** @throws IllegalArgumentException naming the first thing that is not as written by this version */
    static Contents fromData(Map<String, Object> data) {
        Object format = data.get(FORMAT_KEY);
        if (!(format instanceof Integer f) || f != FORMAT) {
            throw new IllegalArgumentException("it was written by another version of fmlint (format " + format + ")");
        }
        Map<String, CacheEntry> entries = new LinkedHashMap<>();
        map(data.get("files"), "files").forEach((path, value) -> entries.put(path, entry(path, map(value, path))));
        return new Contents(string(data.get("fingerprint"), "fingerprint"), entries);
    }

    private static CacheEntry entry(String path, Map<String, Object> e) {
        String hash = string(e.get("hash"), path + ": hash");
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException(path + ": hash is not a SHA-256");
        }
        FileStamp stamp = new FileStamp(number(e.get("size"), path + ": size"), number(e.get("modified"), path + ": modified"));
        Map<String, Boolean> exists = new HashMap<>();
        map(e.get("exists"), path + ": exists").forEach((k, v) -> {
            if (!(v instanceof Boolean b)) {
                throw new IllegalArgumentException(path + ": exists: " + k + " is not true or false");
            }
            exists.put(k, b);
        });
        ProjectQueries queries = new ProjectQueries(string(e.get("root"), path + ": root"), exists,
                strings(e.get("lists"), path + ": lists"), strings(e.get("texts"), path + ": texts"));
        Map<String, Object> facts = map(e.get("facts"), path + ": facts");
        if (facts.containsValue(null)) {
            throw new IllegalArgumentException(path + ": facts: null");
        }
        return new CacheEntry(stamp, number(e.get("readAt"), path + ": readAt"), hash, queries, facts);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m; // JSON object keys are strings
        }
        throw new IllegalArgumentException(what + " is not an object");
    }

    private static Map<String, String> strings(Object value, String what) {
        Map<String, String> out = new HashMap<>();
        map(value, what).forEach((k, v) -> out.put(k, string(v, what + ": " + k)));
        return out;
    }

    private static String string(Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(what + " is not a string");
    }

    private static long number(Object value, String what) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException(what + " is not an integer");
    }
}
