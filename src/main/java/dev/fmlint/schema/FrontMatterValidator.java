package dev.fmlint.schema;

import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import java.util.List;

/** Checks front matter against one compiled JSON Schema. Immutable and shared by all threads. */
public interface FrontMatterValidator {
    String RULE_ID = "schema";

    /** A short name for the schema in messages ({@code blog-post}, or the file's path). */
    String name();

    List<Finding> validate(FrontMatter frontMatter);
}
