package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialkg.pipeline.query.DrugReport;
import org.trialkg.pipeline.query.Stats;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.ShaclCheck;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.SearchRequest;
import org.trialkg.search.SearchResult;

/** The five seed documents through the whole pipeline: store, cards, SHACL, queries and search. */
class SeedPipelineTest {
    private static final String PROSE = "000_2fb5f6cea037fe33.txt";
    private static Workspace ws;
    private static IngestReport report;

    @BeforeAll
    static void ingestSeeds() {
        Path seeds = Shared.dir("seeds");
        ws = Workspace.inMemory();
        report = new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(seeds));
    }

    @AfterAll
    static void close() {
        if (ws != null) {
            ws.close();
        }
    }

    private static TrialCard card(String id) {
        return Txn.calculateRead(ws.store().dataset(), () -> {
            CardReader r = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
            return r.resolve(id).flatMap(r::read).orElseThrow(() -> new AssertionError("no trial " + id));
        });
    }

    private static TrialCard cardFromFile(String fileName) {
        return Txn.calculateRead(ws.store().dataset(), () -> {
            CardReader r = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
            for (String iri : r.trialIris()) {
                TrialCard c = r.read(iri).orElseThrow();
                if (c.sources().stream().anyMatch(s -> s.file().endsWith(fileName))) {
                    return c;
                }
            }
            throw new AssertionError("no trial from " + fileName);
        });
    }

    private static Map<String, List<String>> drugs(TrialCard c) {
        return c.drugs().stream().collect(Collectors.toMap(d -> d.name(), d -> d.mentions()));
    }

    @Test
    void storesFiveTrialsWithoutProblems() {
        assertEquals(5, report.inputs());
        assertEquals(5, report.records());
        assertEquals(5, Stats.of(ws).trials());
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertEquals(Map.of("ctgov-page", 2L, "medpath-page", 1L, "ctgov-csv-row", 1L, "prose-summary", 1L),
                report.byFormat());
    }

    @Test
    void linksResearchCodeAndBrandToTheirDrugs() {
        TrialCard c = card("NCT07177794");
        assertEquals(List.of("toripalimab", "JS001"), drugs(c).get("toripalimab"));
        assertEquals(List.of("capecitabine", "Xeloda"), drugs(c).get("capecitabine"));
        assertEquals(List.of("PD-1 inhibitor"), c.drugs().stream().filter(d -> d.name().equals("toripalimab"))
                .findFirst().orElseThrow().classes());
    }

    @Test
    void seed002CardHoldsEveryFact() {
        TrialCard c = card("nct07177794");
        assertEquals("https://w3id.org/trialkg/id/trial/nct/NCT07177794", c.iri());
        assertEquals(List.of("NCT07177794"), c.ids());
        assertEquals("Consolidation of Toripalimab and Capecitabine After Chemoradiotherapy in ESCC", c.title());
        assertEquals("NOT_YET_RECRUITING", c.status());
        assertEquals("PHASE3", c.phase());
        assertEquals("INTERVENTIONAL", c.studyType());
        assertEquals(new TrialCard.DesignCard("RANDOMIZED", "PARALLEL", "TREATMENT", "NONE"), c.design());
        assertEquals(242, c.enrollment());
        assertEquals("2025-09-20", c.startDate());
        assertEquals("2030-05-31", c.completionDate());
        assertEquals(List.of("NCT05791136"), c.related(), "the related trial is a link, not an ID of this trial");
        assertEquals(List.of("Arm A:EXPERIMENTAL", "Arm B:NO_INTERVENTION"),
                c.arms().stream().map(a -> a.label() + ":" + a.type()).toList());
        assertEquals("Sun Yat-sen University", c.sponsors().stream().filter(s -> s.role().equals("LEAD"))
                .findFirst().orElseThrow().name());
        assertEquals(3, c.sponsors().stream().filter(s -> s.role().equals("COLLABORATOR")).count());
        assertEquals(List.of(new TrialCard.SiteCard("Sun Yat-sen University Cancer Center", "Guangzhou", "Guangdong",
                null, "CN", null)), c.sites());
        assertEquals(List.of("CN"), c.countries());
        assertEquals("18 Years", c.eligibility().minAge());
        assertEquals("75 Years", c.eligibility().maxAge());
        assertEquals("ALL", c.eligibility().sex());
        assertEquals(List.of("36990609", "39972105", "38710003"), c.references().stream().map(r -> r.pmid()).toList());
        assertEquals("10.1016/S1470-2045(23)00060-8", c.references().get(0).doi());
        assertEquals(List.of("B2025-404-01"), c.otherIds().stream().map(o -> o.id()).toList());
        assertEquals("ctgov-page", c.sources().get(0).layout());
    }

    @Test
    void seed002RegimensAreStructured() {
        TrialCard c = card("NCT07177794");
        TrialCard.RegimenCard tori = c.regimens().stream().filter(r -> "toripalimab".equalsIgnoreCase(r.drug()))
                .findFirst().orElseThrow();
        assertEquals("Arm A", tori.arm());
        assertEquals(240.0, tori.dose().value());
        assertEquals("mg", tori.unit());
        assertEquals("IV", tori.route());
        assertEquals("P3W", tori.interval());
        assertEquals(16.0, tori.cycles().value());
        assertEquals("P1Y", tori.maxDuration());
        TrialCard.RegimenCard cape = c.regimens().stream().filter(r -> "capecitabine".equalsIgnoreCase(r.drug()))
                .findFirst().orElseThrow();
        assertEquals(500.0, cape.dose().value());
        assertEquals(2, cape.timesPerDay());
        assertEquals("oral", cape.route());
    }

    @Test
    void seed001KeepsRelatedTrialApartAndLinksEveryDrug() {
        TrialCard c = card("NCT07016737");
        assertEquals(List.of("NCT07016737"), c.ids());
        assertEquals(List.of("NCT05244798"), c.related());
        assertEquals("ENROLLING_BY_INVITATION", c.status());
        assertEquals(79, c.enrollment());
        assertTrue(drugs(c).keySet().containsAll(List.of("sintilimab", "camrelizumab", "paclitaxel", "docetaxel",
                "irinotecan", "carboplatin")), drugs(c).keySet().toString());
        TrialCard.RegimenCard rt = c.regimens().stream().filter(r -> r.kind().equals("radiotherapy")).findFirst()
                .orElseThrow();
        assertEquals(45.0, rt.totalDose().min());
        assertEquals(50.4, rt.totalDose().max());
        assertEquals(25.0, rt.fractions().min());
        assertEquals(28.0, rt.fractions().max());
        assertEquals("salvage", rt.treatmentPhase());
        TrialCard.RegimenCard carbo = c.regimens().stream().filter(r -> "carboplatin".equals(r.drug())).findFirst()
                .orElseThrow();
        assertEquals("AUC", carbo.unit());
        assertEquals("P1W", carbo.interval());
        assertEquals(List.of("Nanjing"), c.sites().stream().map(TrialCard.SiteCard::city).toList());
    }

    @Test
    void medpathAndCsvRowAndProseSeedsCarryTheirFacts() {
        TrialCard m = card("NCT06190782");
        assertEquals("RECRUITING", m.status());
        assertEquals(354, m.enrollment());
        assertEquals(List.of("Fudan University"), m.sponsors().stream().map(TrialCard.SponsorCard::name).toList());
        assertEquals(List.of("CN"), m.countries());
        assertTrue(m.drugs().stream().anyMatch(d -> d.name().equals("PD-1 inhibitor")), "the class-level mention");

        TrialCard csv = cardFromFile("004_381ac27812b78a3f.txt");
        assertTrue(csv.ids().isEmpty());
        assertEquals("PHASE2", csv.phase());
        assertTrue(drugs(csv).containsKey("camrelizumab"));
        assertTrue(csv.outcomes().stream().anyMatch(o -> o.description() != null && o.description().contains("≥30%")),
                "mojibake repaired");
        assertTrue(csv.outcomes().stream().noneMatch(o -> String.valueOf(o.description()).contains("â‰")));

        TrialCard prose = cardFromFile(PROSE);
        assertTrue(prose.ids().isEmpty());
        assertTrue(prose.iri().startsWith("https://w3id.org/trialkg/id/trial/doc/"));
        assertEquals("PHASE3", prose.phase());
        assertEquals(340, prose.enrollment());
        assertEquals(new TrialCard.DesignCard("RANDOMIZED", null, "TREATMENT", "NONE"), prose.design());
        assertTrue(drugs(prose).containsKey("toripalimab"));
        assertEquals(4, prose.arms().size());
    }

    @Test
    void everyRecordGraphConformsToTheShapes() {
        ShaclCheck shacl = new ShaclCheck();
        List<String> failures = new ArrayList<>();
        Txn.executeRead(ws.store().dataset(), () -> ws.store().dataset().asDatasetGraph().listGraphNodes()
                .forEachRemaining(g -> {
                    if (!g.getURI().contains("/record/")) {
                        return;
                    }
                    Graph graph = ws.store().dataset().asDatasetGraph().getGraph(g);
                    ValidationReport r = shacl.validate(graph);
                    if (!r.conforms()) {
                        failures.add(g + ": " + r.getEntries());
                    }
                }));
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void searchFindsTrialsByAnyNameOfTheirDrug() {
        List<String> js001 = hits("JS001");
        assertTrue(js001.contains("https://w3id.org/trialkg/id/trial/nct/NCT07177794"));
        assertTrue(js001.contains(cardFromFile(PROSE).iri()), "the prose record wrote toripalimab");
        assertEquals(hits("toripalimab").stream().sorted().toList(), js001.stream().sorted().toList());
        assertEquals(List.of("https://w3id.org/trialkg/id/trial/nct/NCT07016737"), hits("\"salvage chemoradiation\""));
    }

    @Test
    void drugReportIsTheSameForEveryNameOfTheDrug() {
        DrugReport byCode = DrugReport.of(ws, "JS-001").orElseThrow();
        DrugReport byInn = DrugReport.of(ws, "toripalimab").orElseThrow();
        assertEquals("code-variant", byCode.matchedBy());
        assertEquals("toripalimab", byCode.name());
        assertEquals(List.of("PD-1 inhibitor"), byCode.classes());
        assertEquals(byInn.trialsByRegistry(), byCode.trialsByRegistry());
        DrugReport.TrialUse nct = byCode.trialsByRegistry().get("nct").stream()
                .filter(t -> t.ids().contains("NCT07177794")).findFirst().orElseThrow();
        assertEquals(List.of("JS001", "toripalimab"), nct.namesUsed().stream().sorted().toList());
        assertEquals(1, byCode.trialsByRegistry().get("none").size(), "the prose record without a registry ID");
    }

    private static List<String> hits(String q) {
        return ws.index().search(SearchRequest.of(q, 20)).hits().stream().map(SearchResult.Hit::iri).toList();
    }

    @Test
    void queriesReturnTheSeedRows() throws Exception {
        assertEquals(List.of("NCT07177794,JS001|toripalimab"),
                rows("trials-of-drug.rq", r -> r.get("ids").isEmpty() ? null
                        : r.get("ids") + "," + sortedParts(r.get("writtenAs"))));
        List<String> pd1 = rows("pd1-every-3-weeks.rq", r -> r.get("ids") + ":" + r.get("drug"));
        assertTrue(pd1.containsAll(List.of("NCT07016737:camrelizumab", "NCT07016737:sintilimab",
                "NCT07177794:toripalimab", ":toripalimab")), pd1.toString());
        assertEquals(List.of("NCT07016737:50.4"), rows("radiotherapy-above-50gy.rq",
                r -> r.get("ids") + ":" + r.get("totalMax")));
        assertEquals(List.of("CN:1"), rows("sites-by-country.rq", r -> r.get("country") + ":" + r.get("sites")));
        assertEquals(List.of("NCT07177794"), rows("search-and-graph.rq", r -> r.get("ids")));
        List<String> sponsors = rows("trials-by-sponsor.rq", r -> r.get("role") + ":" + r.get("sponsor"));
        assertTrue(sponsors.contains("LEAD:Sun Yat-sen University"), sponsors.toString());
        List<String> class3 = rows("phase3-by-drug-class.rq", r -> r.get("ids"));
        assertTrue(class3.containsAll(List.of("NCT06190782", "NCT07016737", "NCT07177794")), class3.toString());
        List<String> doses = rows("drugs-per-trial.rq", r -> r.get("ids") + ":" + r.get("drug") + ":"
                + r.get("doseMin") + r.get("unit"));
        assertTrue(doses.containsAll(List.of("NCT07177794:toripalimab:240.0mg", "NCT07177794:capecitabine:500.0mg",
                "NCT07016737:docetaxel:75.0mg/m2", "NCT07016737:carboplatin:2.0AUC")), doses.toString());
    }

    private static String sortedParts(String s) {
        return java.util.Arrays.stream(s.split(" \\| ")).sorted().collect(Collectors.joining("|"));
    }

    private static List<String> rows(String file, java.util.function.Function<Map<String, String>, String> f)
            throws Exception {
        return QueryRows.rows(ws, file, f);
    }

}
