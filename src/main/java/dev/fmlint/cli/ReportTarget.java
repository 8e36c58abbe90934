package dev.fmlint.cli;

import dev.fmlint.report.Reporters;

/**
 * One {@code --format NAME[=FILE]}: a report format and where it goes.
 *
 * @param file the file to write, relative to the working folder, or null for standard output
 */
record ReportTarget(String format, String file) {

    boolean toStdout() {
        return file == null;
    }

    /** Parses {@code NAME} or {@code NAME=FILE}; {@code NAME=-} also means standard output. */
    static ReportTarget parse(String spec) {
        int eq = spec.indexOf('=');
        String name = (eq < 0 ? spec : spec.substring(0, eq)).strip();
        String file = eq < 0 ? null : spec.substring(eq + 1);
        if (!Reporters.exists(name)) {
            throw new IllegalArgumentException("unknown report format '" + name + "'; use one of: "
                    + String.join(", ", Reporters.names()));
        }
        if (file != null && file.isBlank()) {
            throw new IllegalArgumentException("--format " + name + "= needs a file name after '=' "
                    + "(or '-' for standard output)");
        }
        return new ReportTarget(name, file == null || file.equals("-") ? null : file);
    }

    @Override
    public String toString() {
        return format + (file == null ? "" : "=" + file);
    }
}
