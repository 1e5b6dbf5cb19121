package org.trialkg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.trialkg.model.RegistryId;
import org.trialkg.rdf.TrialCard.DesignCard;
import org.trialkg.rdf.TrialCard.LinkCard;
import org.trialkg.rdf.TrialCard.SourceCard;
import org.trialkg.vocab.Enumeration;
import org.trialkg.vocab.TK;

/**
 * Reads trial cards back from the graph: everything known of a trial, merged over every record describing it and
 * over the trials it is the same as ({@code tk:sameTrialAs}, read in both directions and transitively).
 *
 * <pre>{@code
 * dataset.executeRead(() -> {
 *     CardReader cards = new CardReader(dataset.getUnionGraph());
 *     cards.resolve("nct07177794").flatMap(cards::read).ifPresent(System.out::println);
 * });
 * }</pre>
 *
 * <p>Single values (title, status, ...) that differ between records are not attributable in the union graph; the
 * card takes those of the requested trial IRI first, and the lexically first among equals, so it is stable.
 */
public final class CardReader {
    private final GraphReader g;
    private final PartReader parts;

    /** Reads from a graph, usually the union graph of the store, inside the caller's read transaction. */
    public CardReader(Graph graph) {
        this.g = new GraphReader(graph);
        this.parts = new PartReader(g);
    }

    public CardReader(Model model) {
        this(model.getGraph());
    }

    /** Every trial some record describes, in IRI order. */
    public List<String> trialIris() {
        Set<String> out = new TreeSet<>();
        g.graph().find(Node.ANY, TK.describes.asNode(), Node.ANY)
                .forEachRemaining(t -> out.add(t.getObject().getURI()));
        return new ArrayList<>(out);
    }

    /**
     * The trial an ID or IRI names: a registry ID in any form ({@code nct07177794}, {@code EUCTR2020-001113-21-FR}),
     * another identifier a record lists, or a trial IRI; empty when no record describes it.
     */
    public Optional<String> resolve(String idOrIri) {
        if (idOrIri == null || idOrIri.isBlank()) {
            return Optional.empty();
        }
        String text = idOrIri.strip();
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return described(NodeFactory.createURI(text)) ? Optional.of(text) : Optional.empty();
        }
        Optional<RegistryId> id = RegistryId.parse(text);
        if (id.isPresent()) {
            Node direct = NodeFactory.createURI(Iris.trial(id.get()));
            if (described(direct)) {
                return Optional.of(direct.getURI());
            }
            text = id.get().value();
        }
        for (Node s : g.subjects(TK.identifier, NodeFactory.createLiteralString(text))) {
            for (Node trial : trialsOf(s)) {
                if (described(trial)) {
                    return Optional.of(trial.getURI());
                }
            }
        }
        return Optional.empty();
    }

    /** The card of a trial, or empty when no record describes the trial or any trial it is the same as. */
    public Optional<TrialCard> read(String trialIri) {
        TrialGroup group = TrialGroup.of(g, NodeFactory.createURI(trialIri));
        List<Node> cluster = group.members();
        List<Node> records = new ArrayList<>();
        for (Node t : cluster) {
            g.subjects(TK.describes, t).stream().filter(r -> !records.contains(r)).forEach(records::add);
        }
        if (records.isEmpty()) {
            return Optional.empty();
        }
        String canonical = group.canonical();
        List<String> sameAs = cluster.stream().map(Node::getURI).filter(i -> !i.equals(canonical)).toList();
        String allocation = single(cluster, n -> g.enumerated(n, Enumeration.ALLOCATION));
        String model = single(cluster, n -> g.enumerated(n, Enumeration.INTERVENTION_MODEL));
        String purpose = single(cluster, n -> g.enumerated(n, Enumeration.PURPOSE));
        String masking = single(cluster, n -> g.enumerated(n, Enumeration.MASKING));
        DesignCard design = allocation == null && model == null && purpose == null && masking == null ? null
                : new DesignCard(allocation, model, purpose, masking);
        return Optional.of(TrialCard.builder(canonical)
                .ids(ids(cluster))
                .otherIds(parts.otherIds(cluster))
                .title(single(cluster, n -> g.string(n, DCTerms.title)))
                .officialTitle(single(cluster, n -> g.string(n, TK.officialTitle)))
                .acronym(single(cluster, n -> g.string(n, TK.acronym)))
                .status(single(cluster, n -> g.enumerated(n, Enumeration.STATUS)))
                .phase(phase(cluster))
                .studyType(single(cluster, n -> g.enumerated(n, Enumeration.STUDY_TYPE)))
                .design(design)
                .enrollment(single(cluster, n -> g.integer(n, TK.enrollment)))
                .startDate(single(cluster, n -> g.string(n, TK.startDate)))
                .completionDate(single(cluster, n -> g.string(n, TK.completionDate)))
                .conditions(parts.labels(cluster, TK.condition))
                .keywords(all(cluster, TK.keyword))
                .meshTerms(parts.meshTerms(cluster))
                .briefSummary(single(cluster, n -> g.string(n, TK.briefSummary)))
                .detailedDescription(single(cluster, n -> g.string(n, TK.detailedDescription)))
                .arms(parts.arms(cluster))
                .interventions(parts.interventions(cluster))
                .drugs(parts.drugs(cluster))
                .regimens(parts.regimens(cluster))
                .sponsors(parts.sponsors(cluster))
                .responsibleParty(parts.responsibleParty(cluster))
                .investigators(parts.investigators(cluster))
                .sites(parts.sites(cluster))
                .countries(countries(cluster))
                .eligibility(parts.eligibility(cluster))
                .outcomes(parts.outcomes(cluster))
                .references(parts.references(cluster))
                .related(related(cluster))
                .sameAs(sameAs)
                .sources(sources(records))
                .links(links(cluster))
                .build());
    }

    /** Of the IRIs of one trial that records describe, the one that stands for the trial. */
    public static String canonicalOf(java.util.Collection<String> describedIris) {
        return TrialGroup.canonicalOf(describedIris);
    }

    /** The trial and every trial it is the same as, the requested one first. */
    List<Node> cluster(Node start) {
        return TrialGroup.of(g, start).members();
    }

    private boolean described(Node trial) {
        return TrialGroup.of(g, trial).described(g);
    }

    // An identifier literal sits on a trial node itself or on an Identifier node hanging off one.
    private List<Node> trialsOf(Node s) {
        List<Node> out = new ArrayList<>();
        out.add(s);
        out.addAll(g.subjects(TK.hasIdentifier, s));
        out.addAll(g.subjects(TK.otherIdentifier, s));
        return out.stream().filter(Node::isURI).toList();
    }

    private List<String> ids(List<Node> cluster) {
        Set<String> out = new LinkedHashSet<>();
        for (Node t : cluster) {
            for (Node idNode : g.objects(t, TK.hasIdentifier)) {
                out.addAll(g.strings(idNode, TK.identifier));
            }
        }
        for (Node t : cluster) {
            out.addAll(g.strings(t, TK.identifier));
        }
        return new ArrayList<>(out);
    }

    private String phase(List<Node> cluster) {
        Set<String> out = new LinkedHashSet<>();
        for (Node t : cluster) {
            out.addAll(g.enumerated(t, Enumeration.PHASE, TK.phase, TK.phaseText));
        }
        return out.isEmpty() ? null : String.join("|", out);
    }

    private List<String> countries(List<Node> cluster) {
        Set<String> out = new LinkedHashSet<>();
        for (Node t : cluster) {
            out.addAll(g.strings(t, TK.countryCode));
            out.addAll(g.strings(t, TK.countryText));
        }
        return new ArrayList<>(out);
    }

    private List<String> related(List<Node> cluster) {
        Set<String> out = new LinkedHashSet<>();
        for (Node t : cluster) {
            for (Node r : g.objects(t, TK.relatedTrial)) {
                if (!cluster.contains(r)) {
                    String id = g.string(r, TK.identifier);
                    out.add(id != null ? id : r.getURI());
                }
            }
        }
        return new ArrayList<>(out);
    }

    private List<SourceCard> sources(List<Node> records) {
        // which record gave each trial IRI its single values: the view's choice, made again from the records
        java.util.Map<Node, List<TrialView.Facts>> byTrial = new java.util.LinkedHashMap<>();
        java.util.Map<Node, TrialView.Facts> facts = new java.util.HashMap<>();
        for (Node r : records) {
            TrialView.Facts f = TrialView.Facts.read(g.graph(), r);
            facts.put(r, f);
            g.first(r, TK.describes).ifPresent(t -> byTrial.computeIfAbsent(t, k -> new ArrayList<>()).add(f));
        }
        java.util.Map<Node, List<String>> gives = new java.util.HashMap<>();
        for (List<TrialView.Facts> group : byTrial.values()) {
            TrialView.chosen(group).forEach((slot, f) -> gives.computeIfAbsent(f.record(), k -> new ArrayList<>())
                    .add(slot.name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<SourceCard> out = new ArrayList<>();
        for (Node r : records.stream().sorted(GraphReader.ORDER).toList()) {
            String file = g.first(r, TK.wasDerivedFrom).map(d -> g.string(d, TK.filePath)).orElse(null);
            String trial = g.first(r, TK.describes).map(Node::getURI).orElse(null);
            TrialView.Facts f = facts.get(r);
            out.add(new SourceCard(file, g.string(r, TK.layout), f.kind().slug(), g.string(r, TK.recordKey),
                    g.string(r, TK.contentHash), r.getURI(), trial, f.lastUpdated(), f.ingestedAt(),
                    gives.getOrDefault(r, List.of()), readAt(r)));
        }
        return out;
    }

    /** Where the values a record read from its document were read, in span order. */
    private List<TrialCard.ValueSourceCard> readAt(Node record) {
        List<TrialCard.ValueSourceCard> out = new ArrayList<>();
        for (Node n : g.objects(record, TK.valueSource)) {
            Integer start = integer(n, TK.spanStart);
            Integer end = integer(n, TK.spanEnd);
            String field = g.string(n, TK.valueField);
            if (field != null && start != null && end != null) {
                out.add(new TrialCard.ValueSourceCard(field, g.string(n, TK.text), g.string(n, TK.sectionHeading),
                        start, end));
            }
        }
        out.sort(java.util.Comparator.comparingInt(TrialCard.ValueSourceCard::start)
                .thenComparing(TrialCard.ValueSourceCard::field));
        return out;
    }

    private Integer integer(Node n, Property p) {
        return g.first(n, p).filter(Node::isLiteral).map(l -> ((Number) l.getLiteralValue()).intValue())
                .orElse(null);
    }

    /**
     * Why the IRIs of the cluster are one trial: each identity link between two of them with its score and
     * evidence, and each other {@code tk:sameTrialAs} statement as a shared ID.
     */
    private List<LinkCard> links(List<Node> cluster) {
        if (cluster.size() < 2) {
            return List.of();
        }
        List<LinkCard> out = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        for (Node t : cluster) {
            for (Node link : g.subjects(TK.linkedTrial, t)) {
                if (!g.graph().contains(link, RDF.type.asNode(), TK.IdentityLink.asNode())) {
                    continue;
                }
                List<String> pair = g.objects(link, TK.linkedTrial).stream().map(Node::getURI).sorted().toList();
                if (pair.size() == 2 && explained.add(pair.get(0) + " " + pair.get(1))) {
                    Double score = g.first(link, TK.linkScore).filter(Node::isLiteral)
                            .map(n -> Double.valueOf(n.getLiteralLexicalForm())).orElse(null);
                    out.add(new LinkCard(pair.get(0), pair.get(1), "identity", score,
                            g.strings(link, TK.evidence).stream().sorted().toList()));
                }
            }
        }
        for (Node t : cluster) {
            for (Node other : g.objects(t, TK.sameTrialAs)) {
                String a = t.getURI();
                String b = other.getURI();
                String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
                if (explained.add(key)) {
                    out.add(new LinkCard(a, b, "shared-id", null,
                            List.of("the record of " + idOf(a) + " lists " + idOf(b) + " among its registry IDs")));
                }
            }
        }
        return out;
    }

    private static String idOf(String trialIri) {
        return trialIri.substring(trialIri.lastIndexOf('/') + 1);
    }

    private List<String> all(List<Node> cluster, Property p) {
        Set<String> out = new LinkedHashSet<>();
        for (Node t : cluster) {
            out.addAll(g.strings(t, p));
        }
        return new ArrayList<>(out);
    }

    private static <T> T single(List<Node> cluster, Function<Node, T> read) {
        for (Node t : cluster) {
            T v = read.apply(t);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
