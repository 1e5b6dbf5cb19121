package org.trialkg.enrich.drug.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.vocab.TK;

/**
 * How drug concepts are named and written, in the shape of the shipped {@code ontology/drugs.ttl}: the IRI is
 * {@code id/drug/} plus the INN as a slug, and DrugBank and UNII records are linked with {@code skos:exactMatch}.
 */
public final class DrugConcepts {
    /** The scheme every drug concept is in. */
    public static final String SCHEME = TK.ID + "drug/scheme";
    public static final String DRUG_BASE = TK.ID + "drug/";
    public static final String DRUGBANK_BASE = "https://go.drugbank.com/drugs/";
    public static final String UNII_BASE = "https://precision.fda.gov/uniisearch/srs/unii/";

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private DrugConcepts() {
    }

    /** The concept IRI of an INN: {@code tegafur/gimeracil/oteracil} is {@code id/drug/tegafur-gimeracil-oteracil}. */
    public static String iri(String inn) {
        String s = Normalizer.normalize(inn, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = NOT_SLUG.matcher(s).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("drug name: expected letters or digits, was '" + inn + "'");
        }
        return DRUG_BASE + s;
    }

    /** The concept, typed and put in the drug scheme. */
    static Resource concept(Model m, String iri) {
        Resource r = m.createResource(iri);
        r.addProperty(RDF.type, SKOS.Concept);
        r.addProperty(RDF.type, TK.Drug);
        r.addProperty(SKOS.inScheme, m.createResource(SCHEME));
        return r;
    }

    // Synonyms that are ordinary words in trial text: "SAMe" (ademetionine), "Blood" (whole blood).
    // "Gold" (gold standard), "Nitrogen"-free words such as "lead" and "iron" name a test or a level far more often.
    // DrugBank's allergen extracts are named for an animal, which in trial text is far more often the source of a
    // serum or a country: "Anti-thymocyte globulin (rabbit)", "a multicentre study in Turkey"; and yeast is mostly a
    // product's expression host or an infection.
    static final java.util.Set<String> ORDINARY_WORDS = java.util.Set.of("same", "blood", "plasma", "serum",
            "milk", "egg", "sugar", "salt", "corn", "maize", "control", "standard", "active", "care", "plan", "gold",
            "lead", "secondary", "rabbit", "horse", "turkey", "chicken", "beef", "pork", "veal", "venison", "duck",
            "goose", "yeast");

    /**
     * Whether an other name (synonym, brand) is safe to match in free text: "NO" (nitric oxide), "F"
     * (phenylalanine), "AS" (artesunate), "11C" and ordinary words match far more text than the drug.
     */
    static boolean usableOtherName(String name) {
        // the lexicon drops trailing salt words when it matches: "Mg sulfate" would be "Mg", "11C-acetate" "11C"
        String k = key(SaltForms.parent(name.replace('-', ' ')));
        return k.length() >= 4 && !ORDINARY_WORDS.contains(k);
    }

    /** The key two names of one drug share: folded case and accents, letters and digits only. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
