package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No network and no foreign code, through the real CLI: a local server counts every connection while
 * schemas, front matter, YAML tags and the configuration point at it, and a class named in YAML tags trips a
 * flag if it is ever initialised. Each test ends by proving its own detector works (a real connection is
 * counted; loading the class trips the flag), so a passing test cannot be a deaf one.
 */
@Timeout(60)
class NoForeignCodeTest {
    static final AtomicBoolean TRIPPED = new AtomicBoolean();
    private static final String TRIPWIRE = Tripwire.class.getName();

    @TempDir
    Path dir;
    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;
    private String base;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        base = "http://127.0.0.1:" + server.getLocalPort() + "/";
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    server.accept().close(); // at once: a client that got in would fail fast
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        }, "no-network-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        acceptor.join(5_000);
    }

    private CliRun check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--no-config"));
        all.addAll(List.of(args));
        return CliRun.in(dir, all.toArray(String[]::new));
    }

    @Test
    void schemaRefsAndSchemaKeysPointingAtALocalServerMakeNoConnection() throws Exception {
        Posts.write(dir, "post.md", "---\ntitle: Post\n---\n# Post\n");
        Posts.write(dir, "ref.schema.json", "{\"type\": \"object\", \"properties\": {\"title\": {\"$ref\": \""
                + base + "s.json\"}}}");
        Posts.write(dir, "id.schema.json", "{\"$id\": \"" + base + "base.json\", \"type\": \"object\", "
                + "\"properties\": {\"title\": {\"$ref\": \"defs.json\"}}}");
        Posts.write(dir, "jar.schema.json", "{\"$ref\": \"jar:" + base + "x.jar!/s.json\"}");
        Posts.write(dir, "filehost.schema.json", "{\"$ref\": \"file://127.0.0.1:" + server.getLocalPort()
                + "/s.json\"}");

        // (a) a schema given on the command line whose $ref (or $id base) names the server: a usage error.
        for (String schema : List.of("ref.schema.json", "id.schema.json", "jar.schema.json", "filehost.schema.json")) {
            CliRun run = check("--schema", schema, "post.md");
            assertEquals(2, run.exitCode(), schema + ": " + run.out() + run.err());
            assertTrue(run.err().contains("is not fetched") || run.err().contains("is not read"), run.err());
        }
        // --schema and a configured mapping that are URLs themselves.
        CliRun url = check("--schema", base + "s.json", "post.md");
        assertEquals(2, url.exitCode(), url.err());
        Posts.write(dir, "conf/.fmlint.yaml", "schemas:\n  - files: \"**\"\n    schema: " + base + "s.json\n");
        Posts.write(dir, "conf/a.md", "---\ntitle: A\n---\n# A\n");
        CliRun mapped = CliRun.in(dir.resolve("conf"), "check", "a.md");
        assertEquals(2, mapped.exitCode(), mapped.out() + mapped.err());

        // (b) a file that names the server as its schema, by key or by editor comment: a finding on that file.
        Posts.write(dir, "key.md", "---\n$schema: " + base + "s.json\ntitle: Key\n---\n# Key\n");
        Posts.write(dir, "comment.md", "---\n# yaml-language-server: $schema=" + base + "s.json\ntitle: C\n---\n# C\n");
        // ... or names a schema in the project whose $ref names the server.
        Posts.write(dir, "local-ref.md", "---\n$schema: ref.schema.json\ntitle: Ref\n---\n# Ref\n");
        CliRun named = check("key.md", "comment.md", "local-ref.md");
        assertEquals(1, named.exitCode(), named.err());
        assertEquals(3, named.findings().size(), named.out());
        assertTrue(named.out().contains("is a URL, and fmlint never fetches schemas"), named.out());
        assertTrue(named.out().contains("cannot be used"), named.out());

        assertNoConnectionAndTheDetectorWorks();
    }

    @Test
    void yamlTagsThatWouldFetchOrLoadClassesDoNothing() throws Exception {
        String url = "\"" + base + "\"";
        List<String> payloads = List.of(
                "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [" + url + "]]]]",
                "!!java.net.URL [" + url + "]",
                "!<tag:yaml.org,2002:java.net.URL> " + url,
                "!!" + TRIPWIRE + " []",
                "!!" + TRIPWIRE + " [" + url + "]",
                "!<tag:yaml.org,2002:" + TRIPWIRE + "> {}",
                "!" + TRIPWIRE + " x");
        for (int i = 0; i < payloads.size(); i++) {
            Posts.write(dir, "p" + i + ".md", "---\ntitle: P\nx: " + payloads.get(i) + "\n---\n# P\n");
            Posts.write(dir, "seq" + i + ".md", "---\ntitle: P\nlist:\n  - " + payloads.get(i) + "\n---\n# P\n");
        }
        CliRun run = check(".");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(2 * payloads.size(), run.findings().size(), run.out());
        assertTrue(run.findings().stream().allMatch(l -> l.endsWith("front-matter-syntax")), run.out());
        HostileInputsTest.assertNoStackTrace(run.out() + run.err());

        // The configuration file is YAML too, and there a %TAG shorthand can reach the reader.
        for (String config : List.of(
                "rules: !!" + TRIPWIRE + " {}\n",
                "%TAG !t! tag:yaml.org,2002:dev.fmlint.cli.\n---\nrules: !t!Tripwire {}\n",
                "%TAG !j! tag:yaml.org,2002:java.net.\n---\nrules:\n  x: !j!URL [" + url + "]\n",
                "rules: " + payloads.get(0) + "\n")) {
            Posts.write(dir, "cfg/.fmlint.yaml", config);
            Posts.write(dir, "cfg/a.md", "---\ntitle: A\n---\n# A\n");
            CliRun configured = CliRun.in(dir.resolve("cfg"), "check", "a.md");
            assertEquals(2, configured.exitCode(), config + configured.out() + configured.err());
            assertTrue(configured.err().contains("YAML tag"), configured.err());
            HostileInputsTest.assertNoStackTrace(configured.err());
        }

        assertFalse(TRIPPED.get(), "a class named in a YAML tag was initialised");
        assertNoConnectionAndTheDetectorWorks();
        Class.forName(TRIPWIRE); // the flag works: initialising the class trips it
        assertTrue(TRIPPED.get());
    }

    private void assertNoConnectionAndTheDetectorWorks() throws Exception {
        Thread.sleep(200); // a connection attempt still in flight would be counted by now
        assertEquals(0, connections.get(), "fmlint connected to the local server");
        new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort()).close();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (connections.get() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(1, connections.get(), "the listener must count a real connection");
    }
}
