package org.trialkg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.trialkg.ingest.Claim;
import org.trialkg.enrich.Enricher;
import org.trialkg.enrich.drug.DrugEnricher;
import org.trialkg.enrich.place.CountryEnricher;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.ictrp.IctrpCsvReader;
import org.trialkg.ingest.ictrp.IctrpXlsxReader;
import org.trialkg.ingest.ictrp.IctrpXmlReader;
import org.trialkg.model.TrialRecord;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.rdf.RecordMapper;
import org.trialkg.rdf.TrialView;
import org.trialkg.vocab.TK;

/**
 * The trial features of the WHO ICTRP exports in {@code ../shared/data/ictrp}, read as an ingest reads them (the
 * ICTRP readers, the curated drug lexicon, the record mapper, the trial view) into one in-memory graph, without a store or an index:
 * every judged pair has both its records there, and reading them takes seconds rather than the minutes a store of
 * all of {@code ../shared/data} takes.
 */
final class SharedTrials {
    private SharedTrials() {
    }

    /** The ICTRP folder of ../shared, or null when ../shared is absent. */
    static Path ictrpFolder() {
        Path data = Path.of(System.getProperty("trialkg.shared", "../../../shared")).resolve("data").resolve("ictrp");
        return Files.isDirectory(data) ? data : null;
    }

    static List<TrialFeatures> read(Path folder) {
        return features(graph(folder));
    }

    /** The features of every trial a record of the graph describes. */
    static List<TrialFeatures> features(Graph all) {
        Set<String> iris = new TreeSet<>();
        all.find(Node.ANY, TK.describes.asNode(), Node.ANY).forEachRemaining(t -> iris.add(t.getObject().getURI()));
        List<TrialFeatures> out = new ArrayList<>();
        iris.forEach(i -> out.add(TrialFeatures.read(all, i)));
        return out;
    }

    /** The records of the folder mapped into one graph, with each trial's view facts. */
    static Graph graph(Path folder) {
        List<SourceReader> readers = List.of(new IctrpCsvReader(), new IctrpXmlReader(), new IctrpXlsxReader());
        // The curated lexicon (444 drugs, the COVID-19 candidates among them) finds the drugs of these trials; the
        // generated DrugBank and Drugs@FDA names would add a few rare ones at several times the time (47 s against 5 to 8 s for the drug step here)
        DrugEnricher drugs = new DrugEnricher(SkosDrugLexicon.builder().add(SkosDrugLexicon.curatedModel())
                .knownWords(SkosDrugLexicon.shippedKnownWords()).build());
        // countries to ISO codes first, as an ingest does (the linker compares the codes)
        Enricher enricher = new CountryEnricher().andThen(drugs);
        RecordMapper mapper = new RecordMapper();
        Graph all = GraphFactory.createDefaultGraph();
        Map<Node, List<TrialView.Facts>> facts = new HashMap<>();
        long[] nanos = new long[2];
        RecordSink sink = new RecordSink() {
            @Override
            public void record(TrialRecord r) {
                long t0 = System.nanoTime();
                TrialRecord enriched = enricher.enrich(r);
                long t1 = System.nanoTime();
                MappedRecord m = mapper.map(enriched);
                m.graph().find().forEachRemaining(all::add);
                facts.computeIfAbsent(m.trial(), k -> new ArrayList<>()).add(TrialView.Facts.read(m.graph(),
                        m.graphName()));
                nanos[0] += t1 - t0;
                nanos[1] += System.nanoTime() - t1;
            }

            @Override
            public void problem(Problem p) {
                // a record a reader cannot read is left out, as an ingest leaves it out
            }
        };
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                byte[] head = head(f);
                SourceInput in = new SourceInput(f.toString(), Files.size(f), head, () -> Files.newInputStream(f));
                SourceReader best = null;
                Claim conf = Claim.NONE;
                for (SourceReader r : readers) {
                    if (r.confidence(in).compareTo(conf) > 0) {
                        conf = r.confidence(in);
                        best = r;
                    }
                }
                if (best != null) {
                    best.read(in, sink);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // each trial's single-valued facts as the store's view graph gives them, one record's or several merged
        facts.forEach((trial, f) -> TrialView.merge(trial, f).find().forEachRemaining(all::add));
        System.out.printf("ICTRP records read: drug mentions %d ms, mapping %d ms%n", nanos[0] / 1_000_000,
                nanos[1] / 1_000_000);
        return all;
    }

    private static byte[] head(Path f) throws IOException {
        try (var in = Files.newInputStream(f)) {
            return in.readNBytes(8192);
        }
    }
}
