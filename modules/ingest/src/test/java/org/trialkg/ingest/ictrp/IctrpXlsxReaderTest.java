package org.trialkg.ingest.ictrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.model.Intervention;
import org.trialkg.model.Registry;
import org.trialkg.model.TrialRecord;

class IctrpXlsxReaderTest {
    private final IctrpXlsxReader reader = new IctrpXlsxReader();

    @Test
    void readsAll4098RowsAndValuesReadByHand() throws Exception {
        var path = SharedSamples.data("ictrp/COVID19-web_7Jul2020.xlsx");
        CollectingSink c = SharedSamples.read(reader, SharedSamples.input(path));
        assertEquals(4098, c.records.size(), c.problems.toString());
        assertTrue(c.problems.isEmpty());
        assertEquals(15, c.records.stream().filter(r -> r.primaryId().orElseThrow().registry() == Registry.RPCEC)
                .count());

        TrialRecord eu = c.byKey("EUCTR2020-001307-16-ES");
        assertEquals("2020-04-01", eu.startDate(), "an Excel date serial becomes an ISO date");
        assertEquals("2020-04-14", eu.lastUpdated());
        assertEquals(104, eu.enrollment().count());
        assertEquals("Solu-Moderín 1 g polvo y disolvente para solución inyectable",
                eu.interventions().get(0).name(), "Mac Roman mojibake is repaired");

        TrialRecord irct = c.byKey("IRCT20100228003449N28");
        assertEquals(List.of("PHASE2", "PHASE3"), irct.phases());
        assertEquals(30, irct.enrollment().count());
        assertEquals("2020-03-15", irct.startDate());

        TrialRecord chictr = c.byKey("ChiCTR2000029953");
        assertEquals(400, chictr.enrollment().count());
        assertEquals("Zhongnan Hospital of Wuhan University", chictr.sponsors().get(0).name());
        assertEquals(List.of(), chictr.interventions().stream().map(Intervention::name).toList());
    }

    @Test
    void detectsWorkbookFromContent() throws Exception {
        var path = SharedSamples.data("ictrp/COVID19-web_7Jul2020.xlsx");
        var input = SharedSamples.input(path);
        var renamed = new org.trialkg.ingest.SourceInput("export.bin", input.size(), input.head(), input::open);
        assertEquals(Claim.CONTAINER, reader.confidence(renamed));
    }

    @Test
    void repairsOnlyTextThatRoundTrips() {
        assertEquals("Moderín", org.trialkg.model.MacRomanText.repaired("Moder√≠n"));
        assertEquals("√2 and plain", org.trialkg.model.MacRomanText.repaired("√2 and plain"));
    }
}
