package dev.fmlint.rules;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A link destination's path and fragment, both percent-decoded, without the query; and how a path resolves
 * to a file. URLs ({@code https:}, {@code mailto:}, {@code //host}) have none: they are never followed.
 */
record LinkPath(String path, String fragment) {

    /** The path and fragment of a destination as written; empty for a URL or an empty destination. */
    static Optional<LinkPath> parse(String destination) {
        if (destination.isEmpty() || hasScheme(destination) || destination.startsWith("//")) {
            return Optional.empty(); // no target, or a URL: never fetched
        }
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? null : destination.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (fragment != null && fragment.isEmpty()) {
            fragment = null; // "#" alone goes to the top of the page
        }
        if (path.isEmpty() && fragment == null) {
            return Optional.empty();
        }
        return Optional.of(new LinkPath(decode(path), fragment == null ? null : decode(fragment)));
    }

    /**
     * The file a link names, inside the project, as absolute and normalised text with this system's
     * separators; empty when it is not to be checked. Worked out on text, with "/" between names, since a
     * run resolves a hundred thousand links: a {@link Path} for each would be made only to be read back.
     *
     * @param root   the project folder, absolute and normalised
     * @param folder the linking file's folder, absolute and normalised
     * @param site   the folder "/" links point into, or null
     */
    static Optional<String> resolve(String root, String folder, String site, String path) {
        String base;
        if (path.startsWith("/")) {
            if (site == null) {
                return Optional.empty();
            }
            base = site;
        } else {
            base = folder;
        }
        // The base is normalised already; each name of the path is added, or undoes one for "..".
        StringBuilder target = new StringBuilder(base.length() + path.length() + 1).append(base);
        int rootLength = base.startsWith("/") ? 1 : Math.max(0, base.indexOf('/') + 1); // "/" or "C:/"
        for (int start = 0; start <= path.length(); ) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int len = end - start;
            if (len == 2 && path.startsWith("..", start)) {
                int cut = target.lastIndexOf("/");
                if (target.length() <= rootLength || cut < 0) {
                    return Optional.empty(); // above the file system's root
                }
                target.setLength(Math.max(cut, rootLength));
            } else if (len > 0 && !(len == 1 && path.charAt(start) == '.')) {
                if (target.length() > 0 && target.charAt(target.length() - 1) != '/') {
                    target.append('/');
                }
                target.append(path, start, end);
            }
            start = end + 1;
        }
        String resolved = target.toString();
        if (!(resolved.equals(root) || resolved.startsWith(root.endsWith("/") ? root : root + "/"))) {
            return Optional.empty(); // out of the project
        }
        String system = File.separatorChar == '/' ? resolved : resolved.replace('/', File.separatorChar);
        if (File.separatorChar == '/' ? resolved.indexOf('\0') >= 0 : !isPath(system)) {
            return Optional.empty(); // no file can have this name
        }
        return Optional.of(system);
    }

    private static boolean isPath(String text) {
        try {
            Path.of(text);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A path as text with "/" between names, on every system. */
    static String slashes(String path) {
        return File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/');
    }

    /** Whether a destination starts with a URL scheme ({@code https:}, {@code mailto:}): never checked. */
    private static boolean hasScheme(String destination) {
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'))) {
                return false;
            }
        }
        return false;
    }

    /** Percent-decodes UTF-8 ({@code %E4%B8%AD} is 中); text that does not decode stays as written. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
