package org.trialkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.enrich.place.CountryEnricher;
import org.trialkg.model.Enrollment;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Source;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.rdf.RecordMapper;
import org.trialkg.store.GraphWrite;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

class TrialLinkerTest {
    private static final String TRIAL = TK.ID + "trial/";

    private static TrialRecord record(String id, String title, String sponsor, String start, int enrollment,
            String condition) {
        return TrialRecord.builder(new Source("test/" + id + ".txt", "test", "hash-" + id, id))
                .id(RegistryId.parse(id).orElseThrow()).title(title).sponsor(new Sponsor(sponsor, Sponsor.LEAD, null))
                .startDate(start).enrollment(new Enrollment(enrollment, null)).condition(condition).country("China")
                .build();
    }

    private static TrialStore store(TrialRecord... records) {
        TrialStore store = TrialStore.inMemory();
        for (TrialRecord r : records) {
            add(store, r);
        }
        return store;
    }

    private static final TrialRecord CHICTR = record("ChiCTR2000034346",
            "Toripalimab plus chemoradiotherapy for locally advanced esophageal squamous cell carcinoma",
            "Sun Yat-sen University Cancer Center", "2020-03", 200, "Esophageal squamous cell carcinoma");
    private static final TrialRecord NCT_SAME = record("NCT04437212",
            "Toripalimab Combined With Chemoradiotherapy in Locally Advanced Esophageal Squamous Cell Carcinoma",
            "Sun Yat-Sen University Cancer Center", "2020-03-15", 200, "Esophageal Squamous Cell Carcinoma");
    private static final TrialRecord NCT_OTHER = record("NCT04821778",
            "Camrelizumab Combined With Chemoradiotherapy in Locally Advanced Esophageal Squamous Cell Carcinoma",
            "Peking University Cancer Hospital", "2021-06", 60, "Esophageal Squamous Cell Carcinoma");

    @Test
    void linksRecordsOfOneTrialInTwoRegistriesWithEvidence() {
        TrialStore store = store(CHICTR, NCT_SAME);
        TrialLinker.Report r = new TrialLinker(store).run();
        assertEquals(1, r.identityLinks(), r.toString());
        Node chictr = NodeFactory.createURI(TRIAL + "chictr/ChiCTR2000034346");
        Node nct = NodeFactory.createURI(TRIAL + "nct/NCT04437212");
        Txn.executeRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            Node links = NodeFactory.createURI(TrialLinker.LINKS_GRAPH);
            assertTrue(dsg.contains(links, chictr, TK.sameTrialAs.asNode(), nct), "identity link stated");
            List<String> evidence = dsg.stream(links, Node.ANY, TK.evidence.asNode(), Node.ANY)
                    .map(q -> q.getObject().getLiteralLexicalForm()).toList();
            assertTrue(evidence.stream().anyMatch(e -> e.startsWith("title ")), evidence.toString());
            assertTrue(evidence.stream().anyMatch(e -> e.startsWith("sponsor 1.00")), evidence.toString());
            assertTrue(evidence.stream().anyMatch(e -> e.startsWith("enrollment 1.00")), evidence.toString());
            CardReader cards = new CardReader(dsg.getUnionGraph());
            assertEquals(List.of(nct.getURI()), cards.read(chictr.getURI()).orElseThrow().sameAs());
        });
    }

    @Test
    void keepsTwoTrialsWithSimilarTitlesApart() {
        TrialStore store = store(CHICTR, NCT_OTHER);
        // another drug, sponsor, year and size: under the candidate threshold too, though the titles share most words
        TrialLinker.Report r = new TrialLinker(store).run();
        assertEquals(1, r.pairsScored(), "blocking proposes the pair: " + r);
        assertEquals(0, r.identityLinks(), r.toString());
        assertEquals(0, r.candidates(), r.toString());
        Txn.executeRead(store.dataset(), () -> assertFalse(store.dataset().asDatasetGraph().contains(Node.ANY,
                Node.ANY, TK.sameTrialAs.asNode(), Node.ANY), "no identity link"));
    }

    @Test
    void countsSecondaryIdsAsCertainAndDoesNotScoreThem() {
        TrialRecord withSecondary = NCT_SAME.toBuilder().id(RegistryId.parse("ChiCTR2000034346").orElseThrow())
                .build();
        TrialStore store = store(CHICTR, withSecondary);
        TrialLinker.Report r = new TrialLinker(store).run();
        assertEquals(1, r.certainLinks());
        assertEquals(0, r.pairsScored(), "a pair already one trial is not compared");
    }

    @Test
    void rerunReplacesEarlierLinks() {
        TrialStore store = store(CHICTR, NCT_SAME);
        new TrialLinker(store).run();
        TrialLinker.Report second = new TrialLinker(store).run();
        assertEquals(1, second.identityLinks(), "earlier links neither count as certain nor pile up");
        assertEquals(0, second.certainLinks());
    }

    /** Stores a record as an ingest does, its countries as codes ("China" is CN). */
    private static void add(TrialStore store, TrialRecord r) {
        MappedRecord m = new RecordMapper().map(new CountryEnricher().enrich(r));
        store.write(List.of(new GraphWrite(m.graphName(), m.graph()),
                new GraphWrite(org.trialkg.rdf.TrialView.graphOf(m.trial()), m.view())));
    }

    private static Set<List<String>> statements(TrialStore store, Node p) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                .stream(NodeFactory.createURI(TrialLinker.LINKS_GRAPH), Node.ANY, p, Node.ANY)
                .map(q -> List.of(q.getSubject().toString(), q.getObject().toString()))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void incrementalRunLinksANewRecordToAStoredOne() {
        TrialStore store = store(CHICTR, NCT_OTHER);
        new TrialLinker(store).run();
        add(store, NCT_SAME);
        String nct = TRIAL + "nct/NCT04437212";
        String chictr = TRIAL + "chictr/ChiCTR2000034346";
        TrialLinker.Report r = new TrialLinker(store).run(Set.of(nct));
        assertEquals(1, r.identityLinks(), r.toString());
        assertEquals(Set.of(chictr, nct), Set.copyOf(r.reindex()), "both documents become one");
        assertEquals(Set.of(List.of(chictr, chictr), List.of(nct, chictr)), statements(store, TK.canonicalTrial.asNode()),
                "the lexically first described IRI stands for the trial");
    }

    @Test
    void incrementalRunFindsWhatAFullRunFinds() {
        assertIncrementalRunFindsWhatAFullRunFinds(null);
    }

    @Test
    void incrementalRunWithAKeptBlockingFindsWhatAFullRunFinds(@TempDir Path dir) {
        assertIncrementalRunFindsWhatAFullRunFinds(dir.resolve("link-blocking"));
    }

    /** Links two new records into a stored one, with the blocking kept in this file (or none), as a full run does. */
    private static void assertIncrementalRunFindsWhatAFullRunFinds(Path kept) {
        java.util.function.Function<TrialLinker, TrialLinker> keep = l -> kept == null ? l : l.keepBlockingIn(kept);
        TrialStore incremental = store(CHICTR);
        keep.apply(new TrialLinker(incremental)).run();
        add(incremental, NCT_SAME);
        add(incremental, NCT_OTHER);
        keep.apply(new TrialLinker(incremental, 0.7, 0.4))
                .run(Set.of(TRIAL + "nct/NCT04437212", TRIAL + "nct/NCT04821778"));
        TrialStore full = store(CHICTR, NCT_SAME, NCT_OTHER);
        new TrialLinker(full, 0.7, 0.4).run();
        for (Node p : List.of(TK.sameTrialAs.asNode(), TK.canonicalTrial.asNode(), TK.linkScore.asNode(),
                TK.evidence.asNode())) {
            assertEquals(statements(full, p), statements(incremental, p), p.toString());
        }
        assertFalse(statements(full, TK.linkScore.asNode()).isEmpty());
    }

    @Test
    void aKeptBlockingFollowsATitleThatChanged(@TempDir Path dir) {
        Path kept = dir.resolve("link-blocking");
        String other = TRIAL + "nct/NCT04821778";
        TrialRecord unrelated = NCT_OTHER.toBuilder().title("Aspirin for the prevention of migraine in adolescents")
                .build();
        TrialStore store = store(unrelated);
        new TrialLinker(store).keepBlockingIn(kept).run();
        // the stored trial takes the title of the ChiCTR record, then the ChiCTR record comes: only it is changed
        add(store, NCT_OTHER.toBuilder().title(CHICTR.title()).sponsor(CHICTR.sponsors().get(0))
                .startDate("2020-03").enrollment(new Enrollment(200, null)).build());
        new TrialLinker(store).keepBlockingIn(kept).run(Set.of(other));
        add(store, CHICTR);
        TrialLinker.Report r = new TrialLinker(store).keepBlockingIn(kept).run(Set.of(TRIAL + "chictr/ChiCTR2000034346"));
        assertEquals(1, r.identityLinks(), "the new record finds the stored trial by its new title words: " + r);
        assertEquals(Set.of(other, TRIAL + "chictr/ChiCTR2000034346"),
                Blocking.read(kept).orElseThrow().iris().stream().collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void incrementalRunDropsALinkWhenARecordNoLongerMatches() {
        TrialStore store = store(CHICTR, NCT_SAME);
        new TrialLinker(store).run();
        add(store, NCT_SAME.toBuilder().title("Aspirin for the prevention of migraine in adolescents")
                .startDate("2011-01").enrollment(new Enrollment(12, null)).build());
        TrialLinker.Report r = new TrialLinker(store).run(Set.of(TRIAL + "nct/NCT04437212"));
        assertEquals(0, r.identityLinks(), r.toString());
        assertTrue(statements(store, TK.canonicalTrial.asNode()).isEmpty(), "no group left");
        assertEquals(Set.of(TRIAL + "nct/NCT04437212", TRIAL + "chictr/ChiCTR2000034346"), Set.copyOf(r.reindex()),
                "both documents are split again");
    }

    @Test
    void tellsItsProgressUpToEveryTrialCompared() {
        TrialStore store = store(CHICTR, NCT_SAME, NCT_OTHER);
        List<long[]> told = new java.util.ArrayList<>();
        new TrialLinker(store).progress((done, total) -> told.add(new long[] {done, total})).run();
        assertTrue(!told.isEmpty(), "told at least once");
        long[] last = told.get(told.size() - 1);
        assertEquals(3, last[0], "every trial compared");
        assertEquals(3, last[1]);
    }

    @Test
    void trialCardSaysWhyRecordsAreLinked() {
        TrialStore store = store(CHICTR, NCT_SAME);
        new TrialLinker(store).run();
        var card = Txn.calculateRead(store.dataset(), () -> new CardReader(store.dataset().asDatasetGraph()
                .getUnionGraph()).read(TRIAL + "nct/NCT04437212").orElseThrow());
        assertEquals(TRIAL + "chictr/ChiCTR2000034346", card.iri());
        assertEquals(2, card.sources().size(), "both records");
        assertEquals(1, card.links().size(), card.links().toString());
        var link = card.links().get(0);
        assertEquals("identity", link.kind());
        assertTrue(link.score() >= TrialLinker.DEFAULT_LINK_THRESHOLD, link.toString());
        assertTrue(link.evidence().stream().anyMatch(e -> e.startsWith("sponsor 1.00")), link.evidence().toString());
    }

    @Test
    void scoresDatesSoftlyAndEnrollmentByRatio() {
        assertEquals(1.0, PairScorer.dateSimilarity("2020-03", "2020-03-15"));
        // authorisation against first enrollment, three weeks apart, still counts for much
        assertEquals(Math.exp(-21 / 90.0), PairScorer.dateSimilarity("2020-05-04", "2020-05-25"), 1e-9);
        assertTrue(PairScorer.dateSimilarity("2020-03", "2021-03") < 0.02);
        assertEquals(0.5, PairScorer.dateSimilarity("2020", "2020-05-01"));
        assertEquals(1.0, PairScorer.enrollmentSimilarity(480, 480));
        assertEquals(1 - Math.log10(2), PairScorer.enrollmentSimilarity(500, 1000), 1e-9);
        assertEquals(0.0, PairScorer.enrollmentSimilarity(100, 10_000));
        assertEquals(Set.of("toripalimab", "食", "管"), Similarity.tokens("Toripalimab for the 食管"));
    }

    @Test
    void findsRegistryIdsWrittenInText() {
        assertEquals(Set.of("NCT04369469", "2020-001497-30", "CTRI-2020-04-024773"), Similarity.registryIds(
                "see NCT04369469; EudraCT 2020-001497-30 and CTRI/2020/04/024773"));
        assertEquals(Set.of(), Similarity.registryIds("dose 2020-03 of 400 mg"));
    }

    @Test
    void readsAcronymsFromTitlesButNotTheDiseaseName() {
        assertEquals(Set.of("covidsurgcancer"), Similarity.acronyms(List.of(),
                List.of("Outcomes of elective cancer surgery during the COVID-19 pandemic - CovidSurg-Cancer")));
        assertEquals(Set.of("scope"), Similarity.acronyms(List.of("COVID-19"),
                List.of("Clinical characteristics of COVID-19 patients (SCOPe Study)")));
    }

    @Test
    void splitsAnEuScientificTitleThatEndsWithThePublicTitle() {
        String full = "A Phase III Randomized Placebo-Controlled Study to Examine the Efficacy and Safety of DAS181";
        String pub = "STOP PIV - Phase III DAS181 Lower Tract PIV Infection";
        assertEquals(List.of(full + " - " + pub + "   ", pub, full),
                Similarity.withJoinedTitlesSplit(List.of(full + " - " + pub + "   ", pub)));
        // a title that merely ends with the same words as another, without a dash between, stays whole
        assertEquals(List.of("Efficacy of remdesivir in hospitalised adults with COVID-19 pneumonia",
                "remdesivir in hospitalised adults with COVID-19 pneumonia"), Similarity.withJoinedTitlesSplit(
                List.of("Efficacy of remdesivir in hospitalised adults with COVID-19 pneumonia",
                        "remdesivir in hospitalised adults with COVID-19 pneumonia")));
    }

    @Test
    void takesNoAcronymFromAnAbbreviationItsTitleSpellsOut() {
        // two trials of one company both compare with "Standard Medical Treatment (SMT)"
        assertEquals(Set.of(), Similarity.acronyms(List.of(), List.of("Pilot Study of Prolastin plus Standard "
                + "Medical Treatment (SMT) versus SMT alone in Hospitalized Subjects with COVID-19")));
        assertEquals(Set.of("colcorona"), Similarity.acronyms(List.of(),
                List.of("Colchicine Coronavirus SARS-CoV2 Trial (COLCORONA)")));
    }

    @Test
    void comparesTheClosestOfTheEnrollmentsATrialsRecordsGive() {
        // an export before the trial closed gave the planned 50, a later one the 11 enrolled
        TrialRecord planned = TrialRecord.builder(new Source("test/april.csv", "test", "hash-april", "NCT04291729"))
                .id(RegistryId.parse("NCT04291729").orElseThrow()).title("Ganovo combined with ritonavir")
                .enrollment(new Enrollment(50, null)).build();
        TrialRecord actual = TrialRecord.builder(new Source("test/july.csv", "test", "hash-july", "NCT04291729"))
                .id(RegistryId.parse("NCT04291729").orElseThrow()).title("Ganovo combined with ritonavir")
                .enrollment(new Enrollment(11, null)).build();
        Graph g = GraphFactory.createDefaultGraph();
        for (TrialRecord r : List.of(planned, actual)) {
            MappedRecord m = new RecordMapper().map(r);
            m.graph().find().forEachRemaining(g::add);
            m.view().find().forEachRemaining(g::add);
        }
        TrialFeatures nct = TrialFeatures.read(g, TRIAL + "nct/NCT04291729");
        assertEquals(Set.of(11, 50), nct.enrollments());
        TrialFeatures chictr = new TrialFeatures(TRIAL + "chictr/ChiCTR2000030000", "chictr",
                List.of("Ganovo combined with ritonavir"), List.of(), null, 50, List.of(), Set.of());
        PairScore p = new PairScorer().score(chictr, nct).orElseThrow();
        assertTrue(p.evidence().stream().anyMatch(e -> e.feature().equals("enrollment") && e.similarity() == 1),
                p.toString());
        org.junit.jupiter.api.Assertions.assertNull(PairScorer.closestEnrollments(Set.of(0), Set.of(11)));
    }

    @Test
    void tellsAPersonFromAnInstitution() {
        assertTrue(Similarity.isPerson("Dr Sameer Malhotra SELF SPONSORED NO CONFLICT OF INTEREST"));
        assertTrue(Similarity.isPerson("Pinhua Pan"));
        assertFalse(Similarity.isPerson("Max Healthcare Insititute Limited"));
        assertFalse(Similarity.isPerson("Sun Yat-sen University"));
    }

    @Test
    void linksTitlesEqualButForCaseAndAPersonSponsor() {
        TrialFeatures ctri = new TrialFeatures(TRIAL + "ctri/CTRI-2020-04-024784", "ctri",
                List.of("ANXIETY AND DEPRESSION DURING COVID-19 IN INDIA"), List.of("Dr Sameer Malhotra"),
                "2020-04-24", 1000, List.of(), Set.of());
        TrialFeatures nct = new TrialFeatures(TRIAL + "nct/NCT04369300", "nct",
                List.of("Anxiety And Depression During COVID-19 IN INDIA"), List.of("Max Healthcare Insititute Limited"),
                "2020-04-24", 1000, List.of(), Set.of());
        PairScore p = new PairScorer().score(ctri, nct).orElseThrow();
        assertTrue(p.score() >= TrialLinker.DEFAULT_LINK_THRESHOLD, p.toString());
        assertTrue(p.evidence().stream().anyMatch(e -> e.feature().equals("title equal")), p.toString());
        assertTrue(p.evidence().stream().noneMatch(e -> e.feature().equals("sponsor")), p.toString());
    }

    @Test
    void aRegistryIdNamedInTheOtherRecordLinksDespiteDifferentTitles() {
        TrialFeatures nct = new TrialFeatures(TRIAL + "nct/NCT04315948", "nct", List.of("Trial of treatments for "
                + "COVID-19 in hospitalized adults (DisCoVeRy)"), List.of(), null, null, List.of(), Set.of(),
                Set.of("discovery"), Set.of("NCT04315948"), Set.of("2020-000936-23"));
        TrialFeatures eu = new TrialFeatures(TRIAL + "euctr/2020-000936-23", "euctr", List.of("Essai multicentrique "
                + "adaptatif randomisé des traitements du COVID-19 chez les patients hospitalisés"), List.of(), null,
                null, List.of(), Set.of());
        PairScore p = new PairScorer().score(nct, eu).orElseThrow();
        assertTrue(p.score() >= TrialLinker.DEFAULT_LINK_THRESHOLD, p.toString());
        TrialFeatures unnamed = new TrialFeatures(nct.iri(), "nct", nct.titles(), List.of(), null, null, List.of(),
                Set.of());
        assertTrue(new PairScorer().score(unnamed, eu).orElseThrow().score() < TrialLinker.DEFAULT_CANDIDATE_THRESHOLD);
    }

    @Test
    void readsPeopleFromContactFieldsInEitherNameOrder() {
        assertTrue(Similarity.personNames("; ; Zhu Fengcai;Guan Xuhua;Wang Wei").contains("fengcai zhu"));
        assertEquals(Set.of("fengcai zhu"), Similarity.personNames("Fengcai Zhu, MD"));
        assertEquals(Set.of("axel bauer"), Similarity.personNames("Univ.-Prof. Dr. Axel Bauer"));
        assertEquals(Set.of("nanshan zhong", "zeguang zheng"), Similarity.personNames("Nanshan Zhong, Zeguang Zheng"));
        assertEquals(Set.of(), Similarity.personNames("Medical Monitor"));
        assertEquals(Set.of(), Similarity.personNames("Clinical Trial Call Center"));
    }

    @Test
    void comparesCountriesByTheCodesTheIngestGaveThem() {
        Graph g = GraphFactory.createDefaultGraph();
        Node trial = NodeFactory.createURI(TRIAL + "irct/IRCT20200101000001N1");
        g.add(trial, TK.countryCode.asNode(), NodeFactory.createLiteralString("IR"));
        // a fragment a registry's comma left ("Iran, Islamic Republic of"), which the country enricher kept as text
        g.add(trial, TK.countryText.asNode(), NodeFactory.createLiteralString("Islamic Republic of"));
        assertEquals(Set.of("IR"), TrialFeatures.read(g, trial.getURI()).countries());
    }

    @Test
    void tellsCompoundAndCompanyNamesFromPeople() {
        assertFalse(Similarity.isPerson("Universitätsklinikum Freiburg"));
        assertFalse(Similarity.isPerson("CITOSPIN S.L."));
        assertFalse(Similarity.isPerson("UMC Utrecht"));
        assertTrue(Similarity.isPerson("Ohmagari Norio"));
    }

    @Test
    void anAcronymInCapitalsInTheOtherTitleIsShared() {
        TrialFeatures eu = new TrialFeatures(TRIAL + "euctr/2020-002060-31", "euctr", List.of("An international "
                + "randomised trial of additional treatments for COVID-19 - SOLIDARITY TRIAL"), List.of(), null, null,
                List.of(), Set.of());
        TrialFeatures who = new TrialFeatures(TRIAL + "isrctn/ISRCTN83971151", "isrctn", List.of("Public health "
                + "emergency SOLIDARITY trial of treatments for COVID-19 infection in hospitalized patients"), List.of(),
                null, null, List.of(), Set.of());
        TrialFeatures plain = new TrialFeatures(TRIAL + "nct/NCT09000001", "nct", List.of("Solidarity of carers "
                + "in a pandemic"), List.of(), null, null, List.of(), Set.of());
        assertEquals("solidarity", PairScorer.sharedAcronym(eu, who).orElseThrow().valueA());
        assertTrue(PairScorer.sharedAcronym(eu, plain).isEmpty(), "a word in running text is not an acronym");
        TrialFeatures actt1 = new TrialFeatures(TRIAL + "nct/NCT09000002", "nct", List.of("Adaptive COVID-19 "
                + "Treatment Trial (ACTT-II)"), List.of(), null, null, List.of(), Set.of());
        TrialFeatures actt2 = new TrialFeatures(TRIAL + "jprn/JPRN-jRCT0000000002", "jprn", List.of("Adaptive "
                + "COVID-19 Treatment Trial - ACTT-2"), List.of(), null, null, List.of(), Set.of());
        assertTrue(PairScorer.sharedAcronym(actt1, actt2).isPresent(), "II and 2 are one number");
    }

    @Test
    void aPersonAnOrganisationAndCountriesAreEvidence() {
        TrialFeatures chictr = new TrialFeatures(TRIAL + "chictr/ChiCTR2000030906", "chictr", List.of("A phase I "
                + "clinical trial for recombinant novel coronavirus vaccine (adenoviral vector)"),
                List.of("Jiangsu Provincial Center for Disease Control and Prevention"), "2020-03-10", 108, List.of(),
                Set.of(), Set.of(), Set.of("CHICTR2000030906"), Set.of(), Set.of("fengcai zhu"), List.of(),
                Set.of("china"));
        TrialFeatures nct = new TrialFeatures(TRIAL + "nct/NCT04313127", "nct", List.of("Phase I Clinical Trial of a "
                + "COVID-19 Vaccine in 18-60 Healthy Adults"), List.of("CanSino Biologics Inc."), "2020-03-16", 108,
                List.of(), Set.of(), Set.of(), Set.of("NCT04313127"), Set.of(), Set.of("fengcai zhu", "guan xuhua"),
                List.of("Jiangsu Provincial Center for Disease Control and Prevention"), Set.of("china"));
        PairScore p = new PairScorer().score(chictr, nct).orElseThrow();
        assertTrue(p.evidence().stream().anyMatch(e -> e.feature().equals("person") && e.valueA().equals("fengcai zhu")),
                p.toString());
        assertTrue(p.evidence().stream().anyMatch(e -> e.feature().equals("organisation") && e.similarity() == 1),
                p.toString());
        assertTrue(p.evidence().stream().anyMatch(e -> e.feature().equals("countries") && e.similarity() == 1),
                p.toString());
        TrialFeatures elsewhere = new TrialFeatures(nct.iri(), "nct", nct.titles(), nct.sponsors(), nct.startDate(),
                nct.enrollment(), List.of(), Set.of(), Set.of(), nct.ids(), Set.of(), Set.of(), List.of(),
                Set.of("canada"));
        assertTrue(new PairScorer().score(chictr, elsewhere).orElseThrow().score() < p.score(),
                "another country and no shared person or organisation score lower");
    }

    @Test
    void anEnrollmentBothGiveAlikeLinksWhereANearOneDoesNot() {
        // titles of the same words but for a preposition, one vaccine, no sponsor, the same start: the enrollment
        // decides
        Set<String> vaccine = Set.of(TK.ID + "drug/ad5-ncov");
        TrialFeatures chictr = new TrialFeatures(TRIAL + "chictr/ChiCTR2000030906", "chictr",
                List.of("Adenovirus vector vaccine in healthy adults"), List.of(), "2020-03-16", 108, List.of(),
                vaccine);
        TrialFeatures nct = new TrialFeatures(TRIAL + "nct/NCT04313127", "nct",
                List.of("Adenovirus Vector Vaccine for Healthy Adults"), List.of(), "2020-03-16", 108, List.of(),
                vaccine);
        PairScore same = new PairScorer().score(chictr, nct).orElseThrow();
        assertTrue(same.score() >= TrialLinker.DEFAULT_LINK_THRESHOLD, same.toString());
        TrialFeatures near = new TrialFeatures(nct.iri(), "nct", nct.titles(), List.of(), nct.startDate(), 110,
                List.of(), vaccine);
        PairScore other = new PairScorer().score(chictr, near).orElseThrow();
        assertTrue(other.score() < TrialLinker.DEFAULT_LINK_THRESHOLD, "108 against 110 is no match: " + other);
    }

    @Test
    void aWholeTitleAndAnAcronymTogetherLinkANationalRegistrationOfAMultinationalTrial() {
        String title = "An international randomised trial of additional treatments for COVID-19 in hospitalised "
                + "patients - ";
        TrialFeatures czech = national(TRIAL + "euctr/2020-002060-31", title + "SOLIDARITY");
        TrialFeatures who = multinational(TRIAL + "isrctn/ISRCTN83971151", title + "SOLIDARITY");
        PairScore p = new PairScorer().score(czech, who).orElseThrow();
        assertTrue(p.score() >= TrialLinker.DEFAULT_LINK_THRESHOLD, p.toString());
        // the same title under another acronym: a sibling trial of one programme
        TrialFeatures sibling = multinational(TRIAL + "isrctn/ISRCTN83971152", title + "DISCOVERY");
        PairScore q = new PairScorer().score(czech, sibling).orElseThrow();
        assertTrue(q.score() < TrialLinker.DEFAULT_LINK_THRESHOLD, q.toString());
    }

    @Test
    void aWholeTitleAndTheSponsorTogetherLinkRecordsWhoseStartDatesAreMonthsApart() {
        // one registry gives the authorisation, the other the first enrollment eight months later
        String title = "A Phase III Randomized Placebo-Controlled Study of DAS181 for Lower Respiratory Tract "
                + "Parainfluenza Infection in Immunocompromised Subjects";
        TrialFeatures eu = sponsored(TRIAL + "euctr/2018-004318-16", title, "Ansun Biopharma, Inc.", "2020-01-23", 192);
        TrialFeatures us = sponsored(TRIAL + "nct/NCT03808922", title, "Ansun Biopharma, Inc.", "2019-05-23", 250);
        PairScore p = new PairScorer().score(eu, us).orElseThrow();
        assertTrue(p.score() >= TrialLinker.DEFAULT_LINK_THRESHOLD, p.toString());
        // another sponsor's trial under that protocol title
        TrialFeatures other = sponsored(TRIAL + "nct/NCT03808923", title, "Another Biotech Ltd", "2019-05-23", 250);
        PairScore q = new PairScorer().score(eu, other).orElseThrow();
        assertTrue(q.score() < TrialLinker.DEFAULT_LINK_THRESHOLD, q.toString());
    }

    private static TrialFeatures sponsored(String iri, String title, String sponsor, String start, int enrollment) {
        List<String> titles = List.of(title);
        return new TrialFeatures(iri, TrialFeatures.registryOf(iri), titles, List.of(sponsor), start, enrollment,
                List.of(), Set.of(), Similarity.acronyms(List.of(), titles),
                Similarity.registryIds(TrialFeatures.idOf(iri)), Set.of(), Set.of(), List.of(), Set.of("US"));
    }

    /** A country's registration: its own sponsor, a country's enrollment, authorised a month after the parent. */
    private static TrialFeatures national(String iri, String title) {
        List<String> titles = List.of(title);
        return new TrialFeatures(iri, TrialFeatures.registryOf(iri), titles, List.of("Masaryk University"),
                "2020-06-14", 800, List.of(), Set.of(), Similarity.acronyms(List.of(), titles),
                Similarity.registryIds(TrialFeatures.idOf(iri)), Set.of(), Set.of(), List.of(), Set.of("CZ"));
    }

    private static TrialFeatures multinational(String iri, String title) {
        List<String> titles = List.of(title);
        return new TrialFeatures(iri, TrialFeatures.registryOf(iri), titles, List.of("World Health Organization"),
                "2020-05-15", 10_000, List.of(), Set.of(), Similarity.acronyms(List.of(), titles),
                Similarity.registryIds(TrialFeatures.idOf(iri)), Set.of(), Set.of(), List.of(),
                Set.of("AR", "BR", "CA", "DE", "IR", "NO", "ZA"));
    }
}
