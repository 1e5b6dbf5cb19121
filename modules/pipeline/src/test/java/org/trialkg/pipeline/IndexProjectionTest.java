package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.trialkg.enrich.Enricher;
import org.trialkg.ingest.FormatDetector;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceWalker;
import org.trialkg.model.TrialRecord;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.rdf.RecordMapper;
import org.trialkg.rdf.ShaclCheck;
import org.trialkg.search.TrialDocument;

class IndexProjectionTest {
    private static final Path EXAMPLES = Path.of("../../examples");
    private static final Path SEEDS = Path.of("../../../shared/seeds");
    private static final Path GOLDEN_INPUTS = Path.of("../ingest/src/test/resources/org/trialkg/ingest");

    /** Every record of the inputs, read, enriched and mapped as an ingest does. */
    private static List<MappedRecord> mapped(Workspace ws, List<Path> inputs) {
        FormatDetector detector = Components.detector(ws.lexicon());
        Enricher enricher = Components.enrichers(ws.lexicon());
        RecordMapper mapper = new RecordMapper();
        List<MappedRecord> out = new ArrayList<>();
        new SourceWalker(p -> { }).walk(inputs, input -> detector.detect(input).ifPresent(reader -> {
            try {
                reader.read(input, new RecordSink() {
                    @Override
                    public void record(TrialRecord r) {
                        out.add(mapper.map(enricher.enrich(r)));
                    }

                    @Override
                    public void problem(Problem p) {
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        return out;
    }

    @Test
    void aRecordInMemoryProjectsTheDocumentTheStoreGives() {
        List<Path> inputs = new ArrayList<>(List.of(EXAMPLES));
        if (Files.isDirectory(SEEDS)) {
            inputs.add(SEEDS);
        }
        try (Workspace ws = Workspace.inMemory()) {
            ws.ensureVocabularies();
            List<MappedRecord> records = mapped(ws, inputs);
            assertTrue(records.size() >= 5, "records read: " + records.size());
            StoredRecords.write(ws.store(), records);
            Txn.executeRead(ws.store().dataset(), () -> {
                IndexProjection fromStore = new IndexProjection(ws.store().dataset().asDatasetGraph().getUnionGraph(),
                        ws.concepts());
                for (MappedRecord m : records) {
                    String trial = m.trial().getURI();
                    TrialDocument inMemory = new IndexProjection(new Union(m.alone(), ws.concepts()), ws.concepts())
                            .project(trial)
                            .orElseThrow().document();
                    TrialDocument stored = fromStore.project(trial).orElseThrow().document();
                    assertEquals(stored, inMemory, trial);
                    assertFalse(inMemory.drugs().names().isEmpty() && !stored.drugs().names().isEmpty(), trial);
                }
            });
        }
    }

    @Test
    void everyRecordMappedFromTheExamplesAndFixturesConformsToTheShapes() throws Exception {
        List<Path> inputs = new ArrayList<>(List.of(EXAMPLES));
        for (String fixture : List.of("/ctgov", "/linked", "/mentions")) {
            inputs.add(Path.of(IndexProjectionTest.class.getResource(fixture).toURI()));
        }
        // the golden inputs of the readers (one small record per format and page layout), read from the ingest
        // module's test resources in place, so that every reader's output is held against the shapes too
        inputs.add(GOLDEN_INPUTS);
        ShaclCheck shacl = new ShaclCheck();
        try (Workspace ws = Workspace.inMemory()) {
            List<MappedRecord> records = mapped(ws, inputs);
            System.out.println("records mapped and checked against the shapes: " + records.size());
            assertTrue(records.size() >= 30, "records read: " + records.size());
            List<String> failures = new ArrayList<>();
            for (MappedRecord m : records) {
                ValidationReport r = shacl.validate(m.graph());
                if (!r.conforms()) {
                    failures.add(m.graphName() + ": " + r.getEntries());
                }
            }
            assertTrue(failures.isEmpty(), failures.toString());
        }
    }

    @Test
    void twoIrisOfOneTrialAreOneDocumentUnderTheOneARecordDescribes() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.ensureVocabularies();
            List<MappedRecord> records = mapped(ws, List.of(EXAMPLES.resolve("js001-nasopharyngeal-page.docx")));
            assertEquals(1, records.size());
            MappedRecord m = records.get(0);
            StoredRecords.write(ws.store(), List.of(m));
            Optional<IndexProjection.Projected> p = ws.store().read(
                    union -> new IndexProjection(union).project(TrialIris.CHICTR));
            // the page lists ChiCTR1900000005 among its IDs: one trial known under two IRIs, of which a record
            // describes only the NCT one
            assertTrue(p.isPresent());
            assertEquals(TrialIris.NCT, p.get().document().iri());
            assertEquals(List.of(TrialIris.CHICTR), p.get().otherIris());
            assertTrue(p.get().document().ids().registry().containsAll(List.of("NCT09000005", "ChiCTR1900000005")),
                    p.get().document().ids().toString());
            assertTrue(p.get().document().drugs().names().contains("toripalimab"), p.get().document().drugs().toString());
        }
    }

    private static final class TrialIris {
        static final String NCT = "https://w3id.org/trialkg/id/trial/nct/NCT09000005";
        static final String CHICTR = "https://w3id.org/trialkg/id/trial/chictr/ChiCTR1900000005";
    }
}
