package org.trialkg.pipeline.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.trialkg.enrich.drug.DrugHit;
import org.trialkg.pipeline.Workspace;
import org.trialkg.vocab.TK;

/**
 * A drug concept and every trial that uses it, grouped by registry, with the names each trial's records used:
 * the answer of {@code trialkg drug NAME}.
 *
 * @param query the name asked for
 * @param matchedBy how the name was matched to the concept ({@code exact}, {@code code-variant}, {@code fuzzy}, {@code class})
 * @param iri the concept
 * @param name its preferred name
 * @param classLevel true when the concept is a drug class; its trials are those of its drugs and those naming the class
 *     (the trials of a drug include those of the combinations and regimens it is an ingredient of)
 * @param otherNames research codes, brand names and other names
 * @param classes the classes of the drug
 * @param ingredients the drugs of a combination or regimen ({@code tk:hasIngredient}); empty for a single drug
 * @param identifiers exact matches in other vocabularies (DrugBank, UNII, ...)
 * @param trialsByRegistry registry slug ({@code nct}, {@code chictr}, {@code none}) to the trials
 */
public record DrugReport(String query, String matchedBy, String iri, String name, boolean classLevel,
        List<String> otherNames, List<String> classes, List<String> ingredients, List<String> identifiers,
        Map<String, List<TrialUse>> trialsByRegistry) {

    /**
     * One trial IRI that uses the drug, and the names its records used for it. {@code trial} is the IRI that stands
     * for the trial: the same as {@code iri} unless the trial is also known under another registry's IRI, in which
     * case every TrialUse of that trial has the same {@code trial}.
     */
    public record TrialUse(String iri, List<String> ids, String title, List<String> namesUsed, String trial) {}

    /** Distinct trials: a trial listed by two registries counts once. */
    public long trialCount() {
        return trialsByRegistry.values().stream().flatMap(List::stream).map(TrialUse::trial).distinct().count();
    }

    private static final String CONCEPT = "PREFIX tk: <" + TK.NS + ">\n" + """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?p ?o ?label WHERE {
              ?c ?p ?o FILTER (?p IN (skos:prefLabel, skos:altLabel, skos:broader, skos:exactMatch, tk:hasIngredient))
              OPTIONAL { ?o skos:prefLabel ?label }
            }
            """;
    private static final String TRIALS = "PREFIX tk: <" + TK.NS + ">\n" + """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?trial ?id ?registry ?title ?written ?canonical WHERE {
              { ?trial tk:usesDrug ?c } UNION { ?trial tk:usesDrugClass ?c }
              UNION { ?d skos:broader ?c . ?trial tk:usesDrug ?d }
              UNION { ?d tk:hasIngredient ?c . ?trial tk:usesDrug ?d }
              UNION { ?member skos:broader ?c . ?d tk:hasIngredient ?member . ?trial tk:usesDrug ?d }
              OPTIONAL { ?trial tk:hasIdentifier ?idn . ?idn tk:identifier ?id . OPTIONAL { ?idn tk:registry/skos:notation ?registry } }
              OPTIONAL { ?trial dct:title ?title }
              OPTIONAL { ?trial tk:canonicalTrial ?canonical }
              OPTIONAL {
                ?trial tk:drugMention ?m . ?m tk:text ?written ; tk:concept ?mc .
                FILTER (?mc = ?c || EXISTS { ?mc skos:broader ?c } || EXISTS { ?mc tk:hasIngredient ?c }
                        || EXISTS { ?mc tk:hasIngredient/skos:broader ?c })
              }
            }""";

    /** The report for a name, or empty when no drug or class of the lexicon has that name. */
    public static Optional<DrugReport> of(Workspace ws, String name) {
        Optional<DrugHit> hit = ws.lexicon().lookup(name);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        String c = hit.get().conceptIri();
        return Optional.of(ws.store().readDataset(snapshot -> {
            // one read transaction around the queries below, so that they all see one state of the store
            List<String> others = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            List<String> ingredients = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            String pref = hit.get().label();
            ParameterizedSparqlString q = new ParameterizedSparqlString(CONCEPT);
            q.setIri("c", c);
            ws.store().query(q.asQuery(), qe -> {
                for (var rs = qe.execSelect(); rs.hasNext(); ) {
                    QuerySolution s = rs.next();
                    String p = s.getResource("p").getLocalName();
                    RDFNode o = s.get("o");
                    switch (p) {
                        case "altLabel" -> others.add(o.asLiteral().getString());
                        case "broader" -> classes.add(s.contains("label") ? s.getLiteral("label").getString()
                                : localName(o.asResource().getURI()));
                        case "hasIngredient" -> ingredients.add(s.contains("label")
                                ? s.getLiteral("label").getString() : localName(o.asResource().getURI()));
                        case "exactMatch" -> ids.add(o.asResource().getURI());
                        default -> { }
                    }
                }
                return null;
            });
            Map<String, TrialUseBuilder> trials = new LinkedHashMap<>();
            ParameterizedSparqlString t = new ParameterizedSparqlString(TRIALS);
            t.setIri("c", c);
            ws.store().query(t.asQuery(), qe -> {
                for (var rs = qe.execSelect(); rs.hasNext(); ) {
                    QuerySolution s = rs.next();
                    TrialUseBuilder b = trials.computeIfAbsent(s.getResource("trial").getURI(), TrialUseBuilder::new);
                    if (s.contains("id")) {
                        b.ids.add(s.getLiteral("id").getString());
                    }
                    if (s.contains("registry") && b.registry == null) {
                        b.registry = s.getLiteral("registry").getString();
                    }
                    if (s.contains("title")) {
                        b.title = s.getLiteral("title").getString();
                    }
                    if (s.contains("canonical")) {
                        b.canonical = s.getResource("canonical").getURI();
                    }
                    if (s.contains("written")) {
                        b.names.add(s.getLiteral("written").getString());
                    }
                }
                return null;
            });
            Map<String, List<TrialUse>> byRegistry = new TreeMap<>();
            for (TrialUseBuilder b : trials.values()) {
                byRegistry.computeIfAbsent(b.registry == null ? "none" : b.registry, k -> new ArrayList<>())
                        .add(new TrialUse(b.iri, List.copyOf(b.ids), b.title, List.copyOf(b.names),
                                b.canonical == null ? b.iri : b.canonical));
            }
            return new DrugReport(name, hit.get().method().label(), c, pref, hit.get().classLevel(), others, classes,
                    ingredients, ids, byRegistry);
        }));
    }

    private static String localName(String iri) {
        int cut = iri.lastIndexOf('/');
        return cut >= 0 ? iri.substring(cut + 1) : iri;
    }

    private static final class TrialUseBuilder {
        final String iri;
        final LinkedHashSet<String> ids = new LinkedHashSet<>();
        final LinkedHashSet<String> names = new LinkedHashSet<>();
        String registry;
        String title;
        String canonical;

        TrialUseBuilder(String iri) {
            this.iri = iri;
        }
    }
}
