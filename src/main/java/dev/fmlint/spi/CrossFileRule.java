package dev.fmlint.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * A rule that needs the whole run, such as "no two files share a slug". It works in two steps:
 * <ol>
 *   <li>{@link #collect} runs per file, next to {@link #check}, on any thread. It returns the few facts the
 *       second step needs (a key and its place, a link and its place), never the file's text or tree, so a
 *       run holds only those facts and not the files.</li>
 *   <li>{@link #finish} runs once, on one thread, after every file, with each file's facts in the run's
 *       file order, and reports findings on any of those files.</li>
 * </ol>
 * Only files the rule is switched on for take part. Like every rule, instances are stateless: state of the
 * second step lives in locals of {@code finish}. {@link #check} still runs for what one file can tell alone
 * (it may do nothing).
 *
 * @param <F> what one file contributes: immutable, and small
 */
public interface CrossFileRule<F> extends Rule {

    /** The facts of one file, or null when it has nothing to contribute. */
    F collect(RuleContext ctx);

    /** Reports what only the whole run shows; {@code files} holds only the files that gave facts. */
    void finish(List<Collected<F>> files, RunContext run);

    /**
     * One file's facts.
     *
     * @param path        the file as read, absolute
     * @param displayPath the path reports show, for messages that name this file
     * @param options     the rule's options for this file
     */
    record Collected<F>(Path path, String displayPath, RuleOptions options, F facts) {}
}
