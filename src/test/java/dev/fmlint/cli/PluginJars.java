package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmlint.spi.RuleProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.commonmark.node.Node;

/**
 * Builds plugin jars the way a plugin author would: sources compiled with javac against fmlint's classes
 * (and commonmark, which fmlint provides), packed with their resources. Nothing of fmlint goes in the jar.
 */
final class PluginJars {
    private PluginJars() {}

    /** Compiles the {@code .java} files under {@code sources} and packs them with {@code resources}. */
    static Path build(Path sources, Path resources, Path jar) throws IOException {
        Path classes = Files.createTempDirectory(jar.getParent(), "classes");
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        if (!files.isEmpty()) {
            compile(files, classes);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest())) {
            add(out, classes);
            add(out, resources);
        }
        return jar;
    }

    /** A jar from sources and resources given as text, by path inside the source and resource roots. */
    static Path build(Map<String, String> sources, Map<String, String> resources, Path jar) throws IOException {
        Path root = Files.createTempDirectory(jar.getParent(), "plugin");
        writeAll(root.resolve("src"), sources);
        writeAll(root.resolve("resources"), resources);
        return build(root.resolve("src"), root.resolve("resources"), jar);
    }

    private static void writeAll(Path root, Map<String, String> files) throws IOException {
        Files.createDirectories(root);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void compile(List<String> files, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac != null, "the tests need a JDK (javax.tools.JavaCompiler) to build plugins");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none",
                "-encoding", "UTF-8", "-classpath", location(RuleProvider.class) + File.pathSeparator
                        + location(Node.class)));
        args.addAll(files);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, OutputStream.nullOutputStream(), errors, args.toArray(String[]::new));
        assertTrue(code == 0, "the plugin does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
    }

    /** Where a class was loaded from: fmlint's target/classes, or a library's jar. */
    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Manifest manifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return manifest;
    }

    private static void add(JarOutputStream out, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            out.putNextEntry(new JarEntry(root.relativize(file).toString().replace(File.separatorChar, '/')));
            out.write(Files.readAllBytes(file));
            out.closeEntry();
        }
    }
}
