package dev.fmlint.rules;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleProvider;
import java.util.List;

/** The built-in rules, in the order `fmlint rules` lists them. Ids are stable; retired ids stay as comments. */
public final class BuiltinRules implements RuleProvider {
    private static final List<Rule> RULES = List.of(
            // front matter
            new FrontmatterRequired(),
            new SlugFormat(),
            new TagsFormat(),
            new DateFormat(),
            new FieldLength(),
            new UniqueField(),
            // headings: the page's h1 first, then structure, then the text of each heading
            new SingleH1(),
            new TitleH1(),
            new FirstHeading(),
            new HeadingIncrement(),
            new NoEmptyHeading(),
            new NoDuplicateHeading(),
            new HeadingTrailingPunctuation(),
            new NoEmptySection(),
            // links and images
            new LinkTargetExists(),
            new NoBareUrls(),
            new ImageAltText(),
            // text
            new CjkSpacing());

    @Override
    public List<Rule> rules() {
        return RULES;
    }
}
