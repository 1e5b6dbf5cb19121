package org.trialkg.vocab;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * A SKOS concept scheme of enumerated values, the ClinicalTrials.gov API v2 enumerations: each value is a concept
 * {@code tk:<property>_<VALUE>} with that value as its {@code skos:notation}.
 */
public enum Enumeration {
    PHASE("phase", "Phases", List.of("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA")),
    STATUS("status", "Statuses", List.of("NOT_YET_RECRUITING", "RECRUITING", "ENROLLING_BY_INVITATION",
            "ACTIVE_NOT_RECRUITING", "SUSPENDED", "TERMINATED", "COMPLETED", "WITHDRAWN", "UNKNOWN", "WITHHELD",
            "NO_LONGER_AVAILABLE", "AVAILABLE", "APPROVED_FOR_MARKETING", "TEMPORARILY_NOT_AVAILABLE")),
    STUDY_TYPE("studyType", "StudyTypes", List.of("INTERVENTIONAL", "OBSERVATIONAL", "EXPANDED_ACCESS")),
    ALLOCATION("allocation", "Allocations", List.of("RANDOMIZED", "NON_RANDOMIZED", "NA")),
    INTERVENTION_MODEL("interventionModel", "InterventionModels",
            List.of("SINGLE_GROUP", "PARALLEL", "CROSSOVER", "FACTORIAL", "SEQUENTIAL")),
    PURPOSE("purpose", "Purposes", List.of("TREATMENT", "PREVENTION", "DIAGNOSTIC", "ECT", "SUPPORTIVE_CARE",
            "SCREENING", "HEALTH_SERVICES_RESEARCH", "BASIC_SCIENCE", "DEVICE_FEASIBILITY", "OTHER")),
    MASKING("masking", "Maskings", List.of("NONE", "SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE")),
    ARM_TYPE("armType", "ArmTypes", List.of("EXPERIMENTAL", "ACTIVE_COMPARATOR", "PLACEBO_COMPARATOR",
            "SHAM_COMPARATOR", "NO_INTERVENTION", "OTHER")),
    INTERVENTION_TYPE("interventionType", "InterventionTypes", List.of("BEHAVIORAL", "BIOLOGICAL",
            "COMBINATION_PRODUCT", "DEVICE", "DIAGNOSTIC_TEST", "DIETARY_SUPPLEMENT", "DRUG", "GENETIC", "PROCEDURE",
            "RADIATION", "OTHER")),
    SPONSOR_ROLE("role", "SponsorRoles", List.of("LEAD", "COLLABORATOR")),
    AGENCY_CLASS("agencyClass", "AgencyClasses", List.of("NIH", "FED", "OTHER_GOV", "INDIV", "INDUSTRY", "NETWORK",
            "AMBIG", "OTHER", "UNKNOWN")),
    OUTCOME_KIND("outcomeKind", "OutcomeKinds", List.of("PRIMARY", "SECONDARY", "OTHER")),
    SEX("sex", "Sexes", List.of("ALL", "FEMALE", "MALE")),
    ENROLLMENT_TYPE("enrollmentType", "EnrollmentTypes", List.of("ACTUAL", "ESTIMATED")),
    // Registry notations are the lower-case slugs used in trial IRIs, not API values.
    REGISTRY("registry", "Registries", List.of("nct", "chictr", "ctis", "euctr", "isrctn", "ctri", "jprn", "drks",
            "actrn", "irct", "ntr", "kct", "tctr", "pactr", "rebec", "slctr", "lbctr", "rpcec", "per", "itmctr", "other"));

    private final String property;
    private final Resource scheme;
    private final List<String> values;

    Enumeration(String property, String scheme, List<String> values) {
        this.property = property;
        this.scheme = ResourceFactory.createResource(TK.NS + scheme);
        this.values = values;
    }

    /** The concept scheme. */
    public Resource scheme() {
        return scheme;
    }

    /** The enumeration values, in the registry's order. */
    public List<String> notations() {
        return values;
    }

    /** The property linking a node to a concept of this scheme. */
    public Property property() {
        return ResourceFactory.createProperty(TK.NS + property);
    }

    /** The property that holds a value which is in no scheme, as written. */
    public Property textProperty() {
        return ResourceFactory.createProperty(TK.NS + property + "Text");
    }

    /** The concept of a value, matched exactly; empty when the value is not in this scheme. */
    public Optional<Resource> concept(String value) {
        if (value == null || !values.contains(value)) {
            return Optional.empty();
        }
        return Optional.of(ResourceFactory.createResource(conceptIri(value)));
    }

    /** The value of a concept of this scheme given its IRI; empty for any other IRI. */
    public Optional<String> notation(String conceptIri) {
        String prefix = TK.NS + property + "_";
        if (conceptIri == null || !conceptIri.startsWith(prefix)) {
            return Optional.empty();
        }
        String v = conceptIri.substring(prefix.length());
        return values.contains(v) ? Optional.of(v) : Optional.empty();
    }

    private String conceptIri(String value) {
        return TK.NS + property + "_" + value;
    }
}
