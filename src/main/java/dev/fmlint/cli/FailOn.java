package dev.fmlint.cli;

import dev.fmlint.report.RunResult;
import dev.fmlint.spi.Severity;
import java.util.Locale;
import picocli.CommandLine;

/** {@code --fail-on}: the lowest severity that makes the run fail (exit code 1). */
enum FailOn {
    ERROR,
    WARNING;

    boolean failed(RunResult run) {
        return run.count(Severity.ERROR) > 0 || (this == WARNING && run.count(Severity.WARNING) > 0);
    }

    /** Accepts the lower-case words users type ({@code error}, {@code warning}). */
    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn f : values()) {
                if (f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a severity; use error or warning");
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
