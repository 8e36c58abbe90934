package dev.fmlint.plugin;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule from a plugin jar. Its metadata is read once, when the plugin is loaded, so a plugin cannot change
 * its id or severity in the middle of a run. Whatever the rule throws while checking a file, even an
 * {@link Error} such as the {@link NoSuchMethodError} of a plugin built against another fmlint, reaches the
 * linter as a {@link RuntimeException}: the file gets a {@code rule-error} finding and the run goes on.
 */
public final class PluginRule implements Rule {
    static final String DOCS = "fmlint/rules/";

    private final Rule delegate;
    private final RuleMeta meta;
    private final String plugin;
    private final URLClassLoader loader;

    PluginRule(Rule delegate, RuleMeta meta, String plugin, URLClassLoader loader) {
        this.delegate = delegate;
        this.meta = meta;
        this.plugin = plugin;
        this.loader = loader;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    /** The plugin jar as the user named it. */
    public String plugin() {
        return plugin;
    }

    /** The class that implements the rule, for messages. */
    public String className() {
        return delegate.getClass().getName();
    }

    @Override
    public void check(RuleContext ctx) {
        try {
            delegate.check(ctx);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception | LinkageError | AssertionError e) {
            // Checked exceptions thrown sneakily, and errors a broken plugin causes, are the plugin's failure,
            // not fmlint's: they must end up as a finding on this file like any other exception.
            throw new Failure(e);
        }
    }

    /** The plugin's page for this rule, {@code fmlint/rules/<id>.md} in the jar itself, if it ships one. */
    public Optional<String> documentation() {
        URL page = loader.findResource(DOCS + meta.id() + ".md");
        if (page == null) {
            return Optional.empty();
        }
        try (InputStream in = page.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documentation of " + meta.id() + " from " + plugin, e);
        }
    }

    /** A plugin's throwable, carried as unchecked; it reads as the throwable itself. */
    static final class Failure extends RuntimeException {
        Failure(Throwable cause) {
            super(cause);
        }

        @Override
        public String toString() {
            return String.valueOf(getCause());
        }
    }
}
