package org.trialkg.enrich.drug;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.model.DrugMention;
import org.trialkg.vocab.TK;

/**
 * A drug lexicon read from SKOS: every preferred, alternative and hidden label of a drug or drug-class concept is a
 * name of it, matched exactly (after folding case, accents, separators, salt and dosage-form words), as a
 * research-code variant (JS001, JS-001, JS 001), or, for long names only, within one or two edits.
 *
 * <pre>{@code
 * DrugLexicon drugs = SkosDrugLexicon.shipped();
 * drugs.lookup("JS-001");   // toripalimab, code-variant, 0.95
 * drugs.scan("Toripalimab combined with Xeloda");
 * }</pre>
 */
public final class SkosDrugLexicon implements DrugLexicon {
    /** Where the shipped vocabulary sits on the classpath. */
    public static final String SHIPPED_RESOURCE = "/ontology/drugs.ttl";

    private static final Resource DRUG = TK.Drug;
    private static final Resource DRUG_CLASS = TK.DrugClass;
    private static final Resource CLASS_SCHEME = ResourceFactory.createResource(TK.ID + "drug-class/scheme");
    private static final int FUZZY_MIN_LETTERS = 6;
    /** Endings of drug names (INN stems); only a scanned word with one of them is tried for a misspelling. */
    private static final List<String> DRUG_STEMS = List.of("mab", "nib", "platin", "taxel", "rubicin", "citabine",
            "trexed", "tecan", "parib", "ciclib", "rasib", "fenib", "zomib", "mustine", "prazole", "setron",
            "pitant", "methasone", "solone", "cept", "lisib", "degib", "statin", "mycin", "cytidine");

    private record Concept(String iri, String label, boolean classLevel) {
    }

    private record Name(String conceptIri, boolean preferred) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final Set<Name> names = new LinkedHashSet<>();
    }

    private final Map<String, Concept> concepts;
    private final Map<String, Set<Name>> strict = new HashMap<>();
    private final Map<String, Set<Name>> loose = new HashMap<>();
    private final List<String> fuzzyKeys = new ArrayList<>();
    /** The first four letters of every fuzzy key that ends in a drug stem: only such keys pass in free text. */
    private final Set<String> stemKeyPrefixes = new java.util.HashSet<>();
    private final Node trie = new Node();

    private SkosDrugLexicon(Builder b) {
        this.concepts = Map.copyOf(b.concepts);
        for (Builder.Entry e : b.names) {
            Concept c = concepts.get(e.conceptIri());
            index(e.name(), new Name(c.iri(), e.preferred()), c.classLevel());
            if (c.classLevel()) {
                index(plural(e.name()), new Name(c.iri(), e.preferred()), true);
            }
        }
        for (String k : loose.keySet()) {
            if (!NameKeys.hasDigit(k) && k.length() >= FUZZY_MIN_LETTERS) {
                fuzzyKeys.add(k);
                if (endsWithStem(k) && k.length() >= 4) {
                    stemKeyPrefixes.add(k.substring(0, 4));
                }
            }
        }
    }

    /** The lexicon of the vocabulary shipped on the classpath at {@value #SHIPPED_RESOURCE}. */
    public static SkosDrugLexicon shipped() {
        try (InputStream in = SkosDrugLexicon.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("drug vocabulary " + SHIPPED_RESOURCE + " is not on the classpath; "
                        + "the vocab module serves ontology/ as resources: is it a dependency?");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return builder().add(m).build();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + SHIPPED_RESOURCE, e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of drug and class concepts. */
    public int conceptCount() {
        return concepts.size();
    }

    /** The preferred label of a concept, if the lexicon knows it. */
    public Optional<String> labelOf(String conceptIri) {
        return Optional.ofNullable(concepts.get(conceptIri)).map(Concept::label);
    }

    /** Whether the concept is a drug class rather than one drug. */
    public boolean isClass(String conceptIri) {
        Concept c = concepts.get(conceptIri);
        return c != null && c.classLevel();
    }

    @Override
    public Optional<DrugHit> lookup(String name) {
        Objects.requireNonNull(name, "name");
        String text = name.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int start = name.indexOf(text);
        int end = start + text.length();
        Optional<Concept> c = resolve(strict.get(NameKeys.strict(text)));
        if (c.isPresent()) {
            return Optional.of(hit(start, end, text, c.get(), true));
        }
        String lk = NameKeys.loose(text);
        c = resolve(loose.get(lk));
        if (c.isPresent()) {
            return Optional.of(hit(start, end, text, c.get(), !NameKeys.isCodeLike(lk)));
        }
        if (NameKeys.tokens(text).size() > 1) {
            return Optional.empty(); // "Vitamin D" is not a misspelt "vitamin C": a name of several words is never guessed
        }
        return fuzzy(lk).map(f -> fuzzyHit(start, end, text, f));
    }

    @Override
    public List<DrugHit> scan(String text) {
        Objects.requireNonNull(text, "text");
        List<int[]> toks = tokenize(text);
        List<String> folded = new ArrayList<>(toks.size());
        for (int[] t : toks) {
            folded.add(NameKeys.fold(text.substring(t[0], t[1])));
        }
        List<DrugHit> out = new ArrayList<>();
        // A long text repeats its words: each is tried for a misspelling once per scan.
        Map<String, Optional<Fuzzy>> tried = new HashMap<>();
        int i = 0;
        while (i < toks.size()) {
            Node n = trie;
            int last = -1;
            Set<Name> lastNames = null;
            for (int j = i; j < toks.size(); j++) {
                n = n.next.get(folded.get(j));
                if (n == null) {
                    break;
                }
                if (!n.names.isEmpty()) {
                    last = j;
                    lastNames = n.names;
                }
            }
            Optional<Concept> c = resolve(lastNames);
            if (c.isPresent()) {
                while (last + 1 < toks.size() && NameKeys.SALT_WORDS.contains(folded.get(last + 1))) {
                    last++; // "Loperamide Hydrochloride": the salt belongs to the name
                }
                int s = toks.get(i)[0];
                int e = toks.get(last)[1];
                String written = text.substring(s, e);
                String lk = NameKeys.loose(written);
                boolean exactForm = resolve(strict.get(NameKeys.strict(written))).equals(c) || !NameKeys.isCodeLike(lk);
                out.add(hit(s, e, written, c.get(), exactForm));
                i = last + 1;
                continue;
            }
            String word = folded.get(i);
            if (word.length() >= FUZZY_MIN_LETTERS && word.chars().allMatch(Character::isLetter)
                    && mayBeMisspelling(word)) {
                Optional<Fuzzy> f = tried.computeIfAbsent(word,
                        w -> fuzzy(w).filter(x -> looksLikeMisspelling(w, x.key())));
                if (f.isPresent()) {
                    int s = toks.get(i)[0];
                    int e = toks.get(i)[1];
                    out.add(fuzzyHit(s, e, text.substring(s, e), f.get()));
                }
            }
            i++;
        }
        return out;
    }

    private record Fuzzy(Concept concept, String key, int distance) {
    }

    private Optional<Fuzzy> fuzzy(String looseKey) {
        int letters = NameKeys.letterCount(looseKey);
        if (NameKeys.hasDigit(looseKey) || letters < FUZZY_MIN_LETTERS) {
            return Optional.empty(); // codes and short names are never guessed
        }
        int max = maxEdits(letters);
        int best = max + 1;
        String bestKey = null;
        Set<String> bestIris = new LinkedHashSet<>();
        for (String k : fuzzyKeys) {
            if (k.charAt(0) != looseKey.charAt(0)) {
                continue; // a misspelling rarely changes the first letter; this keeps false positives down
            }
            int d = NameKeys.distance(looseKey, k, Math.min(max, maxEdits(k.length())));
            if (d == 0 || d > Math.min(max, maxEdits(k.length()))) {
                continue;
            }
            if (sameStem(k, looseKey) && (k.length() == looseKey.length() || d > 1)) {
                // eflotinib is not a typo of erlotinib, nor pitavastatin of pravastatin: a changed letter, or two
                // edits, before a shared stem make another INN
                continue;
            }
            Optional<Concept> c = resolve(loose.get(k));
            if (c.isEmpty() || c.get().classLevel()) {
                continue; // a class is never guessed: "Prolastin" is no misspelt progestin
            }
            if (d < best) {
                best = d;
                bestKey = k;
                bestIris.clear();
            }
            if (d == best) {
                bestIris.add(c.get().iri());
            }
        }
        if (bestIris.size() != 1) {
            return Optional.empty(); // nothing close, or two concepts equally close: never guess
        }
        return Optional.of(new Fuzzy(concepts.get(bestIris.iterator().next()), bestKey, best));
    }

    private static int maxEdits(int letters) {
        return letters >= 9 ? 2 : 1;
    }

    /**
     * In free text a word is taken for a misspelt drug name only when the name it is close to ends in a drug stem
     * and the word either ends in one too or begins with the same four letters: ordinary words never do both.
     */
    private static boolean looksLikeMisspelling(String word, String key) {
        return endsWithStem(key) && (endsWithStem(word) || word.regionMatches(0, key, 0, 4));
    }

    /**
     * Whether {@link #looksLikeMisspelling} can hold for the word and any key: the word ends in a stem, or some
     * stem-ending key begins with its first four letters. The others are not compared with every key, which made a
     * 300-page protocol take half a minute; the hits are the same.
     */
    private boolean mayBeMisspelling(String word) {
        return endsWithStem(word) || stemKeyPrefixes.contains(word.substring(0, 4));
    }

    private static boolean sameStem(String a, String b) {
        for (String stem : DRUG_STEMS) {
            if (a.endsWith(stem) && b.endsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithStem(String word) {
        for (String stem : DRUG_STEMS) {
            if (word.endsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private DrugHit hit(int start, int end, String text, Concept c, boolean exactForm) {
        DrugMention.Method method = c.classLevel() ? DrugMention.Method.CLASS
                : exactForm ? DrugMention.Method.EXACT : DrugMention.Method.CODE_VARIANT;
        return new DrugHit(start, end, text, c.iri(), c.label(), c.classLevel(), method, exactForm ? 1.0 : 0.95);
    }

    private static DrugHit fuzzyHit(int start, int end, String text, Fuzzy f) {
        return new DrugHit(start, end, text, f.concept().iri(), f.concept().label(), f.concept().classLevel(),
                DrugMention.Method.FUZZY, 1.0 - 0.15 * f.distance());
    }

    /** One concept for a set of names: the only one, else the only one whose preferred label it is, else none. */
    private Optional<Concept> resolve(Set<Name> names) {
        if (names == null || names.isEmpty()) {
            return Optional.empty();
        }
        Set<String> all = new LinkedHashSet<>();
        Set<String> preferred = new LinkedHashSet<>();
        for (Name n : names) {
            all.add(n.conceptIri());
            if (n.preferred()) {
                preferred.add(n.conceptIri());
            }
        }
        if (all.size() == 1) {
            return Optional.of(concepts.get(all.iterator().next()));
        }
        return preferred.size() == 1 ? Optional.of(concepts.get(preferred.iterator().next())) : Optional.empty();
    }

    private void index(String label, Name name, boolean classLevel) {
        String sk = NameKeys.strict(label);
        String lk = NameKeys.loose(label);
        if (lk.isEmpty()) {
            return;
        }
        strict.computeIfAbsent(sk, k -> new LinkedHashSet<>()).add(name);
        loose.computeIfAbsent(lk, k -> new LinkedHashSet<>()).add(name);
        List<String> toks = NameKeys.tokens(label);
        insert(toks, name);
        if (NameKeys.isCodeLike(lk) && lk.length() >= 4) {
            insert(List.of(lk), name);
            insert(NameKeys.splitLetterDigit(lk), name);
        }
    }

    private void insert(List<String> tokens, Name name) {
        Node n = trie;
        for (String t : tokens) {
            n = n.next.computeIfAbsent(t, k -> new Node());
        }
        n.names.add(name);
    }

    private static String plural(String label) {
        if (label.endsWith("y") && label.length() > 2 && "aeiou".indexOf(label.charAt(label.length() - 2)) < 0) {
            return label.substring(0, label.length() - 1) + "ies";
        }
        return label.endsWith("s") ? label : label + "s";
    }

    /** Maximal runs of letters and digits, as [start, end) offsets. */
    private static List<int[]> tokenize(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int s = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new int[] {s, i});
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** Collects concepts and their names from SKOS models and single pairs; {@link #build()} indexes them. */
    public static final class Builder {
        private record Entry(String name, String conceptIri, boolean preferred) {
        }

        private final Map<String, Concept> concepts = new LinkedHashMap<>();
        private final List<Entry> names = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds every SKOS concept of the model that has a preferred label; a concept typed {@code tk:DrugClass} or in
         * the drug-class scheme is a class.
         */
        public Builder add(Model model) {
            Objects.requireNonNull(model, "model");
            Set<Resource> subjects = new LinkedHashSet<>(model.listSubjectsWithProperty(SKOS.prefLabel).toList());
            for (Resource r : subjects) {
                if (!r.isURIResource() || !(r.hasProperty(RDF.type, SKOS.Concept) || r.hasProperty(RDF.type, DRUG)
                        || r.hasProperty(RDF.type, DRUG_CLASS))) {
                    continue;
                }
                boolean classLevel = r.hasProperty(RDF.type, DRUG_CLASS) || r.hasProperty(SKOS.inScheme, CLASS_SCHEME);
                String pref = preferredLabel(r);
                if (pref == null) {
                    continue;
                }
                concept(r.getURI(), pref, classLevel);
                addLabels(r, SKOS.prefLabel, true);
                addLabels(r, SKOS.altLabel, false);
                addLabels(r, SKOS.hiddenLabel, false);
            }
            return this;
        }

        /** Adds the SKOS concepts of an RDF file in any syntax Jena knows by its extension. */
        public Builder add(Path rdfFile) {
            return add(RDFDataMgr.loadModel(rdfFile.toString()));
        }

        /** Adds one name of a concept; the concept's label and level are set by the first call that names it. */
        public Builder add(String name, String conceptIri, String label, boolean classLevel) {
            Objects.requireNonNull(name, "name");
            concept(conceptIri, label, classLevel);
            names.add(new Entry(name, conceptIri, name.equals(label)));
            return this;
        }

        public SkosDrugLexicon build() {
            if (concepts.isEmpty()) {
                throw new IllegalStateException("drug lexicon: no concepts were added (a SKOS model with "
                        + "skos:prefLabel on skos:Concept resources, or name/concept pairs, is expected)");
            }
            return new SkosDrugLexicon(this);
        }

        private void concept(String iri, String label, boolean classLevel) {
            Objects.requireNonNull(iri, "concept IRI");
            Objects.requireNonNull(label, "concept label");
            concepts.putIfAbsent(iri, new Concept(iri, label, classLevel));
        }

        private void addLabels(Resource r, Property p, boolean preferred) {
            for (RDFNode o : r.listProperties(p).mapWith(s -> s.getObject()).toList()) {
                if (o.isLiteral()) {
                    names.add(new Entry(o.asLiteral().getLexicalForm(), r.getURI(), preferred));
                }
            }
        }

        private static String preferredLabel(Resource r) {
            String any = null;
            for (RDFNode o : r.listProperties(SKOS.prefLabel).mapWith(s -> s.getObject()).toList()) {
                if (!o.isLiteral()) {
                    continue;
                }
                Literal l = o.asLiteral();
                String lang = l.getLanguage();
                if (lang.isEmpty() || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                    return l.getLexicalForm();
                }
                any = any == null ? l.getLexicalForm() : any;
            }
            return any;
        }
    }
}
