package org.trialkg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.rdf.TrialCard.ArmCard;
import org.trialkg.rdf.TrialCard.DoseCard;
import org.trialkg.rdf.TrialCard.DrugCard;
import org.trialkg.rdf.TrialCard.EligibilityCard;
import org.trialkg.rdf.TrialCard.InterventionCard;
import org.trialkg.rdf.TrialCard.InvestigatorCard;
import org.trialkg.rdf.TrialCard.OtherIdCard;
import org.trialkg.rdf.TrialCard.OutcomeCard;
import org.trialkg.rdf.TrialCard.ReferenceCard;
import org.trialkg.rdf.TrialCard.RegimenCard;
import org.trialkg.rdf.TrialCard.ResponsiblePartyCard;
import org.trialkg.rdf.TrialCard.SiteCard;
import org.trialkg.rdf.TrialCard.SponsorCard;
import org.trialkg.vocab.Enumeration;
import org.trialkg.vocab.TK;

/** Reads the parts of a trial (arms, drugs, regimens, sponsors, ...) into cards; equal parts of two records merge. */
final class PartReader {
    private final GraphReader g;

    PartReader(GraphReader g) {
        this.g = g;
    }

    private <T> List<T> each(List<Node> cluster, Property p, Function<Node, T> card) {
        Set<T> out = new LinkedHashSet<>();
        for (Node t : cluster) {
            for (Node n : g.objects(t, p)) {
                out.add(card.apply(n));
            }
        }
        return new ArrayList<>(out);
    }

    List<String> labels(List<Node> cluster, Property p) {
        return each(cluster, p, n -> g.string(n, RDFS.label));
    }

    List<TrialCard.MeshCard> meshTerms(List<Node> cluster) {
        return each(cluster, TK.meshHeading, n -> new TrialCard.MeshCard(g.string(n, RDFS.label),
                g.string(n, TK.meshId), g.string(n, TK.meshOf)));
    }

    List<OtherIdCard> otherIds(List<Node> cluster) {
        return each(cluster, TK.otherIdentifier, n -> new OtherIdCard(g.string(n, TK.identifier),
                g.string(n, TK.idType), g.string(n, TK.idDomain)));
    }

    List<ArmCard> arms(List<Node> cluster) {
        return each(cluster, TK.arm, n -> new ArmCard(g.string(n, RDFS.label), g.enumerated(n, Enumeration.ARM_TYPE),
                g.string(n, DCTerms.description), g.strings(n, TK.interventionName)));
    }

    List<InterventionCard> interventions(List<Node> cluster) {
        return each(cluster, TK.intervention, n -> new InterventionCard(g.enumerated(n, Enumeration.INTERVENTION_TYPE),
                g.string(n, RDFS.label), g.string(n, DCTerms.description), g.strings(n, TK.otherName)));
    }

    /**
     * One card per drug concept (named by its skos:prefLabel when the drug scheme is loaded, else by the label the
     * mention recorded), with its classes (skos:broader); unresolved mentions get a card of their own text.
     */
    List<DrugCard> drugs(List<Node> cluster) {
        Map<String, String> iris = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> mentions = new LinkedHashMap<>();
        for (Node t : cluster) {
            for (Node m : g.objects(t, TK.drugMention)) {
                String text = g.string(m, TK.text);
                Node concept = g.first(m, TK.concept).orElse(null);
                String key = concept != null ? concept.getURI() : "text:" + text.toLowerCase(Locale.ROOT);
                iris.putIfAbsent(key, concept != null ? concept.getURI() : null);
                names.putIfAbsent(key, g.drugName(concept, g.string(m, TK.conceptLabel), text));
                mentions.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(text);
            }
        }
        List<DrugCard> out = new ArrayList<>();
        for (String key : iris.keySet()) {
            String iri = iris.get(key);
            List<String> classes = new ArrayList<>();
            if (iri != null) {
                for (Node b : g.objects(NodeFactory.createURI(iri), SKOS.broader)) {
                    String label = g.prefLabel(b);
                    if (label != null && !classes.contains(label)) {
                        classes.add(label);
                    }
                }
            }
            out.add(new DrugCard(iri, names.get(key), classes, new ArrayList<>(mentions.get(key))));
        }
        return out;
    }

    List<RegimenCard> regimens(List<Node> cluster) {
        return each(cluster, TK.regimenComponent, n -> {
            List<String> alternatives = new ArrayList<>();
            for (Node a : g.objects(n, TK.alternativeTo)) {
                String d = g.string(a, TK.drugText);
                alternatives.add(d != null ? d : g.string(a, TK.text));
            }
            Node concept = g.first(n, TK.drug).orElse(null);
            String written = g.string(n, TK.drugText);
            String name = concept == null || written == null ? written : g.drugName(concept, null, written);
            return RegimenCard.builder()
                    .arm(g.string(n, TK.armLabel))
                    .kind(g.string(n, TK.kind))
                    .drug(name)
                    .drugAsWritten(written)
                    .drugIri(concept == null ? null : concept.getURI())
                    .dose(dose(n, TK.doseMin, TK.doseMax))
                    .doseParts(g.string(n, TK.doseParts))
                    .unit(g.string(n, TK.unit))
                    .route(g.string(n, TK.route))
                    .days(g.string(n, TK.days))
                    .interval(asWritten(n, TK.interval, TK.intervalText))
                    .timesPerDay(g.integer(n, TK.timesPerDay))
                    .cycles(dose(n, TK.cyclesMin, TK.cyclesMax))
                    .maxDuration(asWritten(n, TK.maxDuration, TK.maxDurationText))
                    .treatmentPhase(g.string(n, TK.treatmentPhase))
                    .alternativeTo(alternatives)
                    .totalDose(dose(n, TK.totalDoseMin, TK.totalDoseMax))
                    .fractions(dose(n, TK.fractionsMin, TK.fractionsMax))
                    .dosePerFraction(g.decimal(n, TK.dosePerFraction))
                    .duration(asWritten(n, TK.duration, TK.durationText))
                    .technique(g.string(n, TK.technique))
                    .text(g.string(n, TK.text))
                    .build();
        });
    }

    List<SponsorCard> sponsors(List<Node> cluster) {
        return each(cluster, TK.sponsorship, n -> {
            Node org = g.first(n, TK.organization).orElse(null);
            // a record mapped before organisations were shared has no name on the sponsorship: its node's label is it
            String written = g.string(n, TK.organizationName);
            return new SponsorCard(written != null || org == null ? written : g.string(org, RDFS.label),
                    g.enumerated(n, Enumeration.SPONSOR_ROLE),
                    org == null ? null : g.enumerated(org, Enumeration.AGENCY_CLASS),
                    org == null || !org.isURI() ? null : org.getURI(), org == null ? null : g.organisationName(org));
        });
    }

    ResponsiblePartyCard responsibleParty(List<Node> cluster) {
        List<ResponsiblePartyCard> all = each(cluster, TK.responsibleParty, n -> new ResponsiblePartyCard(
                g.string(n, TK.partyType), g.string(n, RDFS.label), g.string(n, TK.jobTitle),
                g.string(n, TK.affiliation)));
        return all.isEmpty() ? null : all.get(0);
    }

    List<InvestigatorCard> investigators(List<Node> cluster) {
        return each(cluster, TK.investigator, n -> new InvestigatorCard(g.string(n, RDFS.label),
                g.string(n, TK.investigatorRole), g.string(n, TK.affiliation), g.string(n, TK.jobTitle)));
    }

    List<SiteCard> sites(List<Node> cluster) {
        return each(cluster, TK.site, n -> {
            String country = g.string(n, TK.countryCode);
            List<String> status = g.enumerated(n, Enumeration.STATUS, TK.siteStatus, TK.siteStatusText);
            return new SiteCard(g.string(n, TK.facility), g.string(n, TK.city), g.string(n, TK.region),
                    g.string(n, TK.postalCode), country != null ? country : g.string(n, TK.countryText),
                    status.isEmpty() ? null : status.get(0));
        });
    }

    EligibilityCard eligibility(List<Node> cluster) {
        List<EligibilityCard> all = each(cluster, TK.eligibility, n -> new EligibilityCard(g.string(n, TK.minAge),
                g.string(n, TK.maxAge), g.enumerated(n, Enumeration.SEX), g.bool(n, TK.healthyVolunteers),
                g.string(n, TK.criteria)));
        return all.isEmpty() ? null : all.get(0);
    }

    List<OutcomeCard> outcomes(List<Node> cluster) {
        return each(cluster, TK.outcome, n -> new OutcomeCard(g.enumerated(n, Enumeration.OUTCOME_KIND),
                g.string(n, TK.measure), g.string(n, DCTerms.description), g.string(n, TK.timeFrame)));
    }

    List<ReferenceCard> references(List<Node> cluster) {
        return each(cluster, TK.reference, n -> new ReferenceCard(g.string(n, TK.pmid), g.string(n, TK.doi),
                g.string(n, DCTerms.bibliographicCitation), g.string(n, TK.referenceType)));
    }

    private DoseCard dose(Node n, Property min, Property max) {
        Double lo = g.decimal(n, min);
        Double hi = g.decimal(n, max);
        if (lo == null && hi == null) {
            return null;
        }
        return lo != null && lo.equals(hi) ? new DoseCard(lo, null, null) : new DoseCard(null, lo, hi);
    }

    private String asWritten(Node n, Property typed, Property text) {
        String t = g.string(n, text);
        return t != null ? t : g.string(n, typed);
    }
}
