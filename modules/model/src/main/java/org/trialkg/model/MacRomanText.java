package org.trialkg.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text whose UTF-8 bytes were decoded as Mac Roman, put right: {@code Moder√≠n} is {@code Moderín}, {@code
 * lopinavir ‚Äì ritonavir} is {@code lopinavir – ritonavir}. WHO ICTRP's July 2020 workbook was saved that way; its
 * reader and the measures that read the workbook directly both repair it.
 */
public final class MacRomanText {
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    private MacRomanText() {
    }

    /** The text repaired, or the text as it is when it holds no such sequence or does not round-trip cleanly. */
    public static String repaired(String value) {
        if (value.indexOf('\u221A') < 0 && value.indexOf('\u201A') < 0 && value.indexOf('\u00C3') < 0) {
            return value;
        }
        if (!MAC_ROMAN.newEncoder().canEncode(value)) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(MAC_ROMAN))).toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }
}
