package org.trialkg.vocab;

import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the trialkg ontology ({@code ontology/trialkg.ttl}) as typed Jena constants, in the manner of Jena's
 * {@code SKOS}; a test keeps them in step with the ontology file.
 *
 * <pre>{@code
 * graph.add(trial, TK.phase.asNode(), TK.phase("PHASE3").orElseThrow().asNode());
 * }</pre>
 */
public final class TK {
    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/trialkg/ns#";
    /** Base of the IRIs of data: trials, records, drugs. */
    public static final String ID = "https://w3id.org/trialkg/id/";
    /** Classpath location of the ontology. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/trialkg.ttl";
    /** Classpath location of the SHACL shapes. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";
    /** Classpath location of the drug scheme the project ships. */
    public static final String DRUGS_RESOURCE = "/ontology/drugs.ttl";

    /** PROV-O terms the mapper uses; Jena has no constants for them. */
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV_NS + "wasDerivedFrom");

    // Classes
    public static final Resource Trial = resource("Trial");
    public static final Resource RegistryRecord = resource("RegistryRecord");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource ValueSource = resource("ValueSource");
    public static final Resource Identifier = resource("Identifier");
    public static final Resource Arm = resource("Arm");
    public static final Resource Intervention = resource("Intervention");
    public static final Resource DrugMention = resource("DrugMention");
    public static final Resource Drug = resource("Drug");
    public static final Resource DrugClass = resource("DrugClass");
    public static final Resource RegimenComponent = resource("RegimenComponent");
    public static final Resource DrugAdministration = resource("DrugAdministration");
    public static final Resource RadiotherapyCourse = resource("RadiotherapyCourse");
    public static final Resource Procedure = resource("Procedure");
    public static final Resource AlternativeGroup = resource("AlternativeGroup");
    public static final Resource Organization = resource("Organization");
    public static final Resource Sponsorship = resource("Sponsorship");
    public static final Resource ResponsibleParty = resource("ResponsibleParty");
    public static final Resource Investigator = resource("Investigator");
    public static final Resource Site = resource("Site");
    public static final Resource Outcome = resource("Outcome");
    public static final Resource Condition = resource("Condition");
    public static final Resource MeshHeading = resource("MeshHeading");
    public static final Resource Eligibility = resource("Eligibility");
    public static final Resource Publication = resource("Publication");
    public static final Resource IdentityLink = resource("IdentityLink");
    public static final Resource CandidateLink = resource("CandidateLink");

    // Concept schemes
    public static final Resource Phases = resource("Phases");
    public static final Resource Statuses = resource("Statuses");
    public static final Resource StudyTypes = resource("StudyTypes");
    public static final Resource Allocations = resource("Allocations");
    public static final Resource InterventionModels = resource("InterventionModels");
    public static final Resource Purposes = resource("Purposes");
    public static final Resource Maskings = resource("Maskings");
    public static final Resource ArmTypes = resource("ArmTypes");
    public static final Resource InterventionTypes = resource("InterventionTypes");
    public static final Resource SponsorRoles = resource("SponsorRoles");
    public static final Resource AgencyClasses = resource("AgencyClasses");
    public static final Resource OutcomeKinds = resource("OutcomeKinds");
    public static final Resource Sexes = resource("Sexes");
    public static final Resource EnrollmentTypes = resource("EnrollmentTypes");
    public static final Resource Registries = resource("Registries");

    // Properties
    public static final Property describes = property("describes");
    public static final Property filePath = property("filePath");
    public static final Property valueSource = property("valueSource");
    public static final Property valueField = property("valueField");
    public static final Property sectionHeading = property("sectionHeading");
    public static final Property layout = property("layout");
    public static final Property contentHash = property("contentHash");
    public static final Property recordKey = property("recordKey");
    public static final Property sourceKind = property("sourceKind");
    public static final Property ingestedAt = property("ingestedAt");
    public static final Property identifier = property("identifier");
    public static final Property hasIdentifier = property("hasIdentifier");
    public static final Property otherIdentifier = property("otherIdentifier");
    public static final Property registry = property("registry");
    public static final Property registryText = property("registryText");
    public static final Property idType = property("idType");
    public static final Property idDomain = property("idDomain");
    public static final Property sameTrialAs = property("sameTrialAs");
    public static final Property canonicalTrial = property("canonicalTrial");
    public static final Property relatedTrial = property("relatedTrial");
    public static final Property linkedTrial = property("linkedTrial");
    public static final Property linkScore = property("linkScore");
    public static final Property evidence = property("evidence");
    public static final Property officialTitle = property("officialTitle");
    public static final Property acronym = property("acronym");
    public static final Property briefSummary = property("briefSummary");
    public static final Property detailedDescription = property("detailedDescription");
    public static final Property status = property("status");
    public static final Property statusText = property("statusText");
    public static final Property phase = property("phase");
    public static final Property phaseText = property("phaseText");
    public static final Property studyType = property("studyType");
    public static final Property studyTypeText = property("studyTypeText");
    public static final Property allocation = property("allocation");
    public static final Property allocationText = property("allocationText");
    public static final Property interventionModel = property("interventionModel");
    public static final Property interventionModelText = property("interventionModelText");
    public static final Property purpose = property("purpose");
    public static final Property purposeText = property("purposeText");
    public static final Property masking = property("masking");
    public static final Property maskingText = property("maskingText");
    public static final Property enrollment = property("enrollment");
    public static final Property enrollmentType = property("enrollmentType");
    public static final Property enrollmentTypeText = property("enrollmentTypeText");
    public static final Property startDate = property("startDate");
    public static final Property completionDate = property("completionDate");
    public static final Property lastUpdated = property("lastUpdated");
    public static final Property keyword = property("keyword");
    public static final Property condition = property("condition");
    public static final Property meshHeading = property("meshHeading");
    public static final Property meshId = property("meshId");
    public static final Property meshOf = property("meshOf");
    public static final Property countryCode = property("countryCode");
    public static final Property countryText = property("countryText");
    public static final Property arm = property("arm");
    public static final Property armType = property("armType");
    public static final Property armTypeText = property("armTypeText");
    public static final Property interventionName = property("interventionName");
    public static final Property armIntervention = property("armIntervention");
    public static final Property intervention = property("intervention");
    public static final Property interventionType = property("interventionType");
    public static final Property interventionTypeText = property("interventionTypeText");
    public static final Property otherName = property("otherName");
    public static final Property armLabel = property("armLabel");
    public static final Property inArm = property("inArm");
    public static final Property outcome = property("outcome");
    public static final Property outcomeKind = property("outcomeKind");
    public static final Property outcomeKindText = property("outcomeKindText");
    public static final Property measure = property("measure");
    public static final Property timeFrame = property("timeFrame");
    public static final Property eligibility = property("eligibility");
    public static final Property minAge = property("minAge");
    public static final Property maxAge = property("maxAge");
    public static final Property sex = property("sex");
    public static final Property sexText = property("sexText");
    public static final Property healthyVolunteers = property("healthyVolunteers");
    public static final Property criteria = property("criteria");
    public static final Property roleText = property("roleText");
    public static final Property sponsorship = property("sponsorship");
    public static final Property organization = property("organization");
    public static final Property organizationName = property("organizationName");
    public static final Property role = property("role");
    public static final Property agencyClass = property("agencyClass");
    public static final Property agencyClassText = property("agencyClassText");
    public static final Property responsibleParty = property("responsibleParty");
    public static final Property partyType = property("partyType");
    public static final Property investigator = property("investigator");
    public static final Property investigatorRole = property("investigatorRole");
    public static final Property affiliation = property("affiliation");
    public static final Property jobTitle = property("jobTitle");
    public static final Property site = property("site");
    public static final Property facility = property("facility");
    public static final Property city = property("city");
    public static final Property region = property("region");
    public static final Property postalCode = property("postalCode");
    public static final Property siteStatus = property("siteStatus");
    public static final Property siteStatusText = property("siteStatusText");
    public static final Property latitude = property("latitude");
    public static final Property longitude = property("longitude");
    public static final Property reference = property("reference");
    public static final Property pmid = property("pmid");
    public static final Property doi = property("doi");
    public static final Property referenceType = property("referenceType");
    public static final Property drugMention = property("drugMention");
    public static final Property text = property("text");
    public static final Property concept = property("concept");
    public static final Property conceptLabel = property("conceptLabel");
    public static final Property classLevel = property("classLevel");
    public static final Property method = property("method");
    public static final Property confidence = property("confidence");
    public static final Property sourceField = property("sourceField");
    public static final Property spanStart = property("spanStart");
    public static final Property spanEnd = property("spanEnd");
    public static final Property usesDrug = property("usesDrug");
    public static final Property usesDrugClass = property("usesDrugClass");
    /** A drug of a fixed-dose combination or named chemotherapy regimen. */
    public static final Property hasIngredient = property("hasIngredient");
    /** A drug name matched only as a whole intervention name, never in running text (sub-property of skos:hiddenLabel). */
    public static final Property wholeNameLabel = property("wholeNameLabel");
    /** The full-text search property function (see the search module), not a stored property. */
    public static final Property search = property("search");
    public static final Property regimenComponent = property("regimenComponent");
    public static final Property kind = property("kind");
    public static final Property drugText = property("drugText");
    public static final Property drug = property("drug");
    public static final Property doseMin = property("doseMin");
    public static final Property doseParts = property("doseParts");
    public static final Property doseMax = property("doseMax");
    public static final Property unit = property("unit");
    public static final Property route = property("route");
    public static final Property days = property("days");
    public static final Property interval = property("interval");
    public static final Property intervalText = property("intervalText");
    public static final Property timesPerDay = property("timesPerDay");
    public static final Property cyclesMin = property("cyclesMin");
    public static final Property cyclesMax = property("cyclesMax");
    public static final Property maxDuration = property("maxDuration");
    public static final Property maxDurationText = property("maxDurationText");
    public static final Property treatmentPhase = property("treatmentPhase");
    public static final Property alternativeGroup = property("alternativeGroup");
    public static final Property alternativeTo = property("alternativeTo");
    public static final Property totalDoseMin = property("totalDoseMin");
    public static final Property totalDoseMax = property("totalDoseMax");
    public static final Property fractionsMin = property("fractionsMin");
    public static final Property fractionsMax = property("fractionsMax");
    public static final Property dosePerFraction = property("dosePerFraction");
    public static final Property duration = property("duration");
    public static final Property durationText = property("durationText");
    public static final Property technique = property("technique");

    private TK() {
    }

    /** The namespace. */
    public static String getURI() {
        return NS;
    }

    /** The concept of a phase value ({@code PHASE3}); empty when the value is in no scheme. */
    public static Optional<Resource> phase(String value) {
        return Enumeration.PHASE.concept(value);
    }

    public static Optional<Resource> status(String value) {
        return Enumeration.STATUS.concept(value);
    }

    public static Optional<Resource> studyType(String value) {
        return Enumeration.STUDY_TYPE.concept(value);
    }

    public static Optional<Resource> allocation(String value) {
        return Enumeration.ALLOCATION.concept(value);
    }

    public static Optional<Resource> interventionModel(String value) {
        return Enumeration.INTERVENTION_MODEL.concept(value);
    }

    public static Optional<Resource> purpose(String value) {
        return Enumeration.PURPOSE.concept(value);
    }

    public static Optional<Resource> masking(String value) {
        return Enumeration.MASKING.concept(value);
    }

    public static Optional<Resource> armType(String value) {
        return Enumeration.ARM_TYPE.concept(value);
    }

    public static Optional<Resource> interventionType(String value) {
        return Enumeration.INTERVENTION_TYPE.concept(value);
    }

    public static Optional<Resource> sponsorRole(String value) {
        return Enumeration.SPONSOR_ROLE.concept(value);
    }

    public static Optional<Resource> outcomeKind(String value) {
        return Enumeration.OUTCOME_KIND.concept(value);
    }

    /** The concept of a registry by its slug ({@code nct}, {@code chictr}). */
    public static Optional<Resource> registry(String slug) {
        return Enumeration.REGISTRY.concept(slug);
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
