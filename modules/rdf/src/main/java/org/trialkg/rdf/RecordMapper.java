package org.trialkg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.trialkg.model.Arm;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Intervention;
import org.trialkg.model.Investigator;
import org.trialkg.model.MeshTerm;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Reference;
import org.trialkg.model.RegistryId;
import org.trialkg.model.ResponsibleParty;
import org.trialkg.model.Site;
import org.trialkg.model.Source;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;
import org.trialkg.model.ValueSource;
import org.trialkg.vocab.Enumeration;
import org.trialkg.vocab.TK;

/**
 * Turns one {@link TrialRecord} into the triples of its named graph: the registry record and its source document,
 * the trial with every field of the record, and the record's parts as nodes under the record's IRI.
 *
 * <pre>{@code
 * MappedRecord m = new RecordMapper().map(record);
 * dataset.addNamedModel(m.graphName().getURI(), ModelFactory.createModelForGraph(m.graph()));
 * }</pre>
 */
public final class RecordMapper {
    static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    // CT.gov arms list interventions as "Drug: Toripalimab" while the intervention itself is named "Toripalimab".
    private static final Pattern TYPE_PREFIX = Pattern.compile("^[A-Za-z ]+:\\s*");

    private final DrugMapper drugs = new DrugMapper();

    /** Maps a record; the output depends only on the record, so mapping it again gives the same graph. */
    public MappedRecord map(TrialRecord r) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        GraphWriter w = new GraphWriter(graph);
        Source src = r.source();
        String recordIri = Iris.record(r);
        Node record = w.node(recordIri, TK.RegistryRecord);
        Node trial = w.node(Iris.trial(r), TK.Trial);
        Node doc = w.node(Iris.sourceDocument(src), TK.SourceDocument);
        w.add(record, TK.wasDerivedFrom, doc);
        w.text(doc, TK.filePath, src.file());
        w.text(record, TK.layout, src.layout());
        w.text(record, TK.contentHash, src.contentHash());
        w.add(record, TK.recordKey, Literals.string(src.recordKey()));
        w.text(record, TK.sourceKind, src.kind().slug());
        w.add(record, TK.describes, trial);

        identity(r, w, recordIri, trial);
        // the single-valued facts are the record's own; the trial's one value of each is in its view (TrialView)
        recordFacts(r, w, record);
        trialFields(r, w, trial);
        Map<String, Node> arms = arms(r, w, recordIri, trial);
        parties(r, w, recordIri, trial, record);
        people(r, w, recordIri, trial, record);
        sites(r, w, recordIri, trial);
        results(r, w, recordIri, trial);
        drugs.mentions(r.drugMentions(), w, recordIri, trial);
        drugs.regimens(r.regimens(), w, recordIri, trial, arms);
        valueSources(r, w, recordIri, record);
        return new MappedRecord(record, trial, graph);
    }

    /** Where each value read from a document was read: the field, the value, the section heading and the span. */
    private static void valueSources(TrialRecord r, GraphWriter w, String recordIri, Node record) {
        List<ValueSource> sources = r.valueSources();
        for (int i = 0; i < sources.size(); i++) {
            ValueSource v = sources.get(i);
            Node n = w.node(Iris.child(recordIri, "value-source", i + 1), TK.ValueSource);
            w.add(record, TK.valueSource, n);
            w.text(n, TK.valueField, v.field());
            w.text(n, TK.text, v.value());
            w.text(n, TK.sectionHeading, v.section());
            w.add(n, TK.spanStart, Literals.integer(v.start()));
            w.add(n, TK.spanEnd, Literals.integer(v.end()));
        }
    }

    private static void identity(TrialRecord r, GraphWriter w, String recordIri, Node trial) {
        List<RegistryId> ids = r.ids();
        for (int i = 0; i < ids.size(); i++) {
            RegistryId id = ids.get(i);
            w.text(trial, TK.identifier, id.value());
            Node idNode = w.node(Iris.child(recordIri, "id", i + 1), TK.Identifier);
            w.add(trial, TK.hasIdentifier, idNode);
            w.text(idNode, TK.identifier, id.value());
            w.enumerated(idNode, Enumeration.REGISTRY, id.registry().slug());
            if (i > 0) {
                // A record registered under two IDs (an NCT and a EudraCT number) names one trial twice.
                sameTrial(w, trial, id);
            }
        }
        List<OtherId> others = r.otherIds();
        for (int i = 0; i < others.size(); i++) {
            OtherId o = others.get(i);
            Node n = w.node(Iris.child(recordIri, "other-id", i + 1), TK.Identifier);
            w.add(trial, TK.otherIdentifier, n);
            w.text(n, TK.identifier, o.value());
            w.text(n, TK.idType, o.type());
            w.text(n, TK.idDomain, o.domain());
            o.registryId().ifPresent(id -> w.enumerated(n, Enumeration.REGISTRY, id.registry().slug()));
        }
        for (RegistryId id : r.secondaryRegistryIds()) {
            sameTrial(w, trial, id);
        }
        for (RegistryId id : r.related()) {
            Node other = GraphWriter.iri(Iris.trial(id));
            w.add(trial, TK.relatedTrial, other);
            w.text(other, TK.identifier, id.value());
        }
    }

    // The other IRI carries its ID so that the trial can be found and shown by it; it is not typed tk:Trial
    // because no record in this graph describes it.
    private static void sameTrial(GraphWriter w, Node trial, RegistryId id) {
        Node other = GraphWriter.iri(Iris.trial(id));
        if (!other.equals(trial)) {
            w.add(trial, TK.sameTrialAs, other);
            w.text(other, TK.identifier, id.value());
        }
    }

    private static void recordFacts(TrialRecord r, GraphWriter w, Node record) {
        w.text(record, DCTerms.title, r.title());
        w.text(record, TK.officialTitle, r.officialTitle());
        w.text(record, TK.acronym, r.acronym());
        w.enumerated(record, Enumeration.STATUS, r.status());
        for (String phase : r.phases()) {
            w.enumerated(record, Enumeration.PHASE, phase);
        }
        w.enumerated(record, Enumeration.STUDY_TYPE, r.studyType());
        w.enumerated(record, Enumeration.ALLOCATION, r.design().allocation());
        w.enumerated(record, Enumeration.INTERVENTION_MODEL, r.design().model());
        w.enumerated(record, Enumeration.PURPOSE, r.design().purpose());
        w.enumerated(record, Enumeration.MASKING, r.design().masking());
        if (r.enrollment() != null) {
            w.add(record, TK.enrollment, Literals.integer(r.enrollment().count()));
            w.enumerated(record, Enumeration.ENROLLMENT_TYPE, r.enrollment().type());
        }
        w.optional(record, TK.startDate, Literals.partialDate(r.startDate()));
        w.optional(record, TK.completionDate, Literals.partialDate(r.completionDate()));
        if (r.lastUpdated() != null) {
            w.add(record, TK.lastUpdated, Literals.partialDate(r.lastUpdated())
                    .orElseGet(() -> Literals.string(r.lastUpdated())));
        }
        w.text(record, TK.briefSummary, r.briefSummary());
        w.text(record, TK.detailedDescription, r.detailedDescription());
    }

    private static void trialFields(TrialRecord r, GraphWriter w, Node trial) {
        for (String k : r.keywords()) {
            w.text(trial, TK.keyword, k);
        }
        for (String c : r.countries()) {
            w.text(trial, COUNTRY_CODE.matcher(c).matches() ? TK.countryCode : TK.countryText, c);
        }
    }

    private static Map<String, Node> arms(TrialRecord r, GraphWriter w, String recordIri, Node trial) {
        List<String> conditions = r.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            Node c = w.node(Iris.child(recordIri, "condition", i + 1), TK.Condition);
            w.add(trial, TK.condition, c);
            w.text(c, RDFS.label, conditions.get(i));
        }
        List<MeshTerm> mesh = r.meshTerms();
        for (int i = 0; i < mesh.size(); i++) {
            MeshTerm m = mesh.get(i);
            Node n = w.node(Iris.child(recordIri, "mesh", i + 1), TK.MeshHeading);
            w.add(trial, TK.meshHeading, n);
            w.text(n, RDFS.label, m.term());
            w.text(n, TK.meshId, m.id());
            w.text(n, TK.meshOf, m.of());
        }
        Map<String, Node> interventions = new HashMap<>();
        List<Intervention> ivs = r.interventions();
        for (int i = 0; i < ivs.size(); i++) {
            Intervention iv = ivs.get(i);
            Node n = w.node(Iris.child(recordIri, "intervention", i + 1), TK.Intervention);
            w.add(trial, TK.intervention, n);
            w.text(n, RDFS.label, iv.name());
            w.enumerated(n, Enumeration.INTERVENTION_TYPE, iv.type());
            w.text(n, DCTerms.description, iv.description());
            iv.otherNames().forEach(o -> w.text(n, TK.otherName, o));
            interventions.putIfAbsent(key(iv.name()), n);
        }
        Map<String, Node> arms = new HashMap<>();
        List<Arm> armList = r.arms();
        for (int i = 0; i < armList.size(); i++) {
            Arm a = armList.get(i);
            Node n = w.node(Iris.child(recordIri, "arm", i + 1), TK.Arm);
            w.add(trial, TK.arm, n);
            w.text(n, RDFS.label, a.label());
            w.enumerated(n, Enumeration.ARM_TYPE, a.type());
            w.text(n, DCTerms.description, a.description());
            for (String name : a.interventions()) {
                w.text(n, TK.interventionName, name);
                Node iv = interventions.get(key(name));
                if (iv != null) {
                    w.add(n, TK.armIntervention, iv);
                }
            }
            arms.putIfAbsent(armKey(a.label()), n);
        }
        for (int i = 0; i < ivs.size(); i++) {
            Node n = GraphWriter.iri(Iris.child(recordIri, "intervention", i + 1));
            for (String label : ivs.get(i).armLabels()) {
                w.text(n, TK.armLabel, label);
                Node arm = arms.get(armKey(label));
                if (arm != null) {
                    w.add(n, TK.inArm, arm);
                    w.add(arm, TK.armIntervention, n);
                }
            }
        }
        return arms;
    }

    private static void parties(TrialRecord r, GraphWriter w, String recordIri, Node trial, Node record) {
        List<Sponsor> sponsors = r.sponsors();
        for (int i = 0; i < sponsors.size(); i++) {
            Sponsor s = sponsors.get(i);
            String iri = Iris.child(recordIri, "sponsor", i + 1);
            Node sp = w.node(iri, TK.Sponsorship);
            Node org = organisation(w, s.name(), iri + "/organization");
            w.add(trial, TK.sponsorship, sp);
            w.add(sp, TK.organization, org);
            w.text(sp, TK.organizationName, s.name());
            w.enumerated(sp, Enumeration.SPONSOR_ROLE, s.role());
            w.enumerated(org, Enumeration.AGENCY_CLASS, s.agencyClass());
        }
        ResponsibleParty rp = r.responsibleParty();
        if (rp != null) {
            Node n = w.node(Iris.child(recordIri, "responsible-party"), TK.ResponsibleParty);
            w.add(record, TK.responsibleParty, n);
            w.text(n, TK.partyType, rp.type());
            w.text(n, RDFS.label, rp.name());
            w.text(n, TK.jobTitle, rp.title());
            w.text(n, TK.affiliation, rp.affiliation());
        }
    }

    /**
     * The organisation a name belongs to: one node for every record that names it in a spelling with the same key,
     * labelled with this spelling beside the others; a name without letters or digits keeps a node of its own.
     */
    private static Node organisation(GraphWriter w, String name, String ownIri) {
        Node org = w.node(Iris.organisation(name).orElse(ownIri), TK.Organization);
        w.text(org, RDFS.label, name.strip());
        return org;
    }

    private static void people(TrialRecord r, GraphWriter w, String recordIri, Node trial, Node record) {
        List<Investigator> people = r.investigators();
        for (int i = 0; i < people.size(); i++) {
            Investigator p = people.get(i);
            Node n = w.node(Iris.child(recordIri, "investigator", i + 1), TK.Investigator);
            w.add(trial, TK.investigator, n);
            w.text(n, RDFS.label, p.name());
            w.text(n, TK.investigatorRole, p.role());
            w.text(n, TK.affiliation, p.affiliation());
            w.text(n, TK.jobTitle, p.title());
        }
        Eligibility e = r.eligibility();
        if (!e.isEmpty()) {
            Node n = w.node(Iris.child(recordIri, "eligibility"), TK.Eligibility);
            w.add(record, TK.eligibility, n);
            w.text(n, TK.minAge, e.minAge());
            w.text(n, TK.maxAge, e.maxAge());
            w.enumerated(n, Enumeration.SEX, e.sex());
            if (e.healthyVolunteers() != null) {
                w.add(n, TK.healthyVolunteers, Literals.bool(e.healthyVolunteers()));
            }
            w.text(n, TK.criteria, e.criteria());
        }
    }

    private static void sites(TrialRecord r, GraphWriter w, String recordIri, Node trial) {
        List<Site> sites = r.sites();
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            Node n = w.node(Iris.child(recordIri, "site", i + 1), TK.Site);
            w.add(trial, TK.site, n);
            w.text(n, TK.facility, s.facility());
            if (s.facility() != null && !s.facility().isBlank()) {
                w.add(n, TK.organization, organisation(w, s.facility(), Iris.child(recordIri, "site", i + 1)
                        + "/organization"));
            }
            w.text(n, TK.city, s.city());
            w.text(n, TK.region, s.region());
            w.text(n, TK.postalCode, s.zip());
            if (s.country() != null) {
                w.text(n, COUNTRY_CODE.matcher(s.country()).matches() ? TK.countryCode : TK.countryText, s.country());
            }
            w.enumerated(n, Enumeration.STATUS, TK.siteStatus, TK.siteStatusText, s.status());
            if (s.latitude() != null && s.longitude() != null) {
                w.add(n, TK.latitude, Literals.decimal(s.latitude()));
                w.add(n, TK.longitude, Literals.decimal(s.longitude()));
            }
        }
    }

    private static void results(TrialRecord r, GraphWriter w, String recordIri, Node trial) {
        List<Outcome> outcomes = r.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            Node n = w.node(Iris.child(recordIri, "outcome", i + 1), TK.Outcome);
            w.add(trial, TK.outcome, n);
            w.enumerated(n, Enumeration.OUTCOME_KIND, o.kind());
            w.text(n, TK.measure, o.measure());
            w.text(n, DCTerms.description, o.description());
            w.text(n, TK.timeFrame, o.timeFrame());
        }
        List<Reference> refs = r.references();
        for (int i = 0; i < refs.size(); i++) {
            Reference ref = refs.get(i);
            Node n = w.node(Iris.child(recordIri, "reference", i + 1), TK.Publication);
            w.add(trial, TK.reference, n);
            w.text(n, TK.pmid, ref.pmid());
            w.text(n, TK.doi, ref.doi());
            w.text(n, DCTerms.bibliographicCitation, ref.citation());
            w.text(n, TK.referenceType, ref.type());
        }
    }

    static String key(String interventionName) {
        return TYPE_PREFIX.matcher(interventionName.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    static String armKey(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
