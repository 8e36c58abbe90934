package dev.fmlint.report;

import java.io.File;
import java.nio.charset.StandardCharsets;

/**
 * A report path as a relative URI reference (RFC 3986), for SARIF: separators become {@code /} and every
 * byte of anything but an unreserved character is percent-encoded, so spaces, {@code %}, {@code #},
 * {@code ?}, a colon (which would otherwise read as a scheme), newlines and CJK all round-trip.
 */
final class ArtifactUri {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArtifactUri() {}

    static String of(String path) {
        String slashed = File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/');
        StringBuilder sb = new StringBuilder(slashed.length() + 16);
        for (byte b : slashed.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c) || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
