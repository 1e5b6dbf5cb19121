package org.trialkg.ingest.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 ({@code â‰¥} back to {@code ≥}, {@code â€™} to {@code ’}),
 * one character sequence at a time, and only where the bytes re-decode as valid UTF-8.
 *
 * <pre>{@code
 * new MojibakeRepair().repair("PR: â‰¥30%")   // "PR: ≥30%"
 * }</pre>
 */
public final class MojibakeRepair {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** The Windows-1252 byte of each char U+0000..U+FFFF that has one, or -1. */
    private final short[] byteOf = new short[0x10000];

    public MojibakeRepair() {
        java.util.Arrays.fill(byteOf, (short) -1);
        for (int b = 0; b < 0x100; b++) {
            String c = new String(new byte[] {(byte) b}, CP1252);
            // Bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through mis-decoders
            // as the C1 control character of the same value, so map that back too.
            char ch = c.charAt(0) == '\uFFFD' ? (char) b : c.charAt(0);
            byteOf[ch] = (short) b;
        }
    }

    /** The text with every mis-decoded sequence re-decoded; text without one is returned as it is. */
    public String repair(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int n = continuationCount(text.charAt(i));
            if (n > 0 && i + n < text.length()) {
                String fixed = redecode(text, i, n);
                if (fixed != null) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, i).append(fixed);
                    i += n + 1;
                    copied = i;
                    continue;
                }
            }
            i++;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Whether the text holds at least one sequence {@link #repair} would change. */
    public boolean needsRepair(String text) {
        return !repair(text).equals(text);
    }

    // How many continuation bytes the UTF-8 lead byte that this char stands for announces; 0 if it is no lead.
    private int continuationCount(char c) {
        short b = byteOf[c];
        if (b >= 0xC2 && b <= 0xDF) {
            return 1;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 2;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 3;
        }
        return 0;
    }

    private String redecode(String text, int start, int n) {
        byte[] bytes = new byte[n + 1];
        for (int k = 0; k <= n; k++) {
            short b = byteOf[text.charAt(start + k)];
            if (b < 0 || (k > 0 && (b < 0x80 || b > 0xBF))) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = strict.decode(ByteBuffer.wrap(bytes));
            String s = decoded.toString();
            // A C1 control character is no repair: it would mean the bytes were never UTF-8 text.
            return s.codePoints().anyMatch(cp -> cp >= 0x80 && cp <= 0x9F) ? null : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
