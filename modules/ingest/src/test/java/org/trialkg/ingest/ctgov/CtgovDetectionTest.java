package org.trialkg.ingest.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.FormatDetector;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;

class CtgovDetectionTest {
    private final FormatDetector detector = new FormatDetector(
            List.of(new CtgovJsonReader(), new CtgovCsvReader(), new CtgovXmlReader()));

    private String detect(SourceInput input) {
        return detector.detect(input).map(SourceReader::format).orElse("none");
    }

    @Test
    void detectsEachFormatFromContentUnderAWrongName() {
        assertEquals("ctgov-json", detect(Inputs.renamed(Inputs.shared("ctgov-json/nsclc-phase3-100.json"), "a.txt")));
        assertEquals("ctgov-csv", detect(Inputs.renamed(Inputs.shared("ctgov-csv/alzheimer-4145.csv"), "a.json")));
        assertEquals("ctgov-csv", detect(Inputs.renamed(Inputs.shared("ctgov-csv/classic-searchresults.tsv"), "a")));
        assertEquals("ctgov-csv", detect(Inputs.renamed(Inputs.shared("ctgov-csv/classic-searchresults.csv"),
                "a.html")));
        assertEquals("ctgov-xml", detect(Inputs.renamed(Inputs.shared("ctgov-xml/sample-2023/NCT05380986.xml"),
                "a.csv")));
    }

    @Test
    void structuredReadersAreSureEnoughToWinOverTheDocumentReader() {
        SourceInput json = Inputs.file(Inputs.shared("ctgov-json/dgg32-b.json"));
        assertTrue(new CtgovJsonReader().confidence(json).atLeast(Claim.LOOSE_HEADER));
        assertEquals(Claim.NONE, new CtgovCsvReader().confidence(json));
        assertEquals(Claim.NONE, new CtgovXmlReader().confidence(json));
        SourceInput v1 = Inputs.file(Inputs.shared("ctgov-json/aact-fixtures/covid-19-search.json"));
        assertTrue(new CtgovJsonReader().confidence(v1).compareTo(Claim.ANY_DOCUMENT) > 0,
                "claimed, to be reported as not supported");
    }

    @Test
    void claimsNothingThatIsNotClinicalTrialsGov() {
        assertEquals("none", detect(Inputs.text("page.html", "<html><body>NCT Number: NCT00000102</body></html>")));
        assertEquals("none", detect(Inputs.text("other.json", "{\"name\":\"not a study\"}")));
        assertEquals("none", detect(Inputs.text("ictrp.csv", "TrialID,Public title\nChiCTR2000034346,x\n")));
        assertEquals("none", detect(Inputs.text("empty.json", "")));
    }
}
