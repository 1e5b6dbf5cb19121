package org.trialkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.trialkg.model.MeshTerm;
import org.trialkg.model.Range;
import org.trialkg.model.RegimenComponent;
import org.trialkg.model.Span;
import org.trialkg.model.TrialRecord;
import org.trialkg.rdf.TrialCard.ArmCard;
import org.trialkg.rdf.TrialCard.DesignCard;
import org.trialkg.rdf.TrialCard.DoseCard;
import org.trialkg.rdf.TrialCard.DrugCard;
import org.trialkg.rdf.TrialCard.EligibilityCard;
import org.trialkg.rdf.TrialCard.InterventionCard;
import org.trialkg.rdf.TrialCard.InvestigatorCard;
import org.trialkg.rdf.TrialCard.MeshCard;
import org.trialkg.rdf.TrialCard.OtherIdCard;
import org.trialkg.rdf.TrialCard.OutcomeCard;
import org.trialkg.rdf.TrialCard.ReferenceCard;
import org.trialkg.rdf.TrialCard.RegimenCard;
import org.trialkg.rdf.TrialCard.ResponsiblePartyCard;
import org.trialkg.rdf.TrialCard.SiteCard;
import org.trialkg.rdf.TrialCard.SourceCard;
import org.trialkg.rdf.TrialCard.SponsorCard;
import org.trialkg.vocab.TK;

class CardReaderTest {
    private static final String NCT = TK.ID + "trial/nct/NCT07177794";
    private static final String CHICTR = TK.ID + "trial/chictr/ChiCTR2000034346";

    /** A store-like dataset: one named graph per record, plus the drug scheme when asked. */
    private static CardReader reader(boolean withLexicon, TrialRecord... records) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RecordMapper mapper = new RecordMapper();
        java.util.Set<org.apache.jena.graph.Node> trials = new java.util.LinkedHashSet<>();
        for (TrialRecord r : records) {
            MappedRecord m = mapper.map(r);
            m.graph().find().forEachRemaining(t -> ds.add(m.graphName(), t.getSubject(), t.getPredicate(),
                    t.getObject()));
            trials.add(m.trial());
        }
        // each trial's view, as the ingest writes it
        for (org.apache.jena.graph.Node t : trials) {
            TrialView.derive(ds, t).orElseThrow().find().forEachRemaining(tr -> ds.add(TrialView.graphOf(t),
                    tr.getSubject(), tr.getPredicate(), tr.getObject()));
        }
        if (withLexicon) {
            var lexicon = NodeFactory.createURI(TK.ID + "graph/drugs");
            RDFParser.source(CardReaderTest.class.getResource("/drugs-mini.ttl").toString())
                    .parse(ds.getGraph(lexicon));
        }
        return new CardReader(ds.getUnionGraph());
    }

    @Test
    void readsEveryFieldOfAMappedRecordBack() {
        TrialCard c = reader(false, Records.rich()).read(NCT).orElseThrow();
        assertEquals(NCT, c.iri());
        assertEquals(List.of("NCT07177794", "ChiCTR2000034346"), c.ids());
        assertEquals(List.of(new OtherIdCard("JS001-ESCC-III", "org_study_id", null),
                new OtherIdCard("ChiCTR2000034346", "REGISTRY", "ChiCTR")), c.otherIds());
        assertEquals("Toripalimab and Capecitabine After Chemoradiotherapy in ESCC", c.title());
        assertEquals("A Randomized Phase III Trial of Consolidation Toripalimab and Capecitabine", c.officialTitle());
        assertEquals("TOCCATA", c.acronym());
        assertEquals("RECRUITING", c.status());
        assertEquals("PHASE2|PHASE3", c.phase());
        assertEquals("INTERVENTIONAL", c.studyType());
        assertEquals(new DesignCard("RANDOMIZED", "PARALLEL", "TREATMENT", "Open Label (custom)"), c.design());
        assertEquals(300, c.enrollment());
        assertEquals("2025-09-01", c.startDate());
        assertEquals("2029-12", c.completionDate());
        assertEquals(List.of("Esophageal Squamous Cell Carcinoma", "Esophageal Cancer"), c.conditions());
        assertEquals(List.of("PD-1", "consolidation"), c.keywords());
        assertEquals("Consolidation after definitive chemoradiotherapy.", c.briefSummary());
        assertEquals("Patients with locally advanced ESCC receive ...", c.detailedDescription());
        assertEquals(List.of(new ArmCard("Toripalimab + capecitabine", "EXPERIMENTAL", "Consolidation arm",
                        List.of("Drug: Capecitabine", "Drug: Toripalimab")),
                new ArmCard("Observation", "NO_INTERVENTION", null, List.of())), c.arms());
        assertEquals(3, c.interventions().size());
        assertEquals(new InterventionCard("DRUG", "Toripalimab", "240 mg IV every 3 weeks for up to 1 year",
                List.of("JS001", "Tuoyi")), c.interventions().get(0));
        assertEquals("RADIATION", c.interventions().get(2).type());
        assertEquals(List.of(new SponsorCard("Sun Yat-sen University", "LEAD", "OTHER",
                        TK.ID + "org/sen-sun-university-yat", "Sun Yat-sen University"),
                new SponsorCard("Shanghai Junshi Bioscience", "COLLABORATOR", "INDUSTRY",
                        TK.ID + "org/bioscience-junshi-shanghai", "Shanghai Junshi Bioscience")), c.sponsors());
        assertEquals(new ResponsiblePartyCard("PRINCIPAL_INVESTIGATOR", "Li Wei", "Professor",
                "Sun Yat-sen University Cancer Center"), c.responsibleParty());
        assertEquals(List.of(new InvestigatorCard("Li Wei", "PRINCIPAL_INVESTIGATOR",
                "Sun Yat-sen University Cancer Center", "MD")), c.investigators());
        assertEquals(List.of(new SiteCard("Sun Yat-sen University Cancer Center", "Guangzhou", "Guangdong", "510060",
                        "CN", "RECRUITING"),
                new SiteCard(null, "Hong Kong", null, null, "Hong Kong SAR", "Recruiting soon")), c.sites());
        assertEquals(List.of("CN", "Hong Kong SAR"), c.countries());
        assertEquals(new EligibilityCard("18 Years", "75 Years", "ALL", false, "Inclusion: ESCC ..."),
                c.eligibility());
        assertEquals(List.of(new OutcomeCard("PRIMARY", "Progression-free survival", "RECIST 1.1", "3 years"),
                new OutcomeCard("SECONDARY", "Overall survival", null, "5 years")), c.outcomes());
        assertEquals(List.of(new ReferenceCard("31234567", "10.1000/xyz123", "Li W, et al. Lancet Oncol 2024.",
                "BACKGROUND")), c.references());
        assertEquals(List.of("NCT05244798"), c.related());
        assertEquals(List.of(CHICTR), c.sameAs());
        SourceCard source = c.sources().get(0);
        assertEquals(1, c.sources().size());
        assertEquals(List.of("data/ctgov/NCT07177794.json", "ctgov-json", "registry", "NCT07177794", Records.HASH,
                Iris.record(Records.rich()), NCT), java.util.Arrays.asList(source.file(), source.layout(),
                source.kind(), source.record(), source.contentHash(), source.graph(), source.trial()));
        assertTrue(source.gives().containsAll(List.of("title", "status", "phase", "enrollment", "eligibility")),
                "the only record gives every value: " + source.gives());
        assertEquals(List.of(), c.links().stream().filter(l -> l.kind().equals("identity")).toList());
    }

    @Test
    void saysWhichValuesOfARecordCameFromWhereInItsDocument() {
        TrialRecord doc = TrialRecord.builder(new org.trialkg.model.Source("protocols/p.pdf", "generic", Records.HASH,
                        "")).id(Records.id("NCT09000007")).title("A Phase 3 Study of Toripalimab")
                .sponsor(new org.trialkg.model.Sponsor("Junshi", org.trialkg.model.Sponsor.LEAD, null))
                .valueSource(new org.trialkg.model.ValueSource("sponsor", "Junshi", "Sponsor Name", 412, 418))
                .valueSource(new org.trialkg.model.ValueSource("title", "A Phase 3 Study of Toripalimab", null, 0, 30))
                .build();
        TrialCard c = reader(false, doc, Records.small()).read(TK.ID + "trial/nct/NCT09000007").orElseThrow();
        SourceCard source = c.sources().stream().filter(s -> "protocols/p.pdf".equals(s.file())).findFirst()
                .orElseThrow();
        assertEquals(List.of(new TrialCard.ValueSourceCard("title", "A Phase 3 Study of Toripalimab", null, 0, 30),
                new TrialCard.ValueSourceCard("sponsor", "Junshi", "Sponsor Name", 412, 418)), source.readAt());
        assertEquals(List.of(), reader(false, Records.rich()).read(NCT).orElseThrow().sources().get(0).readAt(),
                "a registry record's values carry no document spans");
    }

    @Test
    void readsDrugsFromMentionsWithoutTheLexicon() {
        TrialCard c = reader(false, Records.rich()).read(NCT).orElseThrow();
        assertEquals(List.of(
                new DrugCard(Records.TORIPALIMAB, "toripalimab", List.of(), List.of("JS001")),
                new DrugCard(Records.CAPECITABINE, "capecitabine", List.of(), List.of("capecitabine")),
                new DrugCard(Records.PD1, "PD-1 inhibitor", List.of(), List.of("PD-1 inhibitor")),
                new DrugCard(null, "XYZ-999", List.of(), List.of("XYZ-999"))), c.drugs());
    }

    @Test
    void namesDrugsAndClassesFromTheLexiconWhenLoaded() {
        TrialCard c = reader(true, Records.rich()).read(NCT).orElseThrow();
        assertEquals(new DrugCard(Records.TORIPALIMAB, "toripalimab", List.of("PD-1 inhibitor"), List.of("JS001")),
                c.drugs().get(0));
        assertEquals(List.of("fluoropyrimidine"), c.drugs().get(1).classes());
    }

    @Test
    void readsRegimensWithDosesDurationsAsWrittenAndAlternatives() {
        List<RegimenCard> r = reader(false, Records.rich()).read(NCT).orElseThrow().regimens();
        assertEquals(5, r.size());
        assertEquals(RegimenCard.builder().arm("Toripalimab + capecitabine").kind("drug").drug("toripalimab")
                .drugAsWritten("toripalimab").drugIri(Records.TORIPALIMAB).dose(new DoseCard(240.0, null, null))
                .unit("mg").route("IV").days("d1").interval("P3W").maxDuration("P1Y").treatmentPhase("consolidation")
                .text("toripalimab 240 mg IV d1 q3w for up to 1 year").build(), r.get(0));
        assertEquals(new DoseCard(null, 800.0, 1000.0), r.get(1).dose());
        assertEquals(2, r.get(1).timesPerDay());
        assertEquals(new DoseCard(null, 4.0, 6.0), r.get(1).cycles());
        assertEquals(List.of("carboplatin"), r.get(2).alternativeTo());
        assertEquals(List.of("cisplatin"), r.get(3).alternativeTo());
        assertEquals("AUC", r.get(3).unit());
        assertEquals(RegimenCard.builder().kind("radiotherapy").treatmentPhase("concurrent")
                .totalDose(new DoseCard(50.4, null, null)).fractions(new DoseCard(28.0, null, null))
                .dosePerFraction(1.8).duration("P5W/P5.5W").technique("IMRT").text("IMRT 50.4 Gy in 28 fractions")
                .build(), r.get(4));
    }

    @Test
    void namesARegimenDrugByItsConceptAndKeepsTheNameAsWritten() {
        TrialRecord written = Records.rich().toBuilder().regimens(List.of(new RegimenComponent("Arm A", "drug",
                "JS001", Records.TORIPALIMAB, Range.of(240), null, "mg", null, null, null, null, null, null, null, null, null,
                null, null, null, null, "JS001 240 mg", new Span("arm[0].description", 0, 12)))).build();
        RegimenCard withScheme = reader(true, written).read(NCT).orElseThrow().regimens().get(0);
        assertEquals("toripalimab", withScheme.drug());
        assertEquals("JS001", withScheme.drugAsWritten());
        RegimenCard withoutScheme = reader(false, written).read(NCT).orElseThrow().regimens().get(0);
        assertEquals("JS001", withoutScheme.drug(), "without the drug scheme the written name is all there is");
    }

    @Test
    void keepsAFixedCombinationsDosesOnePerDrug() {
        TrialRecord written = Records.rich().toBuilder().regimens(List.of(RegimenComponent.builder().arm("Arm A")
                .kind("drug").drug("Kaletra").doseParts("400/100").unit("mg").interval("P1D").timesPerDay(2)
                .text("Kaletra 400/100 mg bid").build())).build();
        RegimenCard card = reader(true, written).read(NCT).orElseThrow().regimens().get(0);
        assertEquals("400/100", card.doseParts());
        assertEquals("mg", card.unit());
        assertNull(card.dose(), "no single dose beside the combination's");
        assertThrows(IllegalArgumentException.class, () -> RegimenComponent.builder().kind("drug").doseParts("400 mg")
                .text("x").build(), "parts are numbers joined by '/'");
    }

    @Test
    void mergesTwoRecordsOfTheSameTrialIntoOneCard() {
        CardReader cards = reader(true, Records.rich(), Records.chictr());
        TrialCard fromNct = cards.read(NCT).orElseThrow();
        TrialCard fromChictr = cards.read(CHICTR).orElseThrow();
        assertTrue(fromNct.ids().containsAll(List.of("NCT07177794", "ChiCTR2000034346")));
        assertEquals(List.of("ChiCTR2000034346", "NCT07177794"), fromChictr.ids());
        assertEquals(2, fromNct.sources().size());
        assertEquals(fromNct.sources(), fromChictr.sources());
        assertEquals("Toripalimab consolidation in esophageal cancer", fromChictr.title());
        assertEquals("Toripalimab and Capecitabine After Chemoradiotherapy in ESCC", fromNct.title());
        assertTrue(fromChictr.conditions().containsAll(List.of("Esophageal cancer", "Esophageal Cancer")));
        DrugCard tori = fromNct.drugs().get(0);
        assertEquals(Records.TORIPALIMAB, tori.iri());
        assertEquals(List.of("JS001", "Tuoyi"), tori.mentions().stream().sorted().toList());
        assertEquals(List.of(NCT), fromChictr.sameAs());
        assertEquals(CHICTR, fromNct.iri(), "one IRI stands for the trial, whichever ID asked for it");
        assertEquals(fromChictr.iri(), fromNct.iri());
        assertEquals(List.of(new TrialCard.LinkCard(NCT, CHICTR, "shared-id", null,
                List.of("the record of NCT07177794 lists ChiCTR2000034346 among its registry IDs"))), fromNct.links());
        assertEquals(java.util.Set.of(NCT, CHICTR),
                fromNct.sources().stream().map(SourceCard::trial).collect(java.util.stream.Collectors.toSet()),
                "each source names the trial IRI its record describes");
        assertEquals(List.of("CN", "Hong Kong SAR"), fromNct.countries());
    }

    @Test
    void carriesTheMeshTermsOfConditionsAndInterventions() {
        TrialRecord r = Records.rich().toBuilder()
                .meshTerm(new MeshTerm("D002289", "Carcinoma, Non-Small-Cell Lung", "CONDITION"))
                .meshTerm(new MeshTerm(null, "Capecitabine", "INTERVENTION"))
                .build();
        TrialCard c = reader(false, r).read(NCT).orElseThrow();
        assertEquals(List.of(
                new MeshCard("Esophageal Squamous Cell Carcinoma", "D000077277", MeshCard.CONDITION),
                new MeshCard("Carcinoma, Non-Small-Cell Lung", "D002289", MeshCard.CONDITION),
                new MeshCard("Capecitabine", null, MeshCard.INTERVENTION)), c.meshTerms());
        assertEquals(List.of("Esophageal Squamous Cell Carcinoma", "Carcinoma, Non-Small-Cell Lung"),
                c.conditionMeshTerms());
        assertEquals(List.of("Capecitabine"), c.interventionMeshTerms());
        assertEquals(List.of(), reader(false, Records.small()).read(CHICTR).orElseThrow().meshTerms());
    }

    @Test
    void resolvesAnyFormOfAnIdToTheDescribedTrial() {
        CardReader cards = reader(false, Records.rich());
        assertEquals(Optional.of(NCT), cards.resolve("nct07177794"));
        assertEquals(Optional.of(NCT), cards.resolve(" NCT07177794 "));
        assertEquals(Optional.of(NCT), cards.resolve(NCT));
        // Named only as the NCT record's secondary ID; its IRI leads to the same card.
        assertEquals(Optional.of(CHICTR), cards.resolve("chictr2000034346"));
        assertEquals(List.of("NCT07177794", "ChiCTR2000034346"),
                cards.read(cards.resolve("ChiCTR2000034346").orElseThrow()).orElseThrow().ids().stream()
                        .sorted((a, b) -> b.compareTo(a)).toList());
        assertEquals(Optional.of(NCT), cards.resolve("JS001-ESCC-III"), "other IDs resolve too");
        assertEquals(Optional.empty(), cards.resolve("NCT05244798"), "a related trial no record describes");
        assertEquals(Optional.empty(), cards.resolve("NCT00000000"));
        assertEquals(Optional.empty(), cards.resolve(""));
        assertFalse(cards.read(TK.ID + "trial/nct/NCT05244798").isPresent());
    }

    @Test
    void listsDescribedTrialsOnly() {
        CardReader cards = reader(false, Records.rich(), Records.small());
        assertEquals(List.of(CHICTR, NCT), cards.trialIris());
    }

    @Test
    void leavesAbsentValuesNullOrEmpty() {
        TrialCard c = reader(false, Records.small()).read(CHICTR).orElseThrow();
        assertNull(c.design());
        assertNull(c.eligibility());
        assertNull(c.responsibleParty());
        assertEquals("Recruiting soon", c.status());
        assertEquals("2024", c.startDate());
        assertEquals(List.of(), c.arms());
        assertEquals(List.of(), c.related());
    }
}
