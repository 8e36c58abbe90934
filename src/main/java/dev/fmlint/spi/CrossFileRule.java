package dev.fmlint.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A rule that needs the whole run, such as "no two files share a slug". It works in two steps:
 * <ol>
 *   <li>{@link #collect} runs per file, in place of {@link #check}, on any thread. It reports what the file
 *       shows on its own, as {@code check} does, with the project's files to look at (so that work that
 *       needs no other file's facts, such as "does this linked file exist", is done on all cores), and
 *       returns the few facts the second step needs (a key and its place, a link and its place), never the
 *       file's text or tree, so a run holds only those facts and not the files.</li>
 *   <li>{@link #finish} runs once, on one thread, after every file, with each file's facts in the run's
 *       file order, and reports findings on any of those files.</li>
 * </ol>
 * A file linted on its own, outside a run (standard input), gets {@link #check} only. Only files the rule
 * is switched on for take part. Like every rule, instances are stateless: state of the second step lives
 * in locals of {@code finish}.
 *
 * @param <F> what one file contributes: immutable, and small
 */
public interface CrossFileRule<F> extends Rule {

    /**
     * Checks one file as {@link #check} does, in one pass with gathering its facts; returns the facts, or
     * null when it has nothing to contribute.
     *
     * @param project the project's files, shared by all threads
     */
    F collect(RuleContext ctx, ProjectFiles project);

    /** Reports what only the whole run shows; {@code files} holds only the files that gave facts. */
    void finish(List<Collected<F>> files, RunContext run);

    /**
     * One file's facts as plain data for {@code --cache}: strings, numbers, booleans, null, lists and maps
     * with string keys, nothing else. With the facts in the cache, a file that has not changed is not read
     * again, and still takes part in {@link #finish}. Empty (the default) when the facts cannot be kept:
     * then every file that gives this rule facts is checked again on each run, which is correct, only slower.
     * Paths in the facts are absolute, like {@link Collected#path}.
     */
    default Optional<Object> factsToData(F facts) {
        return Optional.empty();
    }

    /**
     * The facts back from what {@link #factsToData} made. The data comes from a file on disk that anyone
     * with write access to the project may have edited: check every value ({@link PlainData} helps) and
     * throw {@link IllegalArgumentException} when it does not fit; the file is then checked again. Only
     * called for rules whose {@code factsToData} gave data.
     */
    default F factsFromData(Object data) {
        throw new UnsupportedOperationException(meta().id() + " does not read cached facts");
    }

    /**
     * One file's facts.
     *
     * @param path        the file as read, absolute
     * @param displayPath the path reports show, for messages that name this file
     * @param options     the rule's options for this file
     */
    record Collected<F>(Path path, String displayPath, RuleOptions options, F facts) {}
}
