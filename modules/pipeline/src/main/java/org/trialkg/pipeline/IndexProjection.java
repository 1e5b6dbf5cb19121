package org.trialkg.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.model.OrganisationNames;
import org.trialkg.rdf.GraphReader;
import org.trialkg.rdf.TrialGroup;
import org.trialkg.search.TrialDocument;
import org.trialkg.vocab.Enumeration;
import org.trialkg.vocab.TK;

/**
 * The search index's view of a trial: what is searchable and faceted, read straight from the graph and merged over
 * every IRI of the trial. It reads any graph: the union of the store, or one record just mapped together with the
 * drug lexicon, so that an ingest builds a trial's document from the record in memory instead of reading the store.
 * It is independent of the trial card (what users read), though both read the graph through {@link GraphReader}.
 *
 * <pre>{@code
 * Optional<TrialDocument> doc = new IndexProjection(unionGraph).project(trialIri);
 * }</pre>
 */
public final class IndexProjection {
    private final GraphReader g;
    private final GraphReader drugNames;

    /** Projects from a graph that holds the trial's records and the drug concepts they use. */
    public IndexProjection(Graph graph) {
        this(graph, graph);
    }

    /**
     * Projects the records of {@code graph}, naming their drug concepts from {@code drugNames} alone (the shipped
     * lexicon and loaded vocabularies as the store holds them, {@link Workspace#concepts()}): the generated names
     * that a store keeps beside its records ({@link ConceptLabels}) are for SPARQL, and leave the search documents
     * as they were without them.
     */
    public IndexProjection(Graph graph, Graph drugNames) {
        this.g = new GraphReader(graph);
        this.drugNames = new GraphReader(drugNames);
    }

    /**
     * The trial's document, under the IRI that stands for its group, with the group's other IRIs (whose documents
     * it replaces); empty when no record describes the trial.
     */
    public Optional<Projected> project(String trialIri) {
        TrialGroup group = TrialGroup.of(g, NodeFactory.createURI(trialIri));
        if (!group.described(g)) {
            return Optional.empty();
        }
        List<Node> t = group.members();
        List<String> otherTitles = present(single(t, n -> g.string(n, TK.officialTitle)),
                single(t, n -> g.string(n, TK.acronym)));
        String summary = String.join("\n\n", present(single(t, n -> g.string(n, TK.briefSummary)),
                single(t, n -> g.string(n, TK.detailedDescription))));
        Set<String> conditions = new LinkedHashSet<>(each(t, TK.condition, n -> g.string(n, RDFS.label)));
        conditions.addAll(strings(t, TK.keyword));
        List<Mesh> mesh = each(t, TK.meshHeading,
                n -> new Mesh(g.string(n, RDFS.label), g.string(n, TK.meshId), g.string(n, TK.meshOf)));
        // The registry's MeSH headings go with the conditions, so that "Lung Neoplasms" finds a trial whose own
        // condition text only says "NSCLC"; a heading the text already has is not counted twice.
        conditions.addAll(absent(conditions, Mesh.terms(mesh, "CONDITION")));
        List<String> interventions = new ArrayList<>();
        for (Arm a : each(t, TK.arm, n -> new Arm(g.string(n, RDFS.label), g.enumerated(n, Enumeration.ARM_TYPE),
                g.string(n, DCTerms.description), g.strings(n, TK.interventionName)))) {
            interventions.addAll(present(a.label(), a.description()));
        }
        for (Intervention i : each(t, TK.intervention, n -> new Intervention(
                g.enumerated(n, Enumeration.INTERVENTION_TYPE), g.string(n, RDFS.label),
                g.string(n, DCTerms.description), g.strings(n, TK.otherName)))) {
            interventions.addAll(present(i.name(), i.description()));
            i.otherNames().forEach(o -> interventions.addAll(present(o)));
        }
        interventions.addAll(absent(interventions, Mesh.terms(mesh, "INTERVENTION")));
        Drugs drugs = drugs(t);
        List<Sponsor> sponsorships = each(t, TK.sponsorship, n -> {
            Node org = g.first(n, TK.organization).orElse(null);
            String written = g.string(n, TK.organizationName);
            String name = written != null || org == null ? written : g.string(org, RDFS.label);
            return new Sponsor(name == null ? null : OrganisationNames.display(name), name);
        });
        // the facet names the organisation by a form of the name that its spellings share (OrganisationNames.display),
        // not by the preferred name among the store's spellings: the ingest projects a record alone, and the value
        // must not depend on which other records were there; the text keeps each record's own spelling as well
        List<String> sponsors = sponsorships.stream().map(Sponsor::organisation).filter(Objects::nonNull)
                .distinct().toList();
        List<String> sponsorSpellings = sponsorships.stream().map(Sponsor::written).filter(Objects::nonNull)
                .distinct().toList();
        List<String> sites = each(t, TK.site, n -> {
            String country = g.string(n, TK.countryCode);
            List<String> status = g.enumerated(n, Enumeration.STATUS, TK.siteStatus, TK.siteStatusText);
            return new Site(g.string(n, TK.facility), g.string(n, TK.city), g.string(n, TK.region),
                    g.string(n, TK.postalCode), country != null ? country : g.string(n, TK.countryText),
                    status.isEmpty() ? null : status.get(0));
        }).stream().map(s -> String.join(", ", present(s.facility(), s.city(), s.region()))).toList();
        Set<String> countries = new LinkedHashSet<>();
        for (Node n : t) {
            countries.addAll(g.strings(n, TK.countryCode));
            countries.addAll(g.strings(n, TK.countryText));
        }
        String eligibility = single(t, n -> g.first(n, TK.eligibility).map(e -> g.string(e, TK.criteria))
                .orElse(null));
        List<String> outcomes = each(t, TK.outcome, n -> new Outcome(g.enumerated(n, Enumeration.OUTCOME_KIND),
                g.string(n, TK.measure), g.string(n, DCTerms.description), g.string(n, TK.timeFrame)))
                .stream().map(o -> String.join(". ", present(o.measure(), o.description(), o.timeFrame()))).toList();
        Set<String> phases = new LinkedHashSet<>();
        t.forEach(n -> phases.addAll(g.enumerated(n, Enumeration.PHASE, TK.phase, TK.phaseText)));
        String start = single(t, n -> g.string(n, TK.startDate));
        List<String> others = t.stream().map(Node::getURI).filter(i -> !i.equals(group.canonical())).toList();
        String acronym = single(t, n -> g.string(n, TK.acronym));
        // sponsor protocol numbers, grant numbers and other registries' IDs as listed, searched as IDs
        List<String> secondaryIds = each(t, TK.otherIdentifier, n -> new OtherId(g.string(n, TK.identifier),
                g.string(n, TK.idType), g.string(n, TK.idDomain))).stream().map(OtherId::id)
                .filter(v -> v != null && !v.isBlank()).toList();
        TrialDocument doc = TrialDocument.builder(group.canonical())
                .ids(ids(t)).secondaryIds(secondaryIds)
                .title(single(t, n -> g.string(n, DCTerms.title))).otherTitles(otherTitles).acronyms(present(acronym))
                .summary(summary.isEmpty() ? null : summary).conditions(new ArrayList<>(conditions))
                .interventions(interventions).eligibility(eligibility).outcomes(outcomes)
                .drugs(drugs.names()).drugSynonyms(drugs.synonyms()).drugClasses(drugs.classes())
                .sponsors(sponsors).sponsorSpellings(sponsorSpellings).sites(sites).countries(new ArrayList<>(countries))
                .phases(new ArrayList<>(phases)).status(single(t, n -> g.enumerated(n, Enumeration.STATUS)))
                .studyType(single(t, n -> g.enumerated(n, Enumeration.STUDY_TYPE)))
                .startYear(start == null || start.length() < 4 ? null : Integer.valueOf(start.substring(0, 4)))
                .build();
        return Optional.of(new Projected(doc, others));
    }

    /**
     * A trial's document and the other IRIs of its group.
     *
     * @param document the search document, keyed by the IRI that stands for the trial
     * @param otherIris the group's other IRIs, which have no document of their own
     */
    public record Projected(TrialDocument document, List<String> otherIris) {
        public Projected {
            Objects.requireNonNull(document, "projected: document");
            otherIris = List.copyOf(otherIris);
        }
    }

    private List<String> ids(List<Node> group) {
        Set<String> out = new LinkedHashSet<>();
        for (Node t : group) {
            for (Node idNode : g.objects(t, TK.hasIdentifier)) {
                out.addAll(g.strings(idNode, TK.identifier));
            }
        }
        for (Node t : group) {
            out.addAll(g.strings(t, TK.identifier));
        }
        return new ArrayList<>(out);
    }

    /**
     * Every drug concept the trial's mentions resolved to (its preferred name, classes and every name it goes by,
     * so that a search for any name finds the trial), and the text of mentions that resolved to none.
     */
    private Drugs drugs(List<Node> group) {
        // keyed by concept IRI, or by the folded text of a mention that resolved to none, in order of first mention
        Map<String, Node> concepts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> mentions = new LinkedHashMap<>();
        for (Node t : group) {
            for (Node m : g.objects(t, TK.drugMention)) {
                String text = g.string(m, TK.text);
                Node concept = g.first(m, TK.concept).orElse(null);
                String key = concept != null ? concept.getURI() : "text:" + text.toLowerCase(Locale.ROOT);
                concepts.putIfAbsent(key, concept);
                names.computeIfAbsent(key, k -> drugNames.drugName(concept, g.string(m, TK.conceptLabel), text));
                mentions.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(text);
            }
        }
        Set<String> drugs = new LinkedHashSet<>();
        Set<String> classes = new LinkedHashSet<>();
        Set<String> synonyms = new LinkedHashSet<>();
        for (Map.Entry<String, Node> d : concepts.entrySet()) {
            Node concept = d.getValue();
            synonyms.addAll(mentions.get(d.getKey()));
            if (concept == null) {
                continue;
            }
            drugs.add(names.get(d.getKey()));
            for (Node b : drugNames.objects(concept, SKOS.broader)) {
                String label = drugNames.prefLabel(b);
                if (label != null) {
                    classes.add(label);
                }
            }
            synonyms.addAll(drugNames.strings(concept, SKOS.altLabel));
            synonyms.addAll(drugNames.strings(concept, SKOS.prefLabel));
        }
        synonyms.removeAll(drugs);
        return new Drugs(new ArrayList<>(drugs), new ArrayList<>(synonyms), new ArrayList<>(classes));
    }

    /** The parts the group's IRIs link to by {@code p}, read into values; equal parts of two records count once. */
    private <T> List<T> each(List<Node> group, Property p, Function<Node, T> read) {
        Set<T> out = new LinkedHashSet<>();
        for (Node t : group) {
            for (Node n : g.objects(t, p)) {
                out.add(read.apply(n));
            }
        }
        return new ArrayList<>(out);
    }

    private List<String> strings(List<Node> group, Property p) {
        Set<String> out = new LinkedHashSet<>();
        group.forEach(t -> out.addAll(g.strings(t, p)));
        return new ArrayList<>(out);
    }

    private static <T> T single(List<Node> group, Function<Node, T> read) {
        for (Node t : group) {
            T v = read.apply(t);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<String> present(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    // The values of 'more' that 'have' lacks, ignoring case.
    private static List<String> absent(Collection<String> have, List<String> more) {
        Set<String> seen = new HashSet<>();
        have.forEach(v -> seen.add(v.toLowerCase(Locale.ROOT)));
        List<String> out = new ArrayList<>();
        for (String v : more) {
            if (v != null && !v.isBlank() && seen.add(v.toLowerCase(Locale.ROOT))) {
                out.add(v);
            }
        }
        return out;
    }

    // The parts as the graph holds them; two records stating the same part give one value.
    private record Arm(String label, String type, String description, List<String> interventions) {}

    private record Intervention(String type, String name, String description, List<String> otherNames) {}

    private record Sponsor(String organisation, String written) {}

    private record OtherId(String id, String type, String domain) {}

    private record Site(String facility, String city, String region, String zip, String country, String status) {}

    private record Outcome(String kind, String measure, String description, String timeFrame) {}

    private record Mesh(String term, String id, String of) {
        static List<String> terms(List<Mesh> all, String of) {
            return all.stream().filter(m -> of.equals(m.of())).map(Mesh::term).toList();
        }
    }

    private record Drugs(List<String> names, List<String> synonyms, List<String> classes) {}
}
