package org.trialkg.pipeline.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialkg.pipeline.Ingest;
import org.trialkg.pipeline.IngestOptions;
import org.trialkg.pipeline.Workspace;
import org.trialkg.search.SearchRequest;
import org.trialkg.search.SearchResult;

/**
 * Search quality on real records: the judged queries of {@code relevance/judged.tsv} over a fixed corpus, scored by
 * precision at 10 and mean reciprocal rank. The floors are what the engine measured, rounded down to 0.05, so a
 * change that ranks worse fails here.
 */
class RelevanceTest {
    // Measured on the corpus below, rounded down to 0.05.
    private static final double MIN_PRECISION_AT_10 = 0.90;
    private static final double MIN_MRR = 1.00;
    private static final List<String> CORPUS = List.of("seeds", "data/ctgov-json/nsclc-phase3-100.json",
            "data/ctgov-xml/sample-2023", "data/ctgov-csv/alzheimer-4145.csv", "data/ictrp/ICTRP-Results_18Mar2020.xml");

    private static Workspace ws;

    /** One judged query and the registry IDs of the trials that should come first. */
    record Judged(String query, Set<String> relevant) {
        Judged {
            if (query.isBlank() || relevant.isEmpty()) {
                throw new IllegalArgumentException("judged query: expected a query and relevant IDs, was '" + query
                        + "' -> " + relevant);
            }
        }
    }

    /** The score of one query. */
    record Score(double precisionAt10, double reciprocalRank) {}

    @BeforeAll
    static void ingestCorpus() {
        String prop = System.getProperty("trialkg.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("../../../shared");
        assumeTrue(Files.isDirectory(shared.resolve("data")) && Files.isDirectory(shared.resolve("seeds")),
                "real data not found at " + shared.toAbsolutePath() + " (../shared beside the repository)");
        List<Path> paths = CORPUS.stream().map(shared::resolve).toList();
        paths.forEach(p -> assumeTrue(Files.exists(p), "missing " + p));
        ws = Workspace.inMemory();
        new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(paths);
    }

    @AfterAll
    static void close() {
        if (ws != null) {
            ws.close();
        }
    }

    static List<Judged> judged() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/judged.tsv")) {
            List<Judged> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new Judged(cols[0].strip(), new LinkedHashSet<>(List.of(cols[1].strip().split("\\s+")))));
            }
            return out;
        }
    }

    // A trial without a registry ID (a prose summary) is named by its document IRI's last segment: doc:<hash>.
    private static List<String> names(SearchResult.Hit hit) {
        return hit.ids().isEmpty() ? List.of("doc:" + hit.iri().substring(hit.iri().lastIndexOf('/') + 1)) : hit.ids();
    }

    /** Precision at 10 over what can be found (at most 10), and the reciprocal rank of the first relevant hit. */
    static Score score(List<List<String>> rankedIds, Set<String> relevant) {
        int found = 0;
        double rr = 0;
        for (int i = 0; i < Math.min(10, rankedIds.size()); i++) {
            if (rankedIds.get(i).stream().anyMatch(relevant::contains)) {
                found++;
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
            }
        }
        return new Score((double) found / Math.min(10, relevant.size()), rr);
    }

    @Test
    void judgedQueriesRankRelevantTrialsFirst() throws IOException {
        List<Judged> queries = judged();
        assertTrue(queries.size() >= 30, "expected at least 30 judged queries, found " + queries.size());
        double sumP = 0;
        double sumRr = 0;
        StringBuilder report = new StringBuilder(String.format("%-40s %6s %6s  %s%n", "query", "P@10", "RR", "top 3"));
        for (Judged j : queries) {
            SearchResult r = ws.index().search(SearchRequest.of(j.query(), 10));
            List<List<String>> ids = r.hits().stream().map(RelevanceTest::names).toList();
            Score s = score(ids, j.relevant());
            Set<String> missed = new LinkedHashSet<>(j.relevant());
            ids.forEach(missed::removeAll);
            sumP += s.precisionAt10();
            sumRr += s.reciprocalRank();
            report.append(String.format("%-40s %6.2f %6.2f  %s%n", j.query(), s.precisionAt10(), s.reciprocalRank(),
                    ids.subList(0, Math.min(3, ids.size()))));
            if (s.precisionAt10() < 1) {
                report.append("    not in the top 10: ").append(missed).append('\n');
            }
        }
        double p = sumP / queries.size();
        double mrr = sumRr / queries.size();
        report.append(String.format("overall (%d queries): P@10 %.3f, MRR %.3f%n", queries.size(), p, mrr));
        System.out.print(report);
        assertTrue(p >= MIN_PRECISION_AT_10, "precision@10 dropped to " + p + " (floor " + MIN_PRECISION_AT_10 + ")\n" + report);
        assertTrue(mrr >= MIN_MRR, "MRR dropped to " + mrr + " (floor " + MIN_MRR + ")\n" + report);
    }

    @Test
    void scoreCountsRelevantHitsAmongTheFirstTen() {
        Score s = score(List.of(List.of("A"), List.of("B"), List.of("C")), Set.of("B", "C"));
        assertTrue(s.precisionAt10() == 1.0 && s.reciprocalRank() == 0.5, s.toString());
    }
}
