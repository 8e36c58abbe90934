package dev.fmlint.schema;

import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import dev.fmlint.spi.Messages;
import dev.fmlint.spi.YamlNode;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;

/** A compiled everit schema; everit's {@link Schema} is immutable, so one instance serves every thread. */
final class EveritValidator implements FrontMatterValidator {
    private final String name;
    private final Schema schema;

    EveritValidator(String name, Schema schema) {
        this.name = name;
        this.schema = schema;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Finding> validate(FrontMatter frontMatter) {
        List<Finding> findings = new ArrayList<>();
        try {
            schema.validate(toJson(frontMatter.root()));
        } catch (ValidationException e) {
            collect(e, frontMatter, findings);
        }
        return findings;
    }

    private void collect(ValidationException e, FrontMatter fm, List<Finding> out) {
        if (e.getCausingExceptions().isEmpty()) {
            String pointer = e.getPointerToViolation();
            out.add(new Finding(RULE_ID, fm.find(pointer).span(), Messages.oneLine(e.getMessage())));
            return;
        }
        for (ValidationException cause : e.getCausingExceptions()) {
            collect(cause, fm, out);
        }
    }

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
