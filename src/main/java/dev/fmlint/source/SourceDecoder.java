package dev.fmlint.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a file's bytes into a {@link SourceFile}, strictly: invalid UTF-8, UTF-16 and binary content are
 * refused with a message that says where, because decoding them leniently would hide or corrupt bytes.
 */
public final class SourceDecoder {
    /** How far into a file to look for a NUL byte, as git does to call a file binary. */
    private static final int BINARY_SNIFF = 8000;

    /** The outcome: a decoded file, or why it could not be decoded. */
    public sealed interface Result permits Decoded, Undecodable {}

    public record Decoded(SourceFile file) implements Result {}

    /** @param line 1-based line of the problem, or 0 when it has none */
    public record Undecodable(String message, int line) implements Result {}

    public Result decode(Path path, String displayPath, byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new Undecodable("file is UTF-16 (byte-order mark " + hex(bytes, 2)
                    + "); only UTF-8 is supported: re-save it as UTF-8", 0);
        }
        int nul = indexOfNul(bytes, Math.min(bytes.length, BINARY_SNIFF));
        if (nul >= 0) {
            return new Undecodable("file looks binary (NUL byte at offset " + nul + "); not a text file", 0);
        }
        if (isAscii(bytes)) { // most English files: valid UTF-8 as they are, one copy instead of a decode
            return new Decoded(SourceFile.of(path, displayPath, new String(bytes, StandardCharsets.ISO_8859_1), false));
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int skip = bom ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            return new Undecodable("invalid UTF-8 at byte offset " + bad + " (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xFF) + "); re-save the file as UTF-8", lineOf(bytes, bad));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(SourceFile.of(path, displayPath, out.toString(), bom));
    }


    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes, int limit) {
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] bytes, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format("%s%02X", i == 0 ? "" : " ", bytes[i] & 0xFF));
        }
        return sb.toString();
    }
}
