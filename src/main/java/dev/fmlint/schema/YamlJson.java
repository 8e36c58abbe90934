package dev.fmlint.schema;

import dev.fmlint.spi.YamlNode;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Converts the typed YAML tree into the org.json values everit validates. The tree holds only JSON types
 * already (the composer refuses tags, timestamps and non-string keys), so this is a plain copy.
 */
final class YamlJson {
    private YamlJson() {}

    static Object toJson(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.value() == null ? JSONObject.NULL : s.value();
        }
        if (node instanceof YamlNode.Sequence seq) {
            JSONArray array = new JSONArray();
            seq.items().forEach(item -> array.put(toJson(item)));
            return array;
        }
        JSONObject object = new JSONObject();
        for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries()) {
            object.put(e.key(), toJson(e.value()));
        }
        return object;
    }
}
