package dev.fmlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {
    private final SourceDecoder decoder = new SourceDecoder();

    @Test
    void stripsAndRemembersTheBom() {
        byte[] bytes = "\uFEFF---\na: 1\n---\n".getBytes(StandardCharsets.UTF_8);
        SourceFile f = assertInstanceOf(SourceDecoder.Decoded.class, decoder.decode(null, "x", bytes)).file();
        assertTrue(f.hadBom());
        assertTrue(f.text().startsWith("---"));
        SourceFile plain = ((SourceDecoder.Decoded) decoder.decode(null, "x", "a".getBytes(StandardCharsets.UTF_8))).file();
        assertFalse(plain.hadBom());
    }

    @Test
    void invalidUtf8NamesByteOffsetAndLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', 'c', (byte) 0xC3, (byte) 0x28};
        var bad = assertInstanceOf(SourceDecoder.Undecodable.class, decoder.decode(null, "x", bytes));
        assertEquals("invalid UTF-8 at byte offset 5 (byte 0xC3); re-save the file as UTF-8", bad.message());
        assertEquals(3, bad.line());
    }

    @Test
    void utf16IsRefusedWithAHint() {
        byte[] bytes = "\uFEFF---".getBytes(StandardCharsets.UTF_16LE);
        var bad = assertInstanceOf(SourceDecoder.Undecodable.class, decoder.decode(null, "x", bytes));
        assertTrue(bad.message().startsWith("file is UTF-16"), bad.message());
    }

    @Test
    void nulBytesMeanBinary() {
        var bad = assertInstanceOf(SourceDecoder.Undecodable.class,
                decoder.decode(null, "x", new byte[] {'#', ' ', 'a', 0, 'b'}));
        assertEquals("file looks binary (NUL byte at offset 3); not a text file", bad.message());
    }

    @Test
    void asciiAndOtherTextDecodeAsUtf8Does() {
        StringBuilder ascii = new StringBuilder();
        for (char c = 1; c < 0x80; c++) {
            ascii.append(c); // every ASCII character but NUL, control characters and CR included
        }
        for (String text : new String[] {ascii.toString(), ascii + "caf\u00e9 \u4e2d\u6587 \ud83d\ude00", ""}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            SourceFile f = assertInstanceOf(SourceDecoder.Decoded.class, decoder.decode(null, "x", bytes)).file();
            assertEquals(text, f.text());
            assertEquals(text.chars().allMatch(c -> c < 0x80), f.lines().ascii());
            assertFalse(f.hadBom());
        }
    }
}
