package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {
    private final MojibakeRepair repair = new MojibakeRepair();

    @Test
    void repairsGreaterOrEqualAndApostrophe() {
        assertEquals("PR: ≥30% decrease; patient’s", repair.repair("PR: â‰¥30% decrease; patientâ€™s"));
    }

    @Test
    void repairsEveryUtf8SequenceOfAWholeMisDecodedText() {
        String original = "Toripalimab ± capecitabine, ≤ 2 × ULN, 10⁴ copies, café, “quoted” – 🇨🇳";
        String misDecoded = asBrowsersDecodeWindows1252(original.getBytes(StandardCharsets.UTF_8));
        assertTrue(repair.needsRepair(misDecoded));
        assertEquals(original, repair.repair(misDecoded));
    }

    // As the WHATWG decoder does: the five bytes Windows-1252 leaves undefined become C1 control characters.
    private static String asBrowsersDecodeWindows1252(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void leavesCorrectTextAlone() {
        String text = "Café in Zürich, ≥18 years, Ångström, naïve — São Paulo";
        assertSame(text, repair.repair(text));
        assertFalse(repair.needsRepair(text));
    }

    @Test
    void leavesLatin1LettersThatDoNotRoundTripAlone() {
        // "Ã " followed by a space is not the start of a UTF-8 sequence: the continuation byte is missing.
        assertEquals("Ã la carte", repair.repair("Ã la carte"));
        assertEquals("âge", repair.repair("âge"));
    }
}
