package org.trialkg.enrich.drug.vocab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.vocab.TK;

/**
 * Builds the generated part of the shipped drug lexicon from the DrugBank open vocabulary (CC0) and Drugs@FDA
 * products (US public domain), merged with the curated {@code ontology/drugs.ttl}: the curated file wins, so a
 * generated name that the curated file gives to another concept is dropped, and a generated concept whose preferred
 * name is a curated name of another one is dropped whole.
 *
 * <p>Names that would match far more running text than the drug are kept for whole intervention names only
 * ({@code tk:wholeNameLabel}): ordinary words of trial titles and summaries, short codes (three characters or less,
 * or four letters or less) and abbreviations written in capitals. Systematic chemical names and names two generated
 * drugs share are dropped: no trial writes the first, and the second names no single drug.
 *
 * <p>Run by hand when the vocabularies change ({@code bench/generate-lexicon.sh}); the output is committed:
 * <pre>{@code
 * java -cp 'modules/cli/target/lib/*' org.trialkg.enrich.drug.vocab.LexiconGenerator \
 *     ../shared/data/vocab ../shared/data/ctgov-xml modules/enrich/src/main/resources/org/trialkg/enrich/drug/generated-drugs.nt.gz
 * }</pre>
 */
public final class LexiconGenerator {
    /**
     * A word in at least this share of ClinicalTrials.gov titles and summaries is ordinary trial language. 0.3 % of
     * the 6,786 legacy XML records is 21 records: it takes in water, oxygen, control, standard and blood, while the
     * generated drug names above it that are drugs given (insulin, aspirin, metformin) are curated and so exempt.
     */
    public static final double ORDINARY_SHARE = 0.003;
    /**
     * A word of six letters or more in at least this share of the records (0.05 %, 4 of 6,921) is a word of trial
     * language that is never read as a misspelt drug name: "infection" is not Infecton, "recombinant" no drug.
     */
    public static final double KNOWN_WORD_SHARE = 0.0005;
    private static final int FUZZY_MIN_LETTERS = 6;

    private static final Pattern CHEMICAL = Pattern.compile("[\\[\\]{}]|\\d,\\d|\\(\\s*[RSEZ+-]\\s*[),]|\\d-yl\\b");
    private static final int MAX_NAME_CHARS = 60;
    private static final Pattern CAPITALS = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern ONE_LETTER_CODE = Pattern.compile("[a-z]\\d+[a-z]?");
    // A target alone names every antibody against it: "Anti-CD3" is muromonab, teplizumab and others, "Anti-CD40L"
    // toralizumab and ruplizumab; DrugBank gives it to one of them.
    private static final Pattern TARGET_ONLY = Pattern.compile("(?i)anti[-\\s][\\p{L}\\d]{2,12}");

    private final Model curated;
    private final Set<String> ordinary;

    public LexiconGenerator(Model curated, Set<String> ordinaryWords) {
        this.curated = Objects.requireNonNull(curated, "curated scheme");
        Set<String> words = new java.util.HashSet<>(Objects.requireNonNull(ordinaryWords, "ordinary words"));
        words.addAll(DrugConcepts.ORDINARY_WORDS); // the words the vocabulary readers already keep out of brands
        this.ordinary = Set.copyOf(words);
    }

    /** The generated concepts and names; concepts the curated scheme has are given names only, not a label or type. */
    public Model generate(Path drugbankCsv, Path drugsAtFdaProducts) {
        KnownDrugs known = KnownDrugs.of(curated);
        Model raw = VocabularyFile.read(drugbankCsv, known);
        Model withBank = ModelFactory.createDefaultModel().add(curated).add(raw);
        raw.add(VocabularyFile.read(drugsAtFdaProducts, KnownDrugs.of(withBank)));
        return filter(raw);
    }

    private Model filter(Model raw) {
        Map<String, Set<String>> curatedOwners = owners(curated, Set.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel));
        Map<String, Set<String>> generatedOwners = owners(raw, Set.of(SKOS.prefLabel, SKOS.altLabel));
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(raw.getNsPrefixMap());
        for (Resource c : raw.listSubjectsWithProperty(SKOS.prefLabel).toList()) {
            String iri = c.getURI();
            boolean isCurated = curated.contains(c, SKOS.prefLabel);
            String prefKey = matchKey(c.getProperty(SKOS.prefLabel).getString());
            if (!isCurated) {
                Set<String> cur = curatedOwners.get(prefKey);
                if (cur != null && !cur.contains(iri)) {
                    continue; // a DrugBank name that is a curated code or brand of another drug
                }
                for (Statement s : c.listProperties().toList()) {
                    if (!s.getPredicate().equals(SKOS.prefLabel) && !s.getPredicate().equals(SKOS.altLabel)) {
                        out.add(s);
                    }
                }
                Literal pref = c.getProperty(SKOS.prefLabel).getLiteral();
                out.add(c, SKOS.prefLabel, pref);
                // "Water", "Phosphate", "G100": a drug's own name that is a word or a dose in running text; short
                // names are kept (zinc, urea), as the regimen accuracy lost two units with them whole-name only
                String prefWord = DrugConcepts.key(pref.getString());
                if (ordinary.contains(prefWord) || SaltForms.isSaltWord(prefWord)
                        || ordinary.contains(matchKey(pref.getString()))
                        || ONE_LETTER_CODE.matcher(prefWord).matches()) {
                    out.add(c, TK.wholeNameLabel, pref);
                }
            } else {
                c.listProperties(SKOS.exactMatch).forEachRemaining(out::add);
            }
            Set<String> written = new HashSet<>();
            written.add(prefKey);
            for (Statement s : c.listProperties(SKOS.altLabel).toList()) {
                String name = s.getString().strip();
                String k = matchKey(name);
                if (k.isEmpty() || !written.add(k) || chemical(name) || TARGET_ONLY.matcher(name).matches()) {
                    continue;
                }
                Set<String> cur = curatedOwners.get(k);
                if (cur != null) {
                    continue; // the curated scheme has the name: its owner wins, and its own names are there already
                }
                if (generatedOwners.get(k).size() > 1) {
                    continue; // two drugs share the name: it names neither
                }
                Property p = freeText(name, DrugConcepts.key(name)) ? SKOS.altLabel : TK.wholeNameLabel;
                out.add(c, p, out.createLiteral(name, "en"));
            }
        }
        return out;
    }

    /** Whether a synonym may be matched in running text. */
    boolean freeText(String name, String key) {
        boolean lettersOnly = key.chars().allMatch(Character::isLetter);
        if (key.length() <= 3 || lettersOnly && key.length() <= 4) {
            return false;
        }
        if (ONE_LETTER_CODE.matcher(key).matches()) {
            return false; // "G100" is read in "1 g / 100 ml", "D5" in "d 5"
        }
        if (CAPITALS.matcher(name).matches()) {
            return false; // "ATRA", "DOXO": an abbreviation names other things in other trials
        }
        // "Secondary potassium phosphate" is "secondary" once the lexicon drops its salt words
        String matched = matchKey(name);
        return !ordinary.contains(key) && !SaltForms.isSaltWord(key) && !ordinary.contains(matched)
                && !SaltForms.isSaltWord(matched);
    }

    /** Two names the lexicon cannot tell apart share this key: "Vitamin C sodium" is "vitamin C" to it. */
    static String matchKey(String name) {
        return DrugConcepts.key(SaltForms.parent(name.replace('-', ' ')));
    }

    private static boolean chemical(String name) {
        return name.length() > MAX_NAME_CHARS || CHEMICAL.matcher(name).find();
    }

    private static Map<String, Set<String>> owners(Model m, Set<Property> props) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Property p : props) {
            for (Statement s : m.listStatements(null, p, (RDFNode) null).toList()) {
                if (s.getSubject().isURIResource() && s.getObject().isLiteral()) {
                    out.computeIfAbsent(matchKey(s.getString()), k -> new HashSet<>())
                            .add(s.getSubject().getURI());
                }
            }
        }
        return out;
    }

    /** Writes N-Triples, sorted so that a regeneration diffs line by line, gzipped, after a header of comments. */
    public static void write(Model m, List<String> header, OutputStream out) throws IOException {
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, m, Lang.NTRIPLES);
        List<String> lines = new ArrayList<>(List.of(nt.toString(StandardCharsets.UTF_8).split("\n")));
        lines.sort(null);
        try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            for (String h : header) {
                w.write("# " + h + "\n");
            }
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    /** {@code LexiconGenerator VOCAB_DIR CTGOV_XML_DIR OUT.nt.gz}: see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LexiconGenerator VOCAB_DIR CTGOV_XML_DIR OUT.nt.gz");
            System.exit(2);
        }
        Path vocab = Path.of(args[0]);
        Model curated = ModelFactory.createDefaultModel();
        try (InputStream in = LexiconGenerator.class.getResourceAsStream(TK.DRUGS_RESOURCE)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(curated);
        }
        OrdinaryWords words = OrdinaryWords.count(Path.of(args[1]));
        Set<String> ordinary = words.frequent(ORDINARY_SHARE);
        Model m = new LexiconGenerator(curated, ordinary).generate(vocab.resolve("drugbank-open-vocabulary.csv"),
                vocab.resolve("drugsatfda-products.txt"));
        long concepts = m.listSubjectsWithProperty(RDF.type, TK.Drug).toList().size();
        List<String> header = List.of(
                "trialkg generated drug lexicon: " + concepts + " drug concepts, " + m.size() + " triples.",
                "Generated by org.trialkg.enrich.drug.vocab.LexiconGenerator (bench/generate-lexicon.sh); do not edit.",
                "Sources: DrugBank open vocabulary (CC0 1.0, drugbank-open-vocabulary.csv) and Drugs@FDA",
                "Products.txt (US public domain, 2018), merged with the curated ontology/drugs.ttl, which wins.",
                "tk:wholeNameLabel: matched as a whole intervention name only; ordinary words counted in "
                        + words.documents() + " ClinicalTrials.gov records (share " + ORDINARY_SHARE + ").");
        Path outFile = Path.of(args[2]);
        try (OutputStream out = Files.newOutputStream(outFile)) {
            write(m, header, out);
        }
        List<String> known = words.frequent(KNOWN_WORD_SHARE).stream()
                .filter(w -> w.length() >= FUZZY_MIN_LETTERS && w.chars().allMatch(Character::isLetter)).toList();
        List<String> wordsOut = new ArrayList<>();
        wordsOut.add("# Words of trial language never read as a misspelt drug name: every word of six letters or more in");
        wordsOut.add("# at least " + KNOWN_WORD_SHARE + " of the titles and summaries of " + words.documents()
                + " ClinicalTrials.gov records; generated by LexiconGenerator, do not edit.");
        wordsOut.addAll(known);
        Files.write(outFile.resolveSibling(SkosDrugLexicon.KNOWN_WORDS_RESOURCE.substring(
                SkosDrugLexicon.KNOWN_WORDS_RESOURCE.lastIndexOf('/') + 1)), wordsOut, StandardCharsets.UTF_8);
        header.forEach(System.out::println);
    }
}
