package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.ingest.Problem;
import org.trialkg.pipeline.query.Stats;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.SearchRequest;

/** Re-ingest, bad input, strict runs and index repair, on copies of seed documents in a temporary folder. */
class IngestBehaviourTest {
    private static final String SEED_002 = "002_99f80c22cbcfd20b.txt";
    private static final String SEED_003 = "003_ff32130436767e24.txt";

    @TempDir
    Path tmp;

    private Path copySeeds(String... names) throws IOException {
        Path seeds = Shared.dir("seeds");
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (String n : names) {
            Files.copy(seeds.resolve(n), dir.resolve(n));
        }
        return dir;
    }

    private static IngestReport ingest(Workspace ws, Path dir) {
        return new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(dir));
    }

    private static TrialCard card(Workspace ws, String id) {
        return Txn.calculateRead(ws.store().dataset(), () -> {
            CardReader r = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
            return r.resolve(id).flatMap(r::read).orElseThrow();
        });
    }

    @Test
    void skipsUnchangedRecordOnReingest() throws IOException {
        Path dir = copySeeds(SEED_002, SEED_003);
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            IngestReport first = ingest(ws, dir);
            long triplesAfterFirst = Stats.of(ws).triples();
            IngestReport second = ingest(ws, dir);
            assertEquals(2, first.stored());
            assertEquals(0, second.stored());
            assertEquals(2, second.unchanged());
            assertEquals(triplesAfterFirst, Stats.of(ws).triples(), "no duplicate triples");
            assertEquals(2, ws.index().size());
        }
    }

    @Test
    void replacesChangedRecordWhole() throws IOException {
        Path dir = copySeeds(SEED_002);
        Path f = dir.resolve(SEED_002);
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            ingest(ws, dir);
            long triples = ws.store().counts().quads();
            Files.writeString(f, Files.readString(f)
                    .replace("Consolidation of Toripalimab and Capecitabine", "Maintenance of Toripalimab and Capecitabine")
                    .replace("Sun Yat-sen University Cancer Center", "Guangzhou Cancer Centre"));
            IngestReport r = ingest(ws, dir);
            assertEquals(1, r.stored());
            TrialCard c = card(ws, "NCT07177794");
            assertEquals("Maintenance of Toripalimab and Capecitabine After Chemoradiotherapy in ESCC", c.title());
            assertEquals(List.of("Guangzhou Cancer Centre"), c.sites().stream().map(TrialCard.SiteCard::facility).toList());
            assertEquals(1, c.sources().size(), "one record, replaced");
            assertEquals(triples, ws.store().counts().quads(), "same shape, same number of triples");
            assertEquals(1, ws.index().search(SearchRequest.of("maintenance toripalimab", 10)).total());
            assertEquals(0, ws.index().search(SearchRequest.of("title:consolidation", 10)).total(), "the old title is gone from the index");
        }
    }

    @Test
    void reportsEachBadFileOnceAndIngestsTheRest() throws IOException {
        Path dir = copySeeds(SEED_002);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(dir.resolve("junk.bin"), junk);
        Files.writeString(dir.resolve("recipe.txt"), "Tomato soup\nBoil the tomatoes. Add salt.\n");
        byte[] pdf = Files.readAllBytes(Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."),
                "examples", "xeloda-rectal-summary.pdf"));
        Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        try (Workspace ws = Workspace.inMemory()) {
            IngestReport r = ingest(ws, dir);
            assertEquals(1, Stats.of(ws).trials());
            assertEquals(1, r.stored());
            List<String> files = r.problems().stream().map(p -> Path.of(p.file()).getFileName().toString()).sorted().toList();
            assertEquals(List.of("empty.txt", "junk.bin", "recipe.txt", "truncated.pdf"), files);
            for (Problem p : r.problems()) {
                assertEquals(1, p.oneLine().lines().count());
                assertTrue(p.oneLine().startsWith(p.file()), p.oneLine());
            }
            assertEquals(4, r.failedInputs());
        }
    }

    @Test
    void strictRunStopsAtTheFirstProblem() throws IOException {
        Path dir = copySeeds(SEED_002);
        Files.write(dir.resolve("000-empty.txt"), new byte[0]);
        try (Workspace ws = Workspace.inMemory()) {
            Ingest.StrictFailure e = assertThrows(Ingest.StrictFailure.class,
                    () -> new Ingest(ws, new IngestOptions(true, false, 10, 1), s -> { }).run(List.of(dir)));
            assertTrue(e.problem().oneLine().contains("000-empty.txt"), e.getMessage());
        }
    }

    @Test
    void verifyFindsAndRepairsAnIndexBehindTheStore() throws IOException {
        Path dir = copySeeds(SEED_002, SEED_003);
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            ingest(ws, dir);
            assertTrue(ws.indexSync().verify().inStep());
            // as if the run had been killed between the store commit and the index commit
            ws.index().delete(List.of("https://w3id.org/trialkg/id/trial/nct/NCT07177794"));
            ws.index().commit();
            IndexSync.Difference d = ws.indexSync().verify();
            assertEquals(List.of("https://w3id.org/trialkg/id/trial/nct/NCT07177794"), d.missingFromIndex());
            ws.protocol().repair();
            assertTrue(ws.indexSync().verify().inStep());
            assertEquals(2, ws.indexSync().reindex());
        }
    }
}
