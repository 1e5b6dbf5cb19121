package org.trialkg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.trialkg.vocab.TK;

/**
 * What the linker compares of one trial IRI, read from the records that describe it (never merged over
 * {@code tk:sameTrialAs}, so that two records of one trial can be compared with each other).
 *
 * @param iri the trial IRI
 * @param registry the registry slug of the IRI ({@code nct}, {@code chictr}), or null for a trial without an ID
 * @param titles public and scientific titles, in every language given
 * @param sponsors sponsor and collaborator names
 * @param startDate the start date as stored ({@code 2020-03}, {@code 2020-03-15}), or null
 * @param enrollment the planned or actual enrollment, or null
 * @param enrollments every enrollment a record of the trial gives, {@code enrollment} among them: a registry's
 *     exports of different dates give the planned count and, once the trial has closed, the actual one (a trial
 *     planned for 50 that enrolled 11)
 * @param conditions condition names
 * @param drugs drug concept IRIs
 * @param acronyms acronyms, given as such or written into a title ({@code ... - SOLIDARITY}, {@code (CovidSurg)})
 * @param ids the trial's own registry IDs, in the form {@link Similarity#registryIds} gives
 * @param mentionedIds registry IDs written in its titles, summary or other identifiers (an EudraCT number in a
 *     ClinicalTrials.gov record's secondary IDs, an NCT ID in an EU CTR title), its own left out
 * @param people the people it names (contacts, investigators, a sponsor that is a person), in the form {@link
 *     Similarity#personNames} gives
 * @param affiliations the organisations of those people
 * @param countries its countries as ISO 3166-1 alpha-2 codes, as the ingest's country enricher wrote them (a name
 *     it could not resolve, such as a fragment a registry's comma left, is not compared)
 */
public record TrialFeatures(String iri, String registry, List<String> titles, List<String> sponsors,
        String startDate, Integer enrollment, List<String> conditions, Set<String> drugs, Set<String> acronyms,
        Set<String> ids, Set<String> mentionedIds, Set<String> people, List<String> affiliations,
        Set<String> countries, Set<Integer> enrollments) {
    private static final String TRIAL_BASE = TK.ID + "trial/";

    public TrialFeatures {
        if (iri == null || iri.isBlank()) {
            throw new IllegalArgumentException("iri: expected a trial IRI, was '" + iri + "'");
        }
        titles = List.copyOf(titles);
        sponsors = List.copyOf(sponsors);
        conditions = List.copyOf(conditions);
        drugs = Set.copyOf(drugs);
        acronyms = Set.copyOf(acronyms);
        ids = Set.copyOf(ids);
        mentionedIds = Set.copyOf(mentionedIds);
        people = Set.copyOf(people);
        affiliations = List.copyOf(affiliations);
        countries = Set.copyOf(countries);
        Set<Integer> all = new java.util.TreeSet<>(enrollments);
        if (enrollment != null) {
            all.add(enrollment);
        }
        enrollments = Set.copyOf(all);
    }

    /** Features whose enrollment is the one the trial's view gives. */
    public TrialFeatures(String iri, String registry, List<String> titles, List<String> sponsors, String startDate,
            Integer enrollment, List<String> conditions, Set<String> drugs, Set<String> acronyms, Set<String> ids,
            Set<String> mentionedIds, Set<String> people, List<String> affiliations, Set<String> countries) {
        this(iri, registry, titles, sponsors, startDate, enrollment, conditions, drugs, acronyms, ids, mentionedIds,
                people, affiliations, countries, Set.of());
    }

    /** Features without people or countries (tests, and trials whose records name none). */
    public TrialFeatures(String iri, String registry, List<String> titles, List<String> sponsors, String startDate,
            Integer enrollment, List<String> conditions, Set<String> drugs, Set<String> acronyms, Set<String> ids,
            Set<String> mentionedIds) {
        this(iri, registry, titles, sponsors, startDate, enrollment, conditions, drugs, acronyms, ids, mentionedIds,
                Set.of(), List.of(), Set.of());
    }

    /** Features without acronyms or IDs beyond the trial IRI's own (tests, and trials that have none). */
    public TrialFeatures(String iri, String registry, List<String> titles, List<String> sponsors, String startDate,
            Integer enrollment, List<String> conditions, Set<String> drugs) {
        this(iri, registry, titles, sponsors, startDate, enrollment, conditions, drugs,
                Similarity.acronyms(List.of(), titles), Similarity.registryIds(idOf(iri)), Set.of());
    }

    /** Reads the features of a trial IRI from a graph (the union graph, inside a read transaction). */
    public static TrialFeatures read(Graph g, String iri) {
        Node t = NodeFactory.createURI(iri);
        List<String> titles = new ArrayList<>(strings(g, t, DCTerms.title.asNode()));
        titles.addAll(strings(g, t, TK.officialTitle.asNode()));
        List<String> sponsors = new ArrayList<>();
        for (Node sp : objects(g, t, TK.sponsorship.asNode())) {
            for (Node org : objects(g, sp, TK.organization.asNode())) {
                sponsors.addAll(strings(g, org, RDFS.label.asNode()));
            }
        }
        List<String> conditions = new ArrayList<>();
        for (Node c : objects(g, t, TK.condition.asNode())) {
            conditions.addAll(strings(g, c, RDFS.label.asNode()));
        }
        Set<String> drugs = new LinkedHashSet<>();
        for (Node d : objects(g, t, TK.usesDrug.asNode())) {
            if (d.isURI()) {
                drugs.add(d.getURI());
            }
        }
        List<String> starts = strings(g, t, TK.startDate.asNode());
        Integer enrollment = null;
        for (Node n : objects(g, t, TK.enrollment.asNode())) {
            if (n.isLiteral() && n.getLiteralValue() instanceof Number num) {
                enrollment = num.intValue();
                break;
            }
        }
        Set<Integer> enrollments = new java.util.TreeSet<>();
        for (Node r : subjects(g, TK.describes.asNode(), t)) {
            for (Node n : objects(g, r, TK.enrollment.asNode())) {
                if (n.isLiteral() && n.getLiteralValue() instanceof Number num) {
                    enrollments.add(num.intValue());
                }
            }
        }
        Set<String> ids = new HashSet<>(Similarity.registryIds(idOf(iri)));
        strings(g, t, TK.identifier.asNode()).forEach(i -> ids.addAll(Similarity.registryIds(i)));
        List<String> free = new ArrayList<>(titles);
        free.addAll(strings(g, t, TK.briefSummary.asNode()));
        for (Node o : objects(g, t, TK.otherIdentifier.asNode())) {
            free.addAll(strings(g, o, TK.identifier.asNode()));
        }
        for (Node o : objects(g, t, TK.sameTrialAs.asNode())) {
            if (o.isURI()) {
                free.add(idOf(o.getURI()));
            }
        }
        Set<String> mentioned = new HashSet<>();
        free.forEach(f -> mentioned.addAll(Similarity.registryIds(f)));
        mentioned.removeAll(ids);
        Set<String> people = new HashSet<>();
        Set<String> affiliations = new LinkedHashSet<>();
        for (Node p : objects(g, t, TK.investigator.asNode())) {
            strings(g, p, RDFS.label.asNode()).forEach(n -> people.addAll(Similarity.personNames(n)));
            for (String a : strings(g, p, TK.affiliation.asNode())) {
                for (String part : a.split(";")) {
                    if (!part.isBlank()) {
                        affiliations.add(part.strip());
                    }
                }
            }
        }
        sponsors.stream().filter(Similarity::isPerson).forEach(s -> people.addAll(Similarity.personNames(s)));
        affiliations.removeAll(sponsors); // compared as sponsors already
        Set<String> countries = new HashSet<>();
        for (String code : strings(g, t, TK.countryCode.asNode())) {
            countries.add(code.intern()); // a few hundred codes, shared by every trial that gives them
        }
        return new TrialFeatures(iri, registryOf(iri), dedupe(Similarity.withJoinedTitlesSplit(titles)),
                dedupe(sponsors), starts.isEmpty() ? null : starts.get(0), enrollment, dedupe(conditions), drugs,
                Similarity.acronyms(strings(g, t, TK.acronym.asNode()), titles), ids, mentioned, people,
                new ArrayList<>(affiliations), countries, enrollments);
    }

    /** The ID part of a trial IRI ({@code NCT01234567} of {@code .../trial/nct/NCT01234567}), or "" for none. */
    static String idOf(String iri) {
        return iri.startsWith(TRIAL_BASE) && registryOf(iri) != null ? iri.substring(iri.lastIndexOf('/') + 1) : "";
    }

    /** {@code .../trial/nct/NCT01234567} is in registry {@code nct}; a trial from a document without an ID ({@code trial/doc/...}) in none. */
    static String registryOf(String iri) {
        if (!iri.startsWith(TRIAL_BASE)) {
            return null;
        }
        String rest = iri.substring(TRIAL_BASE.length());
        int slash = rest.indexOf('/');
        String slug = slash < 0 ? null : rest.substring(0, slash).toLowerCase(Locale.ROOT);
        return slug == null || slug.equals("doc") ? null : slug;
    }

    private static List<String> dedupe(List<String> in) {
        return new ArrayList<>(new LinkedHashSet<>(in));
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(tr -> out.add(tr.getObject()));
        return out;
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(tr -> out.add(tr.getSubject()));
        return out;
    }

    private static List<String> strings(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        for (Node o : objects(g, s, p)) {
            if (o.isLiteral()) {
                out.add(o.getLiteralLexicalForm());
            }
        }
        return out;
    }
}
