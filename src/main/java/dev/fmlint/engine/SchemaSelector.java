package dev.fmlint.engine;

import dev.fmlint.schema.FrontMatterValidator;
import dev.fmlint.source.SourceFile;
import dev.fmlint.source.Span;
import dev.fmlint.spi.FrontMatter;

/** Decides which schema, if any, a file's front matter is checked against. */
public interface SchemaSelector {
    SchemaSelector NONE = (file, frontMatter) -> new NoSchema();

    Choice choose(SourceFile file, FrontMatter frontMatter);

    sealed interface Choice permits Use, NoSchema, Problem {}

    record Use(FrontMatterValidator validator) implements Choice {}

    record NoSchema() implements Choice {}

    /** The file asks for a schema that cannot be used; reported on the file, the run goes on. */
    record Problem(Span span, String message) implements Choice {}
}
