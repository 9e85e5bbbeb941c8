package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.framelens.article.InputProblem;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void decodesUtf8AndDropsByteOrderMark() throws InputProblem {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "outlet: Café “Daily”".getBytes(StandardCharsets.UTF_8));

        assertThat(TextDecoder.decode(bytes, "a.txt")).isEqualTo("outlet: Café “Daily”");
    }

    @Test
    void decodesWindows1252WhenBytesAreNotUtf8() throws InputProblem {
        // 0x93/0x94 are Windows-1252 curly double quotes, 0xE9 is é, 0x92 is a right single quote.
        byte[] bytes = {(byte) 0x93, 'C', 'a', 'f', (byte) 0xE9, (byte) 0x94, ' ', 'i', 't', (byte) 0x92, 's'};

        assertThat(TextDecoder.decode(bytes, "a.txt")).isEqualTo("“Café” it’s");
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws InputProblem {
        byte[] bytes = "Kyiv — talks".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);

        assertThat(TextDecoder.decode(withBom, "a.txt")).isEqualTo("Kyiv — talks");
    }

    @Test
    void decodesLittleEndianUtf16WithoutByteOrderMark() throws InputProblem {
        byte[] bytes = "Port of Rotterdam workers end strike — deal agreed\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(TextDecoder.decode(bytes, "a.txt")).isEqualTo("Port of Rotterdam workers end strike — deal agreed\n");
    }

    @Test
    void decodesBigEndianUtf16WithoutByteOrderMark() throws InputProblem {
        byte[] bytes = "Café owners welcome the deal.".getBytes(StandardCharsets.UTF_16BE);

        assertThat(TextDecoder.decode(bytes, "a.txt")).isEqualTo("Café owners welcome the deal.");
        assertThat(TextDecoder.decodeLeniently(bytes)).isEqualTo("Café owners welcome the deal.");
    }

    @Test
    void refusesBinaryWhoseNulBytesFallOnBothSidesOfEachPair() {
        byte[] bytes = {'M', 0, 0, 'Z', 'P', 0, 0, 0, 'a', 0, 0, 'b', 'c', 0, 0, 'd'};

        assertThatThrownBy(() -> TextDecoder.decode(bytes, "data.txt"))
                .hasMessage("data.txt: looks like a binary file, not text");
    }

    @Test
    void refusesFileWithNulBytesAsBinary() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x', 'y'};

        assertThatThrownBy(() -> TextDecoder.decode(bytes, "data.txt"))
                .isInstanceOf(InputProblem.class)
                .hasMessage("data.txt: looks like a binary file, not text");
    }

    @Test
    void refusesFileOfMostlyControlCharactersAsBinary() {
        byte[] bytes = {1, 2, 3, 'a', 4, 5, 6, 'b', 7, 8};

        assertThatThrownBy(() -> TextDecoder.decode(bytes, "data.txt"))
                .hasMessage("data.txt: looks like a binary file, not text");
    }

    @Test
    void keepsTextWithAFewTabsAndFormFeeds() throws InputProblem {
        assertThat(TextDecoder.decode("a\tb\fc".getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo("a\tb\fc");
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFiles() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], "notes/empty.txt"))
                .hasMessage("notes/empty.txt: the file is empty");
        assertThatThrownBy(() -> TextDecoder.decode(" \r\n\t\n".getBytes(StandardCharsets.UTF_8), "b.txt"))
                .hasMessage("b.txt: the file is empty");
        assertThatThrownBy(() -> TextDecoder.decode("\u00A0\n".getBytes(StandardCharsets.UTF_8), "c.txt"))
                .hasMessage("c.txt: the file is empty");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
