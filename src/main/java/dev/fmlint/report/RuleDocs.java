package dev.fmlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The documentation page of a rule ({@code rules/<id>.md}), for reports that carry help text. */
@FunctionalInterface
public interface RuleDocs {
    /** Where rule pages are read on the web; {@code <id>.md} is appended. */
    String BASE_URL = "https://github.com/fmlint/fmlint/blob/main/rules/";

    Optional<String> page(String ruleId);

    static String url(String ruleId) {
        return BASE_URL + ruleId + ".md";
    }

    static RuleDocs none() {
        return id -> Optional.empty();
    }

    /** The pages packed into the jar at {@code /fmlint/rules/<id>.md}. */
    static RuleDocs bundled() {
        return id -> {
            try (InputStream in = RuleDocs.class.getResourceAsStream("/fmlint/rules/" + id + ".md")) {
                return in == null ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the page of rule " + id, e);
            }
        };
    }
}
