package org.trialkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;
import org.trialkg.vocab.TK;

class RecordMapperTest {
    private final RecordMapper mapper = new RecordMapper();
    private final MappedRecord mapped = mapper.map(Records.rich());
    private final Model m = ModelFactory.createModelForGraph(mapped.graph());
    private final Resource trial = m.getResource(TK.ID + "trial/nct/NCT07177794");
    private final Resource record = m.getResource(mapped.graphName().getURI());

    private Resource one(Resource s, Property p) {
        List<RDFNode> all = m.listObjectsOfProperty(s, p).toList();
        assertEquals(1, all.size(), "expected one " + p.getLocalName() + " of " + s + ", got " + all);
        return all.get(0).asResource();
    }

    private Literal literal(Resource s, Property p) {
        List<RDFNode> all = m.listObjectsOfProperty(s, p).toList();
        assertEquals(1, all.size(), "expected one " + p.getLocalName() + " of " + s + ", got " + all);
        return all.get(0).asLiteral();
    }

    private Set<String> strings(Resource s, Property p) {
        return m.listObjectsOfProperty(s, p).toList().stream()
                .map(n -> n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI())
                .collect(Collectors.toSet());
    }

    @Test
    void mintsTrialAndRecordIrisFromIdAndSource() {
        assertEquals(trial.asNode(), mapped.trial());
        assertEquals(Iris.record(Records.rich()), mapped.graphName().getURI());
        assertEquals(TK.ID + "record/registry/nct/NCT07177794", mapped.graphName().getURI(),
                "the registry record seen through its kind of source, whatever the file");
        assertTrue(m.contains(record, RDF.type, TK.RegistryRecord));
        assertTrue(m.contains(record, TK.describes, trial));
        assertTrue(m.contains(trial, RDF.type, TK.Trial));
    }

    @Test
    void statesSingleValuedFactsOnTheRecordAndItsViewOnTheTrial() {
        assertFalse(m.contains(trial, TK.status), "the trial's one status is its view's, not each record's");
        assertFalse(m.contains(trial, DCTerms.title));
        assertEquals("registry", literal(record, TK.sourceKind).getString());
        Model view = ModelFactory.createModelForGraph(mapped.view());
        assertEquals(TK.status("RECRUITING").orElseThrow(), view.getRequiredProperty(trial, TK.status).getObject());
        assertEquals("TOCCATA", view.getRequiredProperty(trial, TK.acronym).getString());
        assertTrue(view.listStatements().toList().stream().allMatch(st -> st.getSubject().equals(trial)),
                "a view states facts of its trial only");
    }

    @Test
    void recordKeepsItsProvenance() {
        Resource doc = one(record, TK.wasDerivedFrom);
        assertTrue(m.contains(doc, RDF.type, TK.SourceDocument));
        assertEquals("data/ctgov/NCT07177794.json", literal(doc, TK.filePath).getString());
        assertEquals("ctgov-json", literal(record, TK.layout).getString());
        assertEquals(Records.HASH, literal(record, TK.contentHash).getString());
        assertEquals("NCT07177794", literal(record, TK.recordKey).getString());
    }

    @Test
    void writesIdentifiersSecondaryRegistryIdsAndRelatedTrials() {
        assertEquals(Set.of("NCT07177794"), strings(trial, TK.identifier));
        Resource idNode = one(trial, TK.hasIdentifier);
        assertEquals(TK.registry("nct").orElseThrow(), one(idNode, TK.registry));
        assertEquals(Set.of("JS001-ESCC-III", "ChiCTR2000034346"),
                m.listObjectsOfProperty(trial, TK.otherIdentifier).toList().stream()
                        .map(n -> literal(n.asResource(), TK.identifier).getString()).collect(Collectors.toSet()));
        Resource chictr = m.getResource(TK.ID + "trial/chictr/ChiCTR2000034346");
        assertTrue(m.contains(trial, TK.sameTrialAs, chictr));
        assertEquals("ChiCTR2000034346", literal(chictr, TK.identifier).getString());
        assertTrue(m.contains(trial, TK.relatedTrial, m.getResource(TK.ID + "trial/nct/NCT05244798")));
        assertFalse(m.contains(trial, TK.sameTrialAs, m.getResource(TK.ID + "trial/nct/NCT05244798")));
    }

    @Test
    void linksEnumerationsToConceptsAndKeepsUnknownValuesAsText() {
        assertEquals(TK.status("RECRUITING").orElseThrow(), one(record, TK.status));
        assertEquals(Set.of(TK.NS + "phase_PHASE2", TK.NS + "phase_PHASE3"), strings(record, TK.phase));
        assertEquals(TK.studyType("INTERVENTIONAL").orElseThrow(), one(record, TK.studyType));
        assertEquals(TK.allocation("RANDOMIZED").orElseThrow(), one(record, TK.allocation));
        assertEquals(TK.interventionModel("PARALLEL").orElseThrow(), one(record, TK.interventionModel));
        assertEquals(TK.purpose("TREATMENT").orElseThrow(), one(record, TK.purpose));
        assertFalse(m.contains(record, TK.masking));
        assertEquals("Open Label (custom)", literal(record, TK.maskingText).getString());
    }

    @Test
    void writesTypedLiterals() {
        assertEquals("Toripalimab and Capecitabine After Chemoradiotherapy in ESCC",
                literal(record, DCTerms.title).getString());
        assertEquals("TOCCATA", literal(record, TK.acronym).getString());
        assertEquals(XSDDatatype.XSDinteger.getURI(), literal(record, TK.enrollment).getDatatypeURI());
        assertEquals(300, literal(record, TK.enrollment).getInt());
        assertEquals(TK.NS + "enrollmentType_ESTIMATED", one(record, TK.enrollmentType).getURI());
        assertEquals(XSDDatatype.XSDdate.getURI(), literal(record, TK.startDate).getDatatypeURI());
        assertEquals("2025-09-01", literal(record, TK.startDate).getLexicalForm());
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), literal(record, TK.completionDate).getDatatypeURI());
        assertEquals(Set.of("consolidation", "PD-1"), strings(trial, TK.keyword));
        assertEquals(Set.of("CN"), strings(trial, TK.countryCode));
        assertEquals(Set.of("Hong Kong SAR"), strings(trial, TK.countryText));
        assertEquals(Set.of("Esophageal Squamous Cell Carcinoma", "Esophageal Cancer"),
                m.listObjectsOfProperty(trial, TK.condition).toList().stream()
                        .map(c -> literal(c.asResource(), RDFS.label).getString()).collect(Collectors.toSet()));
    }

    @Test
    void numbersPartsUnderTheRecordAndLinksArmsToInterventionsByName() {
        String rec = record.getURI();
        Resource arm1 = m.getResource(rec + "/arm/1");
        Resource tori = m.getResource(rec + "/intervention/1");
        assertTrue(m.contains(trial, TK.arm, arm1));
        assertEquals("Toripalimab + capecitabine", literal(arm1, RDFS.label).getString());
        assertEquals(TK.armType("EXPERIMENTAL").orElseThrow(), one(arm1, TK.armType));
        assertTrue(m.contains(arm1, TK.armIntervention, tori), "arm links 'Drug: Toripalimab' to Toripalimab");
        assertTrue(m.contains(arm1, TK.armIntervention, m.getResource(rec + "/intervention/2")));
        assertFalse(m.contains(arm1, TK.armIntervention, m.getResource(rec + "/intervention/3")));
        assertTrue(m.contains(tori, TK.inArm, arm1));
        assertEquals(Set.of("JS001", "Tuoyi"), strings(tori, TK.otherName));
        assertEquals(TK.interventionType("DRUG").orElseThrow(), one(tori, TK.interventionType));
    }

    @Test
    void writesSponsorshipsPeopleSitesOutcomesAndReferences() {
        Resource lead = m.getResource(record.getURI() + "/sponsor/1");
        assertEquals(TK.sponsorRole("LEAD").orElseThrow(), one(lead, TK.role));
        Resource org = one(lead, TK.organization);
        assertTrue(m.contains(org, RDF.type, TK.Organization));
        assertEquals("Sun Yat-sen University", literal(org, RDFS.label).getString());
        assertEquals(TK.ID + "org/sen-sun-university-yat", org.getURI(), "the organisation's IRI is its name's key");
        assertEquals("Sun Yat-sen University", literal(lead, TK.organizationName).getString());
        assertEquals(TK.NS + "agencyClass_OTHER", one(org, TK.agencyClass).getURI());
        assertEquals("PRINCIPAL_INVESTIGATOR", literal(one(record, TK.responsibleParty), TK.partyType).getString());
        assertEquals("Li Wei", literal(one(trial, TK.investigator), RDFS.label).getString());
        Resource site1 = m.getResource(record.getURI() + "/site/1");
        assertTrue(one(site1, TK.organization).getURI().startsWith(TK.ID + "org/"), "a site's facility is an organisation");
        assertEquals("CN", literal(site1, TK.countryCode).getString());
        assertEquals("510060", literal(site1, TK.postalCode).getString());
        assertEquals(TK.status("RECRUITING").orElseThrow(), one(site1, TK.siteStatus));
        assertEquals(XSDDatatype.XSDdecimal.getURI(), literal(site1, TK.latitude).getDatatypeURI());
        Resource site2 = m.getResource(record.getURI() + "/site/2");
        assertEquals("Hong Kong SAR", literal(site2, TK.countryText).getString());
        assertEquals("Recruiting soon", literal(site2, TK.siteStatusText).getString());
        Resource out1 = m.getResource(record.getURI() + "/outcome/1");
        assertEquals(TK.outcomeKind("PRIMARY").orElseThrow(), one(out1, TK.outcomeKind));
        assertEquals("3 years", literal(out1, TK.timeFrame).getString());
        Resource ref = one(trial, TK.reference);
        assertEquals("31234567", literal(ref, TK.pmid).getString());
        assertEquals("10.1000/xyz123", literal(ref, TK.doi).getString());
        Resource elig = one(record, TK.eligibility);
        assertFalse(literal(elig, TK.healthyVolunteers).getBoolean());
        assertEquals(TK.NS + "sex_ALL", one(elig, TK.sex).getURI());
        assertEquals("D000077277", literal(one(trial, TK.meshHeading), TK.meshId).getString());
    }

    @Test
    void writesDrugMentionsAndDrugShortcuts() {
        Resource js001 = m.getResource(record.getURI() + "/mention/1");
        assertEquals("JS001", literal(js001, TK.text).getString());
        assertEquals("code-variant", literal(js001, TK.method).getString());
        assertEquals("0.95", literal(js001, TK.confidence).getLexicalForm());
        assertEquals("intervention[0].otherNames", literal(js001, TK.sourceField).getString());
        assertEquals(5, literal(js001, TK.spanEnd).getInt());
        assertEquals(Records.TORIPALIMAB, one(js001, TK.concept).getURI());
        assertEquals(Set.of(Records.TORIPALIMAB, Records.CAPECITABINE, Records.CISPLATIN, Records.CARBOPLATIN),
                strings(trial, TK.usesDrug));
        assertEquals(Set.of(Records.PD1), strings(trial, TK.usesDrugClass));
        Resource unresolved = m.getResource(record.getURI() + "/mention/4");
        assertFalse(m.contains(unresolved, TK.concept));
        assertEquals("XYZ-999", literal(unresolved, TK.text).getString());
    }

    @Test
    void writesRegimenComponentsWithDosesDurationsAndAlternatives() {
        String rec = record.getURI();
        Resource tori = m.getResource(rec + "/regimen/1");
        assertTrue(m.contains(tori, RDF.type, TK.DrugAdministration));
        assertTrue(m.contains(tori, RDF.type, TK.RegimenComponent));
        assertEquals("240.0", literal(tori, TK.doseMin).getLexicalForm());
        assertEquals(XSDDatatype.XSDdecimal.getURI(), literal(tori, TK.doseMax).getDatatypeURI());
        assertEquals("mg", literal(tori, TK.unit).getString());
        assertEquals("P21D", literal(tori, TK.interval).getLexicalForm());
        assertEquals(XSDDatatype.XSDduration.getURI(), literal(tori, TK.interval).getDatatypeURI());
        assertEquals("P3W", literal(tori, TK.intervalText).getString());
        assertEquals("P1Y", literal(tori, TK.maxDuration).getLexicalForm());
        assertFalse(m.contains(tori, TK.maxDurationText), "P1Y is already an xsd:duration");
        assertEquals(m.getResource(rec + "/arm/1"), one(tori, TK.inArm));
        assertEquals(Records.TORIPALIMAB, one(tori, TK.drug).getURI());
        Resource cape = m.getResource(rec + "/regimen/2");
        assertEquals("800.0", literal(cape, TK.doseMin).getLexicalForm());
        assertEquals("1000.0", literal(cape, TK.doseMax).getLexicalForm());
        assertEquals(2, literal(cape, TK.timesPerDay).getInt());
        assertEquals("6.0", literal(cape, TK.cyclesMax).getLexicalForm());
        Resource cis = m.getResource(rec + "/regimen/3");
        Resource carbo = m.getResource(rec + "/regimen/4");
        assertTrue(m.contains(cis, TK.alternativeTo, carbo));
        assertTrue(m.contains(carbo, TK.alternativeTo, cis));
        assertEquals(one(cis, TK.alternativeGroup), one(carbo, TK.alternativeGroup));
        Resource rt = m.getResource(rec + "/regimen/5");
        assertTrue(m.contains(rt, RDF.type, TK.RadiotherapyCourse));
        assertEquals("50.4", literal(rt, TK.totalDoseMin).getLexicalForm());
        assertEquals("28.0", literal(rt, TK.fractionsMax).getLexicalForm());
        assertEquals("1.8", literal(rt, TK.dosePerFraction).getLexicalForm());
        assertEquals("IMRT", literal(rt, TK.technique).getString());
        assertFalse(m.contains(rt, TK.duration), "a range of durations is no xsd:duration");
        assertEquals("P5W/P5.5W", literal(rt, TK.durationText).getString());
    }

    @Test
    void mapsTheSameRecordToTheSameGraph() {
        MappedRecord again = mapper.map(Records.rich());
        assertTrue(again.graph().isIsomorphicWith(mapped.graph()));
        assertEquals(mapped.graph().size(), again.graph().size());
        assertEquals(mapped.graphName(), again.graphName());
    }

    @Test
    void mintsADocumentIriForARecordWithoutRegistryId() {
        Source src = new Source("pages/x.pdf", "pdf", Records.HASH, "");
        MappedRecord doc = mapper.map(TrialRecord.builder(src).title("A prose summary").build());
        assertEquals(TK.ID + "trial/doc/a1b2c3d4e5f60718", doc.trial().getURI());
        assertFalse(doc.graph().contains(doc.trial(), TK.identifier.asNode(), org.apache.jena.graph.Node.ANY));
    }
}
