package org.trialkg.ingest.ictrp;

import org.junit.jupiter.api.Test;
import org.trialkg.ingest.SourceReader;

class IctrpSmokeTest {
    @Test
    void smoke() throws Exception {
        Object[][] cases = {
            {new IctrpCsvReader(), "ictrp/COVID19-1135-trials.csv"},
            {new IctrpXlsxReader(), "ictrp/COVID19-web_7Jul2020.xlsx"}};
        for (Object[] c : cases) {
            long t = System.nanoTime();
            SharedSamples.Collect col = SharedSamples.read((SourceReader) c[0], SharedSamples.input(SharedSamples.data((String) c[1])));
            System.out.println(c[1] + " records=" + col.records.size() + " problems=" + col.problems.size() + " ms=" + (System.nanoTime() - t) / 1_000_000);
            col.problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
            for (String k : new String[] {"EUCTR2020-001307-16-ES", "ChiCTR2000029953", "IRCT20100228003449N28"}) {
                col.records.stream().filter(r -> r.source().recordKey().equals(k)).forEach(r -> System.out.println("  " + r.interventions() + " " + r.startDate() + " " + r.lastUpdated() + " " + r.enrollment() + r.eligibility().minAge() + r.eligibility().sex() + r.otherIds()));
            }
        }
    }
}
