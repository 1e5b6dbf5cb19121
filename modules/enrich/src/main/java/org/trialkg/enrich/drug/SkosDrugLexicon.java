package org.trialkg.enrich.drug;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
    /** Where the names generated from DrugBank and Drugs@FDA sit (N-Triples, gzipped): see LexiconGenerator. */
    public static final String GENERATED_RESOURCE = "/org/trialkg/enrich/drug/generated-drugs.nt.gz";
    /** Words of trial language that running text never has as a misspelt drug name: see LexiconGenerator. */
    public static final String KNOWN_WORDS_RESOURCE = "/org/trialkg/enrich/drug/known-words.txt";

    private static final Resource DRUG = TK.Drug;
    private static final Resource DRUG_CLASS = TK.DrugClass;
    private static final Resource CLASS_SCHEME = ResourceFactory.createResource(TK.ID + "drug-class/scheme");
    private static final int FUZZY_MIN_LETTERS = 6;
    /**
     * A research code written another way ("JS-001" for JS001) is nearly as sure as the name itself: 96 of the 97
     * judged code-variant mentions of {@code bench/drug-fuzzy-code-variants.tsv} are right. Confidences rank the
     * mentions (stored with each, listed by {@code trialkg mentions}); only their order carries meaning.
     */
    private static final double CODE_VARIANT_CONFIDENCE = 0.95;
    /**
     * A misspelling is less sure with each edit: one edit 0.85, two 0.70, both under any code variant, as a typo
     * guess is wrong more often than a re-punctuated code (113 of the 129 judged misspelt mentions of the same file
     * are right, 88 %; too few at two edits to fit a second figure, so the step is set by that order).
     */
    private static final double CONFIDENCE_LOST_PER_EDIT = 0.15;
    /**
     * A word of running text this long, within the edits {@link #maxEdits} allows of a drug name as long that begins
     * with the same four letters, is a misspelling of it whatever its ending ("hydroxycholoroquine"); only
     * preferred names (INNs) are guessed this way, as brands ("Concentraid") are close to words of other languages
     * ("concentrato"), and words of trial language are never guessed (known-words.txt). Judged on the ICTRP mention
     * sample (modules/ingest/src/test/resources/drugs/ictrp-mentions-judged.tsv).
     */
    private static final int LONG_NAME = 8;
    /**
     * A name with capitals after a small letter, three capitals in all ("rHuEPO", "rhTPO", "HuMAb"), is an
     * abbreviation: its letters are chosen, not typed by mistake, so it is never taken for a misspelt name.
     */
    private static final Pattern ACRONYM = Pattern.compile(
            "^(?=(?:[^A-Z]*[A-Z]){3})[^a-z]*[a-z].*[A-Z]");
    /** Endings of drug names (INN stems); only a scanned word with one of them is tried for a misspelling. */
    private static final List<String> DRUG_STEMS = List.of("mab", "nib", "platin", "taxel", "rubicin", "citabine",
            "trexed", "tecan", "parib", "ciclib", "rasib", "fenib", "zomib", "mustine", "prazole", "setron",
            "pitant", "methasone", "solone", "cept", "lisib", "degib", "statin", "mycin", "cytidine", "quine", "buvir",
            "previr", "asvir", "navir", "sartan", "vudine", "conazole", "floxacin", "cycline");

    private record Concept(String iri, String label, boolean classLevel) {
    }

    /** A name of a concept; one that is not {@code freeText} is matched as a whole intervention name only. */
    private record Name(String conceptIri, boolean preferred, boolean freeText, boolean saltDropped) {
        Name withSaltDropped(boolean dropped) {
            return new Name(conceptIri, preferred, freeText, dropped);
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final Set<Name> names = new LinkedHashSet<>();
    }

    /** Where two capitalised words meet without a space: "Baloxavir|Marboxil". */
    private static final Pattern CAMEL_JOIN = Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll}{3})");

    private final Map<String, Concept> concepts;
    /** Each concept's classes, directly or through a broader class. */
    private final Map<String, Set<String>> classes;
    private final Map<String, Set<Name>> strict = new HashMap<>();
    private final Map<String, Set<Name>> loose = new HashMap<>();
    /**
     * Keys a misspelling may be of, by first letter (a misspelling rarely changes it) and then by length: a word is
     * compared only with keys at most two letters longer or shorter, the most edits it may have.
     */
    private final Map<Character, Map<Integer, List<String>>> fuzzyKeys = new HashMap<>();
    private final Map<String, Integer> fuzzyOrder = new HashMap<>();
    /**
     * What {@link #fuzzy} gave for each word tried, across scans: the same unknown words come back in record after
     * record (the fuzzy comparison was an eighth of an ingest's CPU time before this cache). Cleared when full.
     */
    private final Map<String, Optional<Fuzzy>> fuzzyTried = new java.util.concurrent.ConcurrentHashMap<>();
    /** Words kept in {@link #fuzzyTried}: a few MB, more than the distinct unknown words of 20,000 records. */
    private static final int FUZZY_CACHE_WORDS = 100_000;
    /** The first four letters of every fuzzy key that ends in a drug stem: only such keys pass in free text. */
    private final Set<String> stemKeyPrefixes = new java.util.HashSet<>();
    private final Node trie = new Node();
    private final Set<String> knownWords;
    /**
     * The beginnings (4 to 8 letters) of one-word names at least four letters longer: the only first words
     * {@link #splitName} joins to the next, so that most pairs of words are passed over with one lookup.
     */
    private final Set<String> nameBeginnings = new java.util.HashSet<>();
    /** Keys of preferred names: only these are guessed from a long word by its beginning (not brands). */
    private final Set<String> preferredKeys = new java.util.HashSet<>();

    private SkosDrugLexicon(Builder b) {
        this.concepts = Map.copyOf(b.concepts);
        this.classes = closure(b.broader);
        this.knownWords = Set.copyOf(b.knownWords);
        for (Builder.Entry e : b.names) {
            Concept c = concepts.get(e.conceptIri());
            Name n = new Name(c.iri(), e.preferred(), e.freeText(), false);
            if (e.preferred()) {
                preferredKeys.add(NameKeys.loose(e.name()));
            }
            index(e.name(), n);
            if (c.classLevel()) {
                index(plural(e.name()), n);
            }
        }
        for (String k : strict.keySet()) {
            if (k.length() >= 7 && k.chars().allMatch(Character::isLetter)) {
                for (int n = 4; n <= Math.min(8, k.length() - 4); n++) {
                    nameBeginnings.add(k.substring(0, n));
                }
            }
        }
        for (Map.Entry<String, Set<Name>> en : loose.entrySet()) {
            String k = en.getKey();
            if (!NameKeys.hasDigit(k) && k.length() >= FUZZY_MIN_LETTERS
                    && en.getValue().stream().anyMatch(Name::freeText)) {
                fuzzyOrder.put(k, fuzzyOrder.size());
                fuzzyKeys.computeIfAbsent(k.charAt(0), x -> new HashMap<>())
                        .computeIfAbsent(k.length(), x -> new ArrayList<>()).add(k);
                if (endsWithStem(k) || k.length() >= LONG_NAME) {
                    stemKeyPrefixes.add(k.substring(0, 4));
                }
            }
        }
    }

    /**
     * The lexicon trialkg ships: the curated {@value #SHIPPED_RESOURCE} and the names generated from DrugBank and
     * Drugs@FDA at {@value #GENERATED_RESOURCE}.
     */
    public static SkosDrugLexicon shipped() {
        return Shipped.LEXICON;
    }

    /**
     * Built once a process, on first use: building takes seconds (the JVM compiling the parser and the indexing as
     * it goes), and every store without vocabularies of its own uses the same lexicon. It is immutable but for the
     * cache of misspellings tried, which is thread-safe.
     */
    private static final class Shipped {
        static final SkosDrugLexicon LEXICON = builder().add(shippedModel()).knownWords(shippedKnownWords()).build();
    }

    /** The words of trial language shipped at {@value #KNOWN_WORDS_RESOURCE}. */
    public static Set<String> shippedKnownWords() {
        try (InputStream in = SkosDrugLexicon.class.getResourceAsStream(KNOWN_WORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(KNOWN_WORDS_RESOURCE + " is not on the classpath");
            }
            Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + KNOWN_WORDS_RESOURCE, e);
        }
    }

    /** The curated scheme alone, without the generated names (for tests of the curated file). */
    public static Model curatedModel() {
        Model m = ModelFactory.createDefaultModel();
        read(SHIPPED_RESOURCE, Lang.TURTLE, false, m);
        return m;
    }

    /** The curated scheme and the generated names in one model: what {@link #shipped()} is built from. */
    public static Model shippedModel() {
        Model m = curatedModel();
        read(GENERATED_RESOURCE, Lang.NTRIPLES, true, m);
        return m;
    }

    /** The generated names alone ({@value #GENERATED_RESOURCE}), without the curated scheme. */
    public static Model generatedModel() {
        Model m = ModelFactory.createDefaultModel();
        read(GENERATED_RESOURCE, Lang.NTRIPLES, true, m);
        return m;
    }

    private static void read(String resource, Lang lang, boolean gzip, Model into) {
        try (InputStream raw = SkosDrugLexicon.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("drug vocabulary " + resource + " is not on the classpath; "
                        + "the vocab and enrich modules serve it as resources: are they dependencies?");
            }
            InputStream in = gzip ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw;
            RDFParser.source(in).lang(lang).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
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

    @Override
    public Set<String> classesOf(String conceptIri) {
        return classes.getOrDefault(conceptIri, Set.of());
    }

    /** Each concept's broader concepts followed to the top (a cycle ends the walk). */
    private static Map<String, Set<String>> closure(Map<String, Set<String>> broader) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String c : broader.keySet()) {
            Set<String> all = new LinkedHashSet<>();
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(broader.get(c));
            while (!todo.isEmpty()) {
                String b = todo.pop();
                if (all.add(b)) {
                    todo.addAll(broader.getOrDefault(b, Set.of()));
                }
            }
            out.put(c, Set.copyOf(all));
        }
        return Map.copyOf(out);
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
        if (c.isEmpty()) {
            c = resolve(strict.get(NameKeys.whole(text))); // "Elemental calcium" is only known whole
        }
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
        if (knownWords.contains(lk)) {
            return Optional.empty(); // a word of trial language named alone ("Estrogen") is no misspelt brand (EstroGel)
        }
        if (ACRONYM.matcher(text).find()) {
            return Optional.empty(); // "rHuEPO" is an abbreviation spelt as meant, not a misspelt rHuTPO
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
        int i = 0;
        while (i < toks.size()) {
            Node n = trie;
            int last = -1;
            int lastEnd = -1;
            Set<Name> lastNames = null;
            for (int j = i; j < toks.size(); j++) {
                if (j > i && sentenceEnd(text, toks.get(j - 1), toks.get(j))) {
                    break; // "IL-1. A second cohort": the A of the next sentence is no alpha
                }
                if (j > i && commaAfterNumber(text, toks.get(j - 1), toks.get(j))) {
                    break; // "At Day 4 and 5, Amp. Methylprednisolone": a list's last number and the next word are no code
                }
                n = n.next.get(folded.get(j));
                if (n == null) {
                    break;
                }
                int end = closedEnd(text, toks.get(i)[0], toks.get(j)[1]);
                if (!n.names.isEmpty() && end >= 0) {
                    // "Yttrium-90 (Y-90)" is not the name "yttrium 90 Y": a name ends outside the brackets it opens
                    last = j;
                    lastEnd = end;
                    lastNames = n.names;
                }
            }
            // "Peg-interferon alfa-2a", "PEG-Intron": a prefix joined by a hyphen to a name written as one word
            // ("peginterferon alfa-2a", "PegIntron") is read as that word
            boolean prefixJoined = false;
            if (i + 1 < toks.size() && toks.get(i + 1)[0] == toks.get(i)[1] + 1 && text.charAt(toks.get(i)[1]) == '-'
                    && folded.get(i).chars().allMatch(Character::isLetter)) {
                Node m = trie.next.get(folded.get(i) + folded.get(i + 1));
                for (int j = i + 1; m != null; ) {
                    int end = closedEnd(text, toks.get(i)[0], toks.get(j)[1]);
                    if (!m.names.isEmpty() && end >= 0 && j >= last) {
                        // a word joined ("Peg-Intron") is that name as written; a code ("JS-001") is a variant
                        prefixJoined = folded.get(i + 1).chars().allMatch(Character::isLetter);
                        last = j;
                        lastEnd = end;
                        lastNames = m.names;
                    }
                    if (++j >= toks.size() || sentenceEnd(text, toks.get(j - 1), toks.get(j))
                            || commaAfterNumber(text, toks.get(j - 1), toks.get(j))) {
                        break;
                    }
                    m = m.next.get(folded.get(j));
                }
            }
            Optional<Concept> c = resolve(lastNames);
            if (c.isPresent()) {
                int named = last;
                while (last + 1 < toks.size() && NameKeys.SALT_WORDS.contains(folded.get(last + 1))) {
                    last++; // "Loperamide Hydrochloride": the salt belongs to the name
                }
                int s = toks.get(i)[0];
                int e = last == named ? lastEnd : toks.get(last)[1];
                String written = text.substring(s, e);
                String lk = NameKeys.loose(written);
                boolean exactForm = prefixJoined || resolve(strict.get(NameKeys.strict(written))).equals(c)
                        || !NameKeys.isCodeLike(lk);
                out.add(hit(s, e, written, c.get(), exactForm));
                i = last + 1;
                continue;
            }
            Optional<DrugHit> split = splitName(text, toks, folded, i);
            if (split.isPresent()) {
                out.add(split.get());
                i += 2;
                continue;
            }
            Optional<Concept> joined = runTogether(text.substring(toks.get(i)[0], toks.get(i)[1]));
            if (joined.isPresent()) {
                int s = toks.get(i)[0];
                int e = toks.get(i)[1];
                out.add(hit(s, e, text.substring(s, e), joined.get(), true));
                i++;
                continue;
            }
            String word = folded.get(i);
            if (word.length() >= FUZZY_MIN_LETTERS && word.chars().allMatch(Character::isLetter)
                    && !knownWords.contains(word) && !inChemicalName(text, toks.get(i)) && mayBeMisspelling(word)) {
                Optional<Fuzzy> f = fuzzy(word).filter(x -> looksLikeMisspelling(word, x.key(),
                        preferredKeys.contains(x.key())));
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

    /**
     * Whether a sentence ends between two tokens: a full stop and a space before a capital, after a token that is no
     * short abbreviation ("St. John's wort", "L. Acidophilus" run on).
     */
    private static boolean sentenceEnd(String text, int[] before, int[] next) {
        String gap = text.substring(before[1], next[0]);
        if (!gap.startsWith(".") || gap.length() < 2 || !Character.isWhitespace(gap.charAt(1))
                || !Character.isUpperCase(text.codePointAt(next[0]))) {
            return false;
        }
        String word = text.substring(before[0], before[1]);
        boolean abbreviation = word.length() <= 3 && word.chars().allMatch(Character::isLetter);
        return !abbreviation;
    }

    /** Whether a comma stands between two tokens the first of which is a number ("5, Amp" is no "5-AMP"). */
    private static boolean commaAfterNumber(String text, int[] before, int[] next) {
        if (before[1] >= text.length() || text.charAt(before[1]) != ',' || next[0] - before[1] > 3) {
            return false;
        }
        for (int k = before[0]; k < before[1]; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of a name written at [start, end): {@code end} when it closes every bracket it opens, one further when
     * the one bracket left open closes right after ("Fludeoxyglucose (18F)"), else -1.
     */
    private static int closedEnd(String text, int start, int end) {
        int open = 0;
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            if (ch == '(' || ch == '[') {
                open++;
            } else if ((ch == ')' || ch == ']') && open > 0) {
                open--;
            }
        }
        if (open == 0) {
            return end;
        }
        return open == 1 && end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == ']') ? end + 1 : -1;
    }

    private Optional<Fuzzy> fuzzy(String looseKey) {
        Optional<Fuzzy> known = fuzzyTried.get(looseKey);
        if (known != null) {
            return known;
        }
        Optional<Fuzzy> f = closest(looseKey);
        if (fuzzyTried.size() >= FUZZY_CACHE_WORDS) {
            fuzzyTried.clear();
        }
        fuzzyTried.put(looseKey, f);
        return f;
    }

    private Optional<Fuzzy> closest(String looseKey) {
        int letters = NameKeys.letterCount(looseKey);
        if (NameKeys.hasDigit(looseKey) || letters < FUZZY_MIN_LETTERS) {
            return Optional.empty(); // codes and short names are never guessed
        }
        int max = maxEdits(letters);
        int best = max + 1;
        String bestKey = null;
        Set<String> bestIris = new LinkedHashSet<>();
        Map<Integer, List<String>> byLength = fuzzyKeys.getOrDefault(looseKey.charAt(0), Map.of());
        List<String> near = new ArrayList<>();
        for (int len = looseKey.length() - max; len <= looseKey.length() + max; len++) {
            near.addAll(byLength.getOrDefault(len, List.of()));
        }
        near.sort(Comparator.comparing(fuzzyOrder::get)); // the first close key wins, as in the lexicon's order
        for (String k : near) {
            int d = NameKeys.distance(looseKey, k, Math.min(max, maxEdits(k.length())));
            if (d == 0 || d > Math.min(max, maxEdits(k.length()))) {
                continue;
            }
            if (sameStem(k, looseKey) && (k.length() == looseKey.length() || d > 1)) {
                // eflotinib is not a typo of erlotinib, nor pitavastatin of pravastatin: a changed letter, or two
                // edits, before a shared stem make another INN
                continue;
            }
            if (looseKey.equals(k + "s")) {
                continue; // a compound's name in the plural names its class: "Biguanides, thiazolidinediones"
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
    private static boolean looksLikeMisspelling(String word, String key, boolean preferredKey) {
        if (wordEnding(word, key)) {
            return false;
        }
        boolean samePrefix = word.regionMatches(0, key, 0, 4);
        return endsWithStem(key) && (endsWithStem(word) || samePrefix)
                || preferredKey && samePrefix && word.length() >= LONG_NAME && key.length() >= LONG_NAME;
    }

    /**
     * Endings of English words that drug names do not have: a scanned word ending so, close to a name that does not,
     * is a word spelt right ("Creative" is no creatine, "reversing" no reversine, "geneticist" no geneticin,
     * "cadaveric", "fibrinolysis", "Coagulant", "neuropeptide" before neuropeptide Y). A misspelt drug name keeps
     * its name's ending or loses letters of it ("Hydroxychloroquin", "Oseltamivi", "Enoxaparina"). Judged on every
     * misspelling guessed in running text over the store of the README's third fresh sample.
     */
    private static final List<String> WORD_ENDINGS = List.of("ive", "ing", "ist", "ic", "ical", "al", "sis", "ant",
            "ent", "tion", "ity", "ous", "ide", "ed", "ness", "ment", "ism", "ly");

    private static boolean wordEnding(String word, String key) {
        for (String e : WORD_ENDINGS) {
            if (word.endsWith(e) && !key.endsWith(e)) {
                return true;
            }
        }
        return false;
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

    /**
     * A name of two or more words written without their spaces, each word capitalised ("BaloxavirMarboxil"): the
     * concept when the words, spaced, are one of its names. Only a whole word that matched nothing is read this
     * way, so a brand the lexicon holds in camel case ("NovoRapid") is found as it is written.
     */
    private Optional<Concept> runTogether(String word) {
        if (!innerCapital(word) || !CAMEL_JOIN.matcher(word).find()) {
            return Optional.empty(); // most words have no capital inside: checked without a matcher, as scan is hot
        }
        return resolve(strict.get(NameKeys.strict(CAMEL_JOIN.matcher(word).replaceAll(" "))));
    }

    /**
     * One name written as two words, the first of which names nothing ("Methyl prednisolone", "dexa methasone",
     * "Hydroxy chlorquine"): the concept the two words joined name, when they name one exactly, or when the second
     * word is no name of its own and the two joined look like a misspelt name. Read the second word alone, "Methyl
     * prednisolone" was prednisolone and "Hydroxy chloroquine" chloroquine: another drug.
     */
    private Optional<DrugHit> splitName(String text, List<int[]> toks, List<String> folded, int i) {
        if (i + 1 >= toks.size()) {
            return Optional.empty();
        }
        int gap = toks.get(i)[1];
        String first = folded.get(i);
        String second = folded.get(i + 1);
        if (toks.get(i + 1)[0] != gap + 1 || text.charAt(gap) != ' ' || first.length() < 4 || first.length() > 8
                || second.length() < 4 || !nameBeginnings.contains(first) || !first.chars().allMatch(Character::isLetter)
                || !second.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String joined = first + second;
        int s = toks.get(i)[0];
        int e = toks.get(i + 1)[1];
        Optional<Concept> exact = resolve(strict.get(joined));
        if (exact.isPresent()) {
            return exact.filter(c -> !c.classLevel()).map(c -> hit(s, e, text.substring(s, e), c, true));
        }
        // guessed only when the second word alone is a misspelt name too ("chlorquine"), not any word ("Timed urine")
        if (strict.containsKey(second) || knownWords.contains(joined) || knownWords.contains(second)
                || second.length() < FUZZY_MIN_LETTERS || !mayBeMisspelling(second) || fuzzy(second).isEmpty()
                || !mayBeMisspelling(joined)) {
            return Optional.empty();
        }
        return fuzzy(joined).filter(f -> !f.concept().classLevel() && looksLikeMisspelling(joined, f.key(),
                preferredKeys.contains(f.key()))).map(f -> fuzzyHit(s, e, text.substring(s, e), f));
    }

    private static boolean innerCapital(String word) {
        for (int i = 3; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private DrugHit hit(int start, int end, String text, Concept c, boolean exactForm) {
        DrugMention.Method method = c.classLevel() ? DrugMention.Method.CLASS
                : exactForm ? DrugMention.Method.EXACT : DrugMention.Method.CODE_VARIANT;
        return new DrugHit(start, end, text, c.iri(), c.label(), c.classLevel(), method,
                exactForm ? 1.0 : CODE_VARIANT_CONFIDENCE);
    }

    private static DrugHit fuzzyHit(int start, int end, String text, Fuzzy f) {
        return new DrugHit(start, end, text, f.concept().iri(), f.concept().label(), f.concept().classLevel(),
                DrugMention.Method.FUZZY, 1.0 - CONFIDENCE_LOST_PER_EDIT * f.distance());
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
        if (preferred.size() == 1) {
            return Optional.of(concepts.get(preferred.iterator().next()));
        }
        Set<String> whole = new LinkedHashSet<>();
        for (Name n : names) {
            if (n.preferred() && !n.saltDropped()) {
                whole.add(n.conceptIri());
            }
        }
        return whole.size() == 1 ? Optional.of(concepts.get(whole.iterator().next())) : Optional.empty();
    }

    private void index(String label, Name given) {
        String whole = NameKeys.whole(label);
        List<String> toks = NameKeys.tokens(label);
        List<String> written = NameKeys.allTokens(label);
        List<String> own = NameKeys.tokens(concepts.get(given.conceptIri()).label());
        // "Elemental calcium" without calcium, the concept's own name, is the "elemental" of "5 mg of elemental zinc":
        // such a name is looked up and found in running text only whole
        boolean ownDropped = !own.isEmpty() && written.subList(toks.size(), written.size()).containsAll(own);
        String sk = ownDropped ? whole : NameKeys.strict(label);
        // "Zinc acetate" is also found as "zinc", but the concept named zinc itself wins there
        Name name = given.withSaltDropped(!sk.equals(whole));
        String lk = ownDropped ? NameKeys.lettersAndDigits(whole) : NameKeys.loose(label);
        if (lk.isEmpty()) {
            return;
        }
        strict.computeIfAbsent(sk, k -> new LinkedHashSet<>()).add(name);
        loose.computeIfAbsent(lk, k -> new LinkedHashSet<>()).add(name);
        if (!name.freeText()) {
            return; // "Water", "ATRA": a whole intervention name, never a word of running text
        }
        if (ownDropped || toks.size() == 1 && written.size() > 1
                && (shortWord(toks.get(0)) || toks.get(0).endsWith("yl"))) {
            // "Milk powder", "Alum, potassium", "Dimethyl fumarate": with its form or salt word dropped the name is a
            // short word that running text uses for other things (a drink, an aluminium adjuvant) or a chemical
            // group ("dimethyl triazeno imidazole carboxamide" is dacarbazine): running text must write it whole
            toks = written;
        }
        insert(toks, name);
        if (NameKeys.isCodeLike(lk) && lk.length() >= 4) {
            insert(List.of(lk), name);
            insert(NameKeys.splitLetterDigit(lk), name);
        }
    }

    /**
     * Whether a word is a part of a systematic chemical name, bracketed or hyphenated on both sides
     * ("1-deoxy-1-(methylamino)-"): such a part is a group of atoms, never a misspelt drug ("methylamine").
     */
    private static boolean inChemicalName(String text, int[] token) {
        char before = token[0] > 0 ? text.charAt(token[0] - 1) : ' ';
        char after = token[1] < text.length() ? text.charAt(token[1]) : ' ';
        return (before == '(' || before == '[' || before == '-') && (after == ')' || after == ']' || after == '-');
    }

    /** A word too short to stand for one drug in running text: three characters, or four letters. */
    private static boolean shortWord(String token) {
        return token.length() <= 3 || token.length() <= 4 && token.chars().allMatch(Character::isLetter);
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
        private record Entry(String name, String conceptIri, boolean preferred, boolean freeText) {
        }

        private final Map<String, Concept> concepts = new LinkedHashMap<>();
        private final List<Entry> names = new ArrayList<>();
        private final Set<String> knownWords = new java.util.HashSet<>();
        private final Map<String, Set<String>> broader = new HashMap<>();

        private Builder() {
        }

        /** Words of running text that are never taken for a misspelt drug name (folded, letters only). */
        public Builder knownWords(Set<String> words) {
            knownWords.addAll(words);
            return this;
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
                Set<String> wholeOnly = new java.util.HashSet<>();
                r.listProperties(TK.wholeNameLabel).forEachRemaining(st -> {
                    if (st.getObject().isLiteral()) {
                        wholeOnly.add(NameKeys.strict(st.getString()));
                    }
                });
                r.listProperties(SKOS.broader).forEachRemaining(st -> {
                    if (st.getObject().isURIResource()) {
                        broader.computeIfAbsent(r.getURI(), k -> new LinkedHashSet<>())
                                .add(st.getObject().asResource().getURI());
                    }
                });
                addLabels(r, SKOS.prefLabel, true, wholeOnly);
                addLabels(r, SKOS.altLabel, false, wholeOnly);
                addLabels(r, SKOS.hiddenLabel, false, wholeOnly);
                addLabels(r, TK.wholeNameLabel, false, wholeOnly);
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
            names.add(new Entry(name, conceptIri, name.equals(label), true));
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

        // A preferred label that is also a whole-name label ("Water") names the concept but is not read in text.
        private void addLabels(Resource r, Property p, boolean preferred, Set<String> wholeOnly) {
            for (RDFNode o : r.listProperties(p).mapWith(s -> s.getObject()).toList()) {
                if (o.isLiteral()) {
                    String name = o.asLiteral().getLexicalForm();
                    names.add(new Entry(name, r.getURI(), preferred,
                            !wholeOnly.contains(NameKeys.strict(name))));
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
