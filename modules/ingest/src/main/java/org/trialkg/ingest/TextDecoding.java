package org.trialkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * The character set of a text file, from its first bytes: a byte-order mark decides (UTF-8, UTF-16 LE or BE);
 * without one, text that is valid UTF-8 is UTF-8; anything else is guessed by ICU's detector (as shipped in Tika),
 * and the guess is reported, since a guess can be wrong.
 *
 * <pre>{@code
 * try (BufferedReader r = TextDecoding.of(input.head()).open(input, sink)) { ... }
 * }</pre>
 *
 * @param bomBytes how many bytes the byte-order mark takes, skipped when reading
 * @param confidence the detector's confidence (0 to 100) for a guess; 100 when the charset is certain
 */
public record TextDecoding(Charset charset, int bomBytes, boolean guessed, int confidence) {
    public TextDecoding {
        Objects.requireNonNull(charset, "charset");
        if (bomBytes < 0 || bomBytes > 3) {
            throw new IllegalArgumentException("bomBytes: expected 0 to 3, was " + bomBytes);
        }
    }

    /** Decides the character set from the first bytes of a file. */
    public static TextDecoding of(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new TextDecoding(StandardCharsets.UTF_8, 3, false, 100);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new TextDecoding(StandardCharsets.UTF_16LE, 2, false, 100);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new TextDecoding(StandardCharsets.UTF_16BE, 2, false, 100);
        }
        Charset wide = utf16WithoutBom(head);
        if (wide != null) {
            return new TextDecoding(wide, 0, true, 90);
        }
        if (isUtf8(head)) {
            return new TextDecoding(StandardCharsets.UTF_8, 0, false, 100);
        }
        CharsetMatch match = new CharsetDetector().setText(head).detect();
        if (match != null && Charset.isSupported(match.getName())) {
            return new TextDecoding(Charset.forName(match.getName()), 0, true, match.getConfidence());
        }
        // No better idea: windows-1252 maps every byte to a character, so nothing is lost, only perhaps misread.
        return new TextDecoding(Charset.forName("windows-1252"), 0, true, 0);
    }

    /**
     * Opens the input as text past its byte-order mark; when the character set is a guess, says so to the sink as a
     * note (the file is read all the same).
     */
    public BufferedReader open(SourceInput input, RecordSink sink) throws IOException {
        if (guessed) {
            sink.note(new Problem(input.name(), "", Problem.Stage.READ, "not UTF-8: read as " + charset.name()
                    + " (guessed from the first bytes, confidence " + confidence + "%); if the text looks wrong, "
                    + "save the file as UTF-8"));
        }
        InputStream in = input.open();
        try {
            in.skipNBytes(bomBytes);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, charset));
    }

    /**
     * UTF-16 saved without a byte-order mark: text in Latin script has a zero byte in every other place (the high
     * byte), which no 8-bit text has; null when the zeros do not fall that way.
     */
    static Charset utf16WithoutBom(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        // Most characters of a record are ASCII; a few in other scripts have both bytes set.
        if (oddZeros > pairs * 6 / 10 && evenZeros < pairs / 10) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 6 / 10 && oddZeros < pairs / 10) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The first bytes as text, for telling formats apart. */
    public String text(byte[] head) {
        return new String(head, 0, head.length, charset);
    }

    /** Whether the bytes are UTF-8, allowing a character cut off at the end of the head. */
    static boolean isUtf8(byte[] head) {
        int end = head.length;
        // Step back over an incomplete last character: up to 3 continuation bytes and its lead byte.
        for (int i = 1; i <= 4 && end - i >= 0; i++) {
            int b = head[end - i] & 0xFF;
            if (b >= 0xC0) {
                int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (need > i) {
                    end -= i;
                }
                break;
            }
            if (b < 0x80) {
                break;
            }
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            strict.decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
