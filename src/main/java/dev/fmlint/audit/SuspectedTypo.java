package dev.fmlint.audit;

import java.util.List;

/**
 * A rarely used key that is probably a misspelling of a common one ({@code tilte} beside {@code title}).
 *
 * @param examples the first files it is in
 */
public record SuspectedTypo(String key, long files, List<String> examples, String suggestion, long suggestionFiles) {
    public SuspectedTypo {
        examples = List.copyOf(examples);
    }
}
