package dev.fmlint.testing;

import java.nio.file.Path;

/**
 * Where the shared corpora are: {@code $FMLINT_SHARED/corpus} when that is set (.ci/run sets it for a clone
 * that does not sit beside {@code shared/}), else {@code ../shared/corpus} from the repository root, the
 * working folder of the tests. The same variable and default as the scripts in {@code bench/} and
 * {@code scripts/}.
 */
public final class SharedCorpora {
    private SharedCorpora() {}

    public static Path root() {
        String shared = System.getenv("FMLINT_SHARED");
        Path folder = shared == null || shared.isBlank() ? Path.of("..", "shared") : Path.of(shared);
        return folder.resolve("corpus").toAbsolutePath().normalize();
    }

    public static Path corpus(String name) {
        return root().resolve(name);
    }

    /** What to do when a corpus is missing, for the failure message. */
    public static String howToProvide() {
        return "put shared/ beside the repository, or set FMLINT_SHARED to the folder that holds corpus/";
    }
}
