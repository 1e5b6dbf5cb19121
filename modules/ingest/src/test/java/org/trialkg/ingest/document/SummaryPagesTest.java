package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialkg.enrich.Enricher;
import org.trialkg.enrich.drug.DrugHit;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.model.DrugMention;
import org.trialkg.model.TrialRecord;

/**
 * The case a new user meets first: real ClinicalTrials.gov brief summaries, each saved as a small text page with
 * its NCT ID, read as documents. Built at test time from the shared records (not copied). A drug is expected where
 * the record lists it as a drug intervention and the summary writes that intervention's name; the page must give
 * that drug, its ID and no problem.
 */
class SummaryPagesTest {
    private static final int PAGES = 51;
    // Measured: every expected drug of the 51 pages is found (see the README); below this something broke.
    private static final double MIN_RECALL = 0.95;

    @Test
    void findsTheDrugsOfRealBriefSummariesSavedAsTextPages() throws IOException {
        Path dir = Documents.shared().resolve("data/ctgov-json");
        assumeTrue(Files.isDirectory(dir), "the shared ClinicalTrials.gov JSON folder is absent: " + dir);
        ObjectMapper mapper = new ObjectMapper();
        java.util.List<JsonNode> studies = new java.util.ArrayList<>();
        for (String f : new String[] {"nsclc-phase3-100.json", "dgg32-a.json", "dgg32-b.json", "dgg32-c.json"}) {
            Path json = dir.resolve(f);
            if (Files.isRegularFile(json)) {
                mapper.readTree(json.toFile()).forEach(studies::add);
            }
        }
        // As an ingest has it after "trialkg vocab load" of DrugBank's open vocabulary, else the shipped one.
        SkosDrugLexicon lexicon = Lexicons.withDrugBank() != null ? Lexicons.withDrugBank() : Lexicons.shipped();
        DocumentReader reader = new DocumentReader(Lexicons.names(lexicon));
        Enricher enrich = Lexicons.enrichers(lexicon);
        int pages = 0;
        int expected = 0;
        int found = 0;
        for (JsonNode study : studies) {
            JsonNode p = study.path("protocolSection");
            String id = p.path("identificationModule").path("nctId").asText();
            String summary = p.path("descriptionModule").path("briefSummary").asText("");
            Set<String> drugs = expectedDrugs(lexicon, p.path("armsInterventionsModule").path("interventions"),
                    summary);
            if (summary.isBlank() || summary.length() > 3500 || drugs.isEmpty()) {
                continue;
            }
            String page = id + "\n\n" + summary + "\n";
            Documents.Read read = Documents.read(reader, Documents.bytes(id + ".txt",
                    page.getBytes(StandardCharsets.UTF_8)));
            TrialRecord r = enrich.enrich(read.only());
            assertTrue(r.primaryId().isPresent() && r.primaryId().get().value().equals(id), id + ": own ID");
            Set<String> got = new LinkedHashSet<>();
            for (DrugMention m : r.drugMentions()) {
                if (m.conceptIri() != null) {
                    got.add(m.conceptIri());
                }
            }
            expected += drugs.size();
            for (String d : drugs) {
                if (got.contains(d)) {
                    found++;
                } else {
                    System.out.println(id + " missed " + d);
                }
            }
            if (++pages == PAGES) {
                break;
            }
        }
        assumeTrue(pages == PAGES, "fewer than " + PAGES + " usable summaries in " + dir);
        double recall = (double) found / expected;
        System.out.printf("%d summary pages, %d of %d expected drugs found (recall %.2f)%n", pages, found, expected,
                recall);
        assertTrue(recall >= MIN_RECALL, "recall " + recall);
    }

    /** Drug interventions whose name (or another name) the summary writes, as the concepts the lexicon gives. */
    private static Set<String> expectedDrugs(SkosDrugLexicon lexicon, JsonNode interventions, String summary) {
        Set<String> out = new LinkedHashSet<>();
        String lower = summary.toLowerCase(Locale.ROOT);
        for (JsonNode in : interventions) {
            String type = in.path("type").asText();
            if (!type.equals("DRUG") && !type.equals("BIOLOGICAL")) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(in.path("name").asText());
            in.path("otherNames").forEach(n -> names.add(n.asText()));
            for (String name : names) {
                if (name.length() >= 4 && lower.contains(name.toLowerCase(Locale.ROOT))) {
                    lexicon.lookup(name).filter(h -> !h.classLevel()).map(DrugHit::conceptIri).ifPresent(out::add);
                    break;
                }
            }
        }
        return out;
    }
}
