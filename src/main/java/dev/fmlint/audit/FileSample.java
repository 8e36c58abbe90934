package dev.fmlint.audit;

import java.util.List;

/** How many files have some property, and the first few of them in scan order. */
public record FileSample(long count, List<String> examples) {
    public FileSample {
        examples = List.copyOf(examples);
    }
}
