package org.trialkg.ingest.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReferencesTest {
    @Test
    void theFirstDoiOfACitationWithoutTheSentencesFullStop() {
        assertEquals("10.1200/JCO.23.01521", References.doi("Smith J. Lancet 2010.12:3. doi: 10.1200/JCO.23.01521."));
        assertEquals("10.1016/S1470-2045(23)00060-8",
                References.doi("Lancet Oncol. 2023;24(4):e10. 10.1016/S1470-2045(23)00060-8. 10.1000/second"));
        assertEquals("10.1056/nejmoa2007764", References.doi("https://doi.org/10.1056/nejmoa2007764"));
    }

    @Test
    void noDoiInsideAWordOrWithoutItsPrefixDigits() {
        assertNull(References.doi("Trial x10.1000/abc, volume 10.2, pages 10-12"));
        assertNull(References.doi("10.123/too-short-prefix"));
        assertNull(References.doi(""));
        assertEquals("10.1000/abc", References.doi("x10.1000/zzz and 10.1000/abc"));
    }
}
