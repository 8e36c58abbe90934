package dev.fmlint.schema;

import java.math.BigDecimal;
import java.util.Objects;
import org.json.JSONArray;
import org.json.JSONObject;

/** JSON Schema's notion of equal values, for naming the item that breaks {@code uniqueItems}. */
final class JsonEquality {
    private JsonEquality() {}

    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            // 1 and 1.0 are the same JSON number; compareTo ignores the scale that equals() would see.
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof JSONArray x && b instanceof JSONArray y) {
            return x.similar(y);
        }
        if (a instanceof JSONObject x && b instanceof JSONObject y) {
            return x.similar(y);
        }
        return Objects.equals(a, b);
    }
}
