package dev.fmlint.discover;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The gitignore files in force in one folder of a walk: the folder's own {@code .gitignore}, then those of
 * its parents up to the checkout root, then {@code info/exclude}. The first of them (deepest first) with a
 * matching line decides, and within a file the last matching line decides; that is git's precedence.
 *
 * <p>Immutable: a subfolder's chain adds one link to its parent's, so sibling folders share it.
 */
final class IgnoreChain {
    /** Outside any git checkout nothing is ignored and {@code .gitignore} files mean nothing. */
    static final IgnoreChain OUTSIDE_GIT = new IgnoreChain(null, null, null);

    private final Path checkoutRoot;
    private final IgnoreFile file;
    private final IgnoreChain parent;

    private IgnoreChain(Path checkoutRoot, IgnoreFile file, IgnoreChain parent) {
        this.checkoutRoot = checkoutRoot;
        this.file = file;
        this.parent = parent;
    }

    /** The chain at the top of {@code checkout}: only its {@code info/exclude}, if there is one. */
    static IgnoreChain atRoot(GitCheckout checkout, Consumer<String> warn) {
        IgnoreChain bottom = new IgnoreChain(checkout.root(), null, null);
        return IgnoreFile.read(checkout.infoExclude(), "", true, warn)
                .map(exclude -> new IgnoreChain(checkout.root(), exclude, bottom)).orElse(bottom);
    }

    /** The chain inside {@code folder}, a child of this chain's folder: adds {@code folder/.gitignore}. */
    IgnoreChain enter(Path folder, Consumer<String> warn) {
        if (checkoutRoot == null) {
            return this;
        }
        String base = RepoPath.of(checkoutRoot.relativize(folder)).toString();
        return IgnoreFile.read(folder.resolve(".gitignore"), base, false, warn)
                .map(ignores -> new IgnoreChain(checkoutRoot, ignores, this)).orElse(this);
    }

    /** Is {@code entry}, in the folder of this chain, ignored? */
    boolean ignores(Path entry, boolean dir) {
        if (checkoutRoot == null || file == null) {
            return false; // no ignore file in force: skip building the path, the common case outside git
        }
        RepoPath path = RepoPath.of(checkoutRoot.relativize(entry));
        for (IgnoreChain link = this; link != null && link.file != null; link = link.parent) {
            IgnoreFile.Verdict verdict = link.file.verdict(path, dir);
            if (verdict != IgnoreFile.Verdict.UNDECIDED) {
                return verdict == IgnoreFile.Verdict.IGNORED;
            }
        }
        return false;
    }
}
