package org.trialkg.enrich.drug.vocab;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.vocab.TK;

/**
 * The drug concepts already known (the shipped scheme and earlier loaded vocabularies), so that a vocabulary being
 * loaded adds names to them instead of minting a second concept for the same drug.
 */
public final class KnownDrugs {
    private final Map<String, String> byExactMatch = new HashMap<>();
    private final Map<String, String> drugbankOf = new HashMap<>();
    private final Map<String, String> byPreferred = new HashMap<>();
    private final Map<String, Literal> prefLabels = new HashMap<>();
    private final Map<String, Set<String>> byAlt = new HashMap<>();
    private final Map<Set<String>, String> byIngredients = new HashMap<>();

    private KnownDrugs() {
    }

    /** No known concepts: every drug gets the IRI of its own name. */
    public static KnownDrugs none() {
        return new KnownDrugs();
    }

    /** The drug concepts of a SKOS model (concepts under {@code id/drug/} only; classes are not drugs). */
    public static KnownDrugs of(Model model) {
        KnownDrugs k = new KnownDrugs();
        for (Statement s : model.listStatements(null, SKOS.exactMatch, (RDFNode) null).toList()) {
            if (isDrug(s.getSubject()) && s.getObject().isURIResource()) {
                String target = s.getObject().asResource().getURI();
                k.byExactMatch.putIfAbsent(target, s.getSubject().getURI());
                if (target.startsWith(DrugConcepts.DRUGBANK_BASE)) {
                    k.drugbankOf.putIfAbsent(s.getSubject().getURI(), target);
                }
            }
        }
        for (Statement s : model.listStatements(null, SKOS.prefLabel, (RDFNode) null).toList()) {
            if (isDrug(s.getSubject()) && s.getObject().isLiteral()) {
                k.byPreferred.putIfAbsent(DrugConcepts.key(s.getString()), s.getSubject().getURI());
                k.prefLabels.putIfAbsent(s.getSubject().getURI(), s.getLiteral());
            }
        }
        for (Statement s : model.listStatements(null, SKOS.altLabel, (RDFNode) null).toList()) {
            if (isDrug(s.getSubject()) && s.getObject().isLiteral()) {
                k.byAlt.computeIfAbsent(DrugConcepts.key(s.getString()), x -> new HashSet<>())
                        .add(s.getSubject().getURI());
            }
        }
        Map<String, Set<String>> ingredients = new HashMap<>();
        for (Statement s : model.listStatements(null, TK.hasIngredient, (RDFNode) null).toList()) {
            if (isDrug(s.getSubject()) && s.getObject().isURIResource()) {
                ingredients.computeIfAbsent(s.getSubject().getURI(), x -> new HashSet<>())
                        .add(s.getObject().asResource().getURI());
            }
        }
        ingredients.forEach((combination, drugs) -> k.byIngredients.putIfAbsent(Set.copyOf(drugs), combination));
        return k;
    }

    /** The combination or regimen concept whose ingredients ({@code tk:hasIngredient}) are exactly these drugs. */
    public Optional<String> byIngredients(Set<String> drugIris) {
        return Optional.ofNullable(byIngredients.get(Set.copyOf(drugIris)));
    }

    /** The concept linked to this DrugBank or UNII IRI. */
    public Optional<String> byExactMatch(String iri) {
        return Optional.ofNullable(byExactMatch.get(iri));
    }

    /** The concept whose preferred name this is, else the only concept with it as an alternative name. */
    public Optional<String> byName(String name) {
        String key = DrugConcepts.key(name);
        String pref = byPreferred.get(key);
        if (pref != null) {
            return Optional.of(pref);
        }
        Set<String> alt = byAlt.get(key);
        return alt != null && alt.size() == 1 ? Optional.of(alt.iterator().next()) : Optional.empty();
    }

    /** The preferred label of a known concept, repeated in a loaded vocabulary so that it is a concept there too. */
    public Optional<Literal> prefLabel(String conceptIri) {
        return Optional.ofNullable(prefLabels.get(conceptIri));
    }

    /** Whether the concept has a DrugBank link other than this one (then it is another drug of the same name). */
    boolean linkedToOtherDrugbank(String conceptIri, String drugbankIri) {
        String linked = drugbankOf.get(conceptIri);
        return linked != null && !linked.equals(drugbankIri);
    }

    /** Number of drug concepts known by a preferred name. */
    public int size() {
        return new HashSet<>(byPreferred.values()).size();
    }

    private static boolean isDrug(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(DrugConcepts.DRUG_BASE)
                && !r.getURI().equals(DrugConcepts.SCHEME);
    }
}
