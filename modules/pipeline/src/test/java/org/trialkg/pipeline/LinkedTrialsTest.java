package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.link.TrialLinker;
import org.trialkg.pipeline.query.DrugReport;
import org.trialkg.pipeline.query.Stats;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.SearchRequest;
import org.trialkg.search.SearchResult;
import org.trialkg.vocab.TK;

/**
 * One trial registered in ChiCTR (an ICTRP export row) and in ClinicalTrials.gov (an API v2 study) without a shared
 * ID: after the ingest and the linker, the queries, the search and the trial card see one trial.
 */
class LinkedTrialsTest {
    private static final String CHICTR = TK.ID + "trial/chictr/ChiCTR2000099999";

    @Test
    void twoRegistriesRecordsAreOneTrialEverywhere() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            Path dir = Path.of(LinkedTrialsTest.class.getResource("/linked").toURI());
            IngestReport ingest = new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(dir));
            assertEquals(2, ingest.stored(), ingest.problems().toString());
            assertEquals(2, ws.index().search(SearchRequest.of("toripalimab", 10)).hits().size(),
                    "two documents before linking");

            assertEquals(2, Stats.of(ws).trials());
            TrialLinker.Report link = ws.link(new TrialLinker(ws.store()), ingest.changedTrials());
            assertEquals(1, link.identityLinks(), link.toString());
            // one definition of a trial: the statistics, verify, the index and the search total agree
            assertEquals(1, Stats.of(ws).trials());
            assertEquals(1, ws.indexSync().verify().storeTrials());
            assertEquals(1, ws.index().search(SearchRequest.of("", 10)).total());

            List<SearchResult.Hit> hits = ws.index().search(SearchRequest.of("toripalimab esophageal", 10)).hits();
            assertEquals(List.of(CHICTR), hits.stream().map(SearchResult.Hit::iri).toList(), "one document");
            assertTrue(ws.indexSync().verify().inStep(), ws.indexSync().verify().toString());

            assertEquals(List.of("ChiCTR2000099999, NCT09100001:JS001|Toripalimab"),
                    QueryRows.rows(ws, "trials-of-drug.rq", r -> sorted(r.get("ids"), ", ") + ":"
                            + sorted(r.get("writtenAs"), " | ").replace(", ", "|")));
            assertEquals(List.of("ChiCTR2000099999, NCT09100001"),
                    QueryRows.rows(ws, "phase3-by-drug-class.rq", r -> sorted(r.get("ids"), ", ")));
            assertEquals(List.of("CN:1"),
                    QueryRows.rows(ws, "sites-by-country.rq", r -> r.get("country") + ":" + r.get("trials")));

            DrugReport drug = DrugReport.of(ws, "JS001").orElseThrow();
            assertEquals(1, drug.trialCount(), "one trial, though two registries list it");
            assertEquals(List.of("chictr", "nct"), List.copyOf(drug.trialsByRegistry().keySet()));
            assertEquals(List.of(CHICTR, CHICTR), drug.trialsByRegistry().values().stream()
                    .flatMap(List::stream).map(DrugReport.TrialUse::trial).toList());

            TrialCard card = Txn.calculateRead(ws.store().dataset(), () -> {
                CardReader r = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
                return r.resolve("NCT09100001").flatMap(r::read).orElseThrow();
            });
            assertEquals(CHICTR, card.iri());
            assertEquals(2, card.sources().size());
            assertEquals("identity", card.links().get(0).kind());
        }
    }

    @Test
    void trialsStoredWithoutLinkingAreLinkedByTheNextRunThatLinks(@TempDir Path tmp) throws Exception {
        Path dir = Path.of(LinkedTrialsTest.class.getResource("/linked").toURI());
        Path store = tmp.resolve("store");
        try (Workspace ws = Workspace.open(store, true)) {
            // stored, then stopped before linking (killed, or --no-link)
            assertEquals(2, new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(dir)).stored());
        }
        try (Workspace ws = Workspace.open(store, true)) {
            assertEquals(2, ws.linkPending().pending().size());
            IngestReport again = new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(dir));
            assertEquals(0, again.stored(), "nothing new to store");
            TrialLinker.Report link = ws.link(new TrialLinker(ws.store()), again.changedTrials());
            assertEquals(1, link.identityLinks(), link.toString());
            assertTrue(ws.linkPending().isEmpty());
            assertEquals(1, Stats.of(ws).trials());
        }
    }

    private static String sorted(String joined, String separator) {
        return String.join(", ", java.util.Arrays.stream(joined.split(java.util.regex.Pattern.quote(separator)))
                .sorted().toList());
    }
}
