package dev.fmlint.schema;

import dev.fmlint.frontmatter.FrontMatterSplitter;
import dev.fmlint.frontmatter.YamlComposer;
import dev.fmlint.source.SourceFile;
import dev.fmlint.spi.Finding;
import dev.fmlint.spi.FrontMatter;
import java.util.List;

/** A Markdown document run through the real splitter and composer, so spans are the ones fmlint reports. */
record Post(SourceFile file, FrontMatter frontMatter) {

    /** A post whose front matter is {@code yaml} (lines ending in newlines). */
    static Post yaml(String yaml) {
        return of("---\n" + yaml + "---\n\n# Body\n");
    }

    static Post of(String text) {
        SourceFile file = SourceFile.of(null, "post.md", text, false);
        FrontMatterSplitter.Block block = (FrontMatterSplitter.Block) new FrontMatterSplitter().split(file);
        YamlComposer.Result composed = new YamlComposer(YamlComposer.Limits.DEFAULT).compose(file, block.content());
        if (composed instanceof YamlComposer.Failed failed) {
            throw new AssertionError("test YAML does not compose: " + failed.findings());
        }
        YamlComposer.Composed ok = (YamlComposer.Composed) composed;
        return new Post(file, new FrontMatter(block.block(), block.content(), ok.root()));
    }

    /** Each finding as {@code line:column message}, 1-based, columns in code points. */
    List<String> check(FrontMatterValidator validator) {
        List<Finding> findings = validator.validate(frontMatter);
        for (Finding f : findings) {
            if (!f.ruleId().equals(FrontMatterValidator.RULE_ID)) {
                throw new AssertionError("unexpected rule id " + f.ruleId());
            }
        }
        return findings.stream().map(this::render).toList();
    }

    String render(Finding f) {
        int offset = f.span().start();
        return file.lines().line(offset) + ":" + file.lines().column(offset) + " " + f.message();
    }

    /** The text a finding's span covers, to show it sits on the key or the value. */
    String covered(Finding f) {
        return file.slice(f.span());
    }
}
