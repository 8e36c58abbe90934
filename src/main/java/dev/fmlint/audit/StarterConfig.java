package dev.fmlint.audit;

import java.util.List;

/**
 * The {@code .fmlint.yaml} that {@code fmlint init} writes: the recommended rules, and the inferred schema
 * for the files it was inferred from. Strings are written in JSON's double-quoted form, which is valid YAML
 * whatever the path holds.
 */
public final class StarterConfig {
    private StarterConfig() {}

    /**
     * @param globs  the files the schema applies to, relative to the configuration's folder
     * @param schema the schema's path relative to the configuration's folder, with {@code /}
     */
    public static String text(List<String> globs, String schema, long headers) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by fmlint init from the front matter of ").append(KeyRow.count(headers))
                .append(headers == 1 ? " file" : " files").append(".\n")
                .append("# The schema describes what those files have in common; edit it as the content changes.\n")
                .append("extends: recommended\n")
                .append("schemas:\n")
                .append("  - files: ");
        if (globs.size() == 1) {
            sb.append(quoted(globs.get(0)));
        } else {
            sb.append('[');
            for (int i = 0; i < globs.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(quoted(globs.get(i)));
            }
            sb.append(']');
        }
        sb.append("\n    schema: ").append(quoted(schema)).append('\n');
        return sb.toString();
    }

    /** A path as a glob that matches only itself: glob characters are escaped. */
    public static String literalGlob(String path) {
        StringBuilder sb = new StringBuilder();
        for (char c : path.toCharArray()) {
            if ("*?[]{}\\,".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String quoted(String s) {
        String json = JsonText.write(s);
        return json.substring(0, json.length() - 1);
    }
}
