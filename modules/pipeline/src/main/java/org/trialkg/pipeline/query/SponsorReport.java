package org.trialkg.pipeline.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.trialkg.rdf.Iris;
import org.trialkg.rdf.GraphReader;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * An organisation and every trial it sponsors or collaborates on, grouped by registry: the answer of
 * {@code trialkg sponsor NAME}. The name leads to the organisation node the mapper shares between every record that
 * names it ({@link Iris#organisation}: the same key under case, punctuation, abbreviations and legal forms), so that
 * "Sun Yat-sen University", "SUN YAT-SEN UNIVERSITY" and "Sun Yat-Sen Univ." are one sponsor, found without reading
 * any other sponsorship.
 *
 * @param query the name asked for
 * @param organisation the organisation's IRI
 * @param name its preferred name among every spelling the store holds ({@link GraphReader#organisationName})
 * @param names every spelling of the sponsor the sponsoring records use, most used first
 * @param trialsByRegistry registry slug ({@code nct}, {@code chictr}, {@code doc} for documents) to the trials
 */
public record SponsorReport(String query, String organisation, String name, List<String> names,
        Map<String, List<Sponsored>> trialsByRegistry) {

    /**
     * One trial the sponsor takes part in.
     *
     * @param iri the trial
     * @param id its registry ID (null for a document without one)
     * @param title its title
     * @param role {@code LEAD} or {@code COLLABORATOR} (or the role as written)
     * @param nameUsed the sponsor's name as this trial's record writes it
     */
    public record Sponsored(String iri, String id, String title, String role, String nameUsed) {}

    /** Distinct trials. */
    public long trialCount() {
        return trialsByRegistry.values().stream().mapToLong(List::size).sum();
    }

    /** The sponsor's report, or empty when no record names a sponsor with the same key. */
    public static Optional<SponsorReport> of(TrialStore store, String name) {
        Optional<String> org = Iris.organisation(name);
        if (org.isEmpty()) {
            return Optional.empty();
        }
        return store.read(g -> read(g, name, NodeFactory.createURI(org.get())));
    }

    private static Optional<SponsorReport> read(Graph g, String query, Node org) {
        GraphReader r = new GraphReader(g);
        Map<String, Integer> spellings = new TreeMap<>();
        Map<String, Map<String, Sponsored>> byRegistry = new TreeMap<>();
        Iterator<Triple> it = g.find(Node.ANY, TK.organization.asNode(), org);
        try {
            while (it.hasNext()) {
                Node sponsorship = it.next().getSubject();
                if (!r.hasType(sponsorship, TK.Sponsorship)) {
                    continue; // a site whose facility is this organisation
                }
                String written = r.string(sponsorship, TK.organizationName);
                String label = written != null ? written : r.organisationName(org);
                spellings.merge(label, 1, Integer::sum);
                String role = role(g, sponsorship);
                g.find(Node.ANY, TK.sponsorship.asNode(), sponsorship).forEachRemaining(s -> {
                    Node trial = s.getSubject();
                    String iri = trial.getURI();
                    String registry = registryOf(iri);
                    byRegistry.computeIfAbsent(registry, k -> new TreeMap<>()).merge(iri,
                            new Sponsored(iri, r.string(trial, TK.identifier), r.string(trial, DCTerms.title), role,
                                    label),
                            // a trial that names the sponsor twice (lead in one record, collaborator in another)
                            // is listed once, with the lead role first
                            (a, b) -> "LEAD".equals(a.role()) ? a : b);
                });
            }
        } finally {
            Iter.close(it);
        }
        if (spellings.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(spellings.keySet());
        names.sort(Comparator.comparing((String n) -> -spellings.get(n)).thenComparing(Comparator.naturalOrder()));
        Map<String, List<Sponsored>> trials = new TreeMap<>();
        byRegistry.forEach((registry, m) -> trials.put(registry, new ArrayList<>(m.values())));
        return Optional.of(new SponsorReport(query, org.getURI(), r.organisationName(org), names, trials));
    }

    private static String role(Graph g, Node sponsorship) {
        Set<String> out = new TreeSet<>();
        g.find(sponsorship, TK.role.asNode(), Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            out.add(o.isURI() ? o.getURI().substring(o.getURI().lastIndexOf('_') + 1) : o.getLiteralLexicalForm());
        });
        return out.isEmpty() ? null : out.iterator().next();
    }

    // trial/<registry>/<ID> (or trial/doc/<hash> for a document without a registry ID)
    private static String registryOf(String trialIri) {
        String path = trialIri.startsWith(TK.ID + "trial/") ? trialIri.substring((TK.ID + "trial/").length()) : "";
        int slash = path.indexOf('/');
        return slash > 0 ? path.substring(0, slash) : "other";
    }
}
