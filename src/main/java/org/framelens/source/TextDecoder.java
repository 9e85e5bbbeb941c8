package org.framelens.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.framelens.article.InputProblem;

/**
 * Turns a text file's bytes into characters: UTF-8 (with or without a byte order mark), UTF-16 when a byte order
 * mark says so or when every other byte is a NUL (as Windows "Unicode" text without a mark has it), and
 * Windows-1252 for the older files whose bytes are not valid UTF-8. Refuses binary files.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Text whose share of control characters is above this is taken to be binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    /** UTF-16 without a mark: at least this share of the bytes on one side of each pair are NUL ... */
    private static final double MIN_UTF16_NUL_SHARE = 0.70;

    /** ... and at most this share on the other side (mostly Latin text has its high bytes all zero). */
    private static final double MAX_UTF16_OTHER_NUL_SHARE = 0.05;

    private TextDecoder() {
    }

    /** The file's text without any byte order mark; a one-line problem for empty or binary files. */
    static String decode(byte[] bytes, String file) throws InputProblem {
        if (isBlank(bytes)) {
            throw new InputProblem(file, "the file is empty");
        }
        String text = decodeBytes(bytes, file);
        if (isMostlyControl(text)) {
            throw binary(file);
        }
        if (BlockText.normalise(text).isEmpty()) {
            throw new InputProblem(file, "the file is empty");
        }
        return text;
    }

    /** The text of bytes known to be in some text encoding, without the checks for empty or binary files. */
    static String decodeLeniently(byte[] bytes) {
        if (hasBom(bytes, 0xFE, 0xFF) || hasBom(bytes, 0xFF, 0xFE)) {
            return decodeUtf16(bytes);
        }
        Charset unmarked = unmarkedUtf16(bytes);
        if (unmarked != null) {
            return new String(bytes, unmarked);
        }
        int start = hasBom(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return strict(StandardCharsets.UTF_8).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    private static String decodeBytes(byte[] bytes, String file) throws InputProblem {
        if (hasBom(bytes, 0xFE, 0xFF) || hasBom(bytes, 0xFF, 0xFE)) {
            return decodeUtf16(bytes);
        }
        Charset unmarked = unmarkedUtf16(bytes);
        if (unmarked != null) {
            return new String(bytes, unmarked);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw binary(file);
            }
        }
        return decodeLeniently(bytes);
    }

    private static String decodeUtf16(byte[] bytes) {
        // Java's UTF-16 decoder reads the byte order mark and drops it.
        return new String(bytes, StandardCharsets.UTF_16);
    }

    /**
     * UTF-16LE or UTF-16BE when the bytes look like UTF-16 text without a byte order mark: an even number of
     * them, nearly all odd-placed bytes NUL and hardly any even-placed ones (little-endian), or the other way
     * round (big-endian); null otherwise. Binary files have NULs scattered on both sides and are not taken.
     */
    private static Charset unmarkedUtf16(byte[] bytes) {
        int pairs = bytes.length / 2;
        if (pairs < 2 || bytes.length % 2 != 0) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddNuls >= pairs * MIN_UTF16_NUL_SHARE && evenNuls <= pairs * MAX_UTF16_OTHER_NUL_SHARE) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls >= pairs * MIN_UTF16_NUL_SHARE && oddNuls <= pairs * MAX_UTF16_OTHER_NUL_SHARE) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasBom(byte[] bytes, int... bom) {
        if (bytes.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((bytes[i] & 0xFF) != bom[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean isMostlyControl(CharSequence text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if ((Character.isISOControl(c) && !layout) || c == '\uFFFD') {
                control++;
            }
        }
        return control > text.length() * MAX_CONTROL_SHARE;
    }

    private static InputProblem binary(String file) {
        return new InputProblem(file, "looks like a binary file, not text");
    }
}
