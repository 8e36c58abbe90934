package dev.fmlint.plugin;

import dev.fmlint.spi.Messages;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.RuleProvider;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarFile;

/**
 * Loads plugin jars: each in its own {@link URLClassLoader} whose parent is fmlint's class loader (so the
 * plugin sees fmlint's SPI and libraries, and fmlint's classes win over copies in the jar), and its rules
 * found with {@link ServiceLoader} over {@link RuleProvider}. Loading a plugin runs its code with the
 * user's rights; fmlint does not sandbox it. Every problem is a {@link PluginException} naming the jar.
 */
public final class PluginLoader {
    private PluginLoader() {}

    /**
     * @param jars    the jars, in order; a jar given twice is loaded once
     * @param display how to name a jar in messages (relative to the working folder)
     */
    public static List<Plugin> load(List<Path> jars, ClassLoader parent, Function<Path, String> display)
            throws PluginException {
        List<Plugin> plugins = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path jar : jars) {
            Path file = jar.toAbsolutePath().normalize();
            String name = display.apply(file);
            check(file, name);
            if (seen.add(real(file))) {
                plugins.add(load(file, name, parent));
            }
        }
        return plugins;
    }

    private static void check(Path file, String name) throws PluginException {
        if (Files.isDirectory(file)) {
            throw new PluginException("plugin " + name + ": is a folder; give the plugin's jar file");
        }
        if (!Files.exists(file)) {
            throw new PluginException("plugin " + name + ": file not found");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new PluginException("plugin " + name + ": cannot be read");
        }
        try (JarFile jarFile = new JarFile(file.toFile())) {
            jarFile.getManifest(); // opening it and reading its directory is the check
        } catch (IOException | SecurityException e) {
            throw new PluginException("plugin " + name + ": is not a jar file (" + Messages.oneLine(String.valueOf(
                    e.getMessage())) + ")");
        }
    }

    private static Plugin load(Path file, String name, ClassLoader parent) throws PluginException {
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("fmlint plugin " + name, new URL[] {file.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new PluginException("plugin " + name + ": cannot be loaded (" + e.getMessage() + ")");
        }
        List<PluginRule> rules = new ArrayList<>();
        try {
            ServiceLoader<RuleProvider> providers = ServiceLoader.load(RuleProvider.class, loader);
            for (ServiceLoader.Provider<RuleProvider> p : providers.stream().toList()) {
                if (p.type().getClassLoader() != loader) {
                    continue; // fmlint's own provider, seen through the parent
                }
                List<Rule> provided = p.get().rules();
                if (provided == null) {
                    throw new PluginException("plugin " + name + ": " + p.type().getName() + ".rules() returned null");
                }
                for (Rule rule : provided) {
                    RuleMeta meta = rule == null ? null : rule.meta();
                    if (meta == null) {
                        throw new PluginException("plugin " + name + ": " + p.type().getName() + " provides a rule "
                                + "without metadata (" + (rule == null ? "null" : rule.getClass().getName()) + ")");
                    }
                    rules.add(new PluginRule(rule, meta, name, loader));
                }
            }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            throw new PluginException("plugin " + name + ": its rules cannot be loaded: " + describe(e));
        }
        if (rules.isEmpty()) {
            throw new PluginException("plugin " + name + ": provides no rules; a plugin lists its "
                    + RuleProvider.class.getName() + " classes in META-INF/services/" + RuleProvider.class.getName());
        }
        return new Plugin(file, name, rules);
    }

    /** A throwable and its causes on one line: "X could not be instantiated: IllegalArgumentException: …". */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 400; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(": ");
            }
            boolean wrapper = t instanceof ServiceConfigurationError || t instanceof ExceptionInInitializerError;
            sb.append(wrapper && t.getMessage() != null ? t.getMessage()
                    : t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")"));
        }
        return Messages.oneLine(sb.toString());
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }
}
