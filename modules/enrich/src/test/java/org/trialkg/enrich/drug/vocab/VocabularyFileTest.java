package org.trialkg.enrich.drug.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.vocab.TK;

class VocabularyFileTest {
    private static final String DRUG = "https://w3id.org/trialkg/id/drug/";

    static Model shipped() throws Exception {
        try (InputStream in = SkosDrugLexicon.class.getResourceAsStream(SkosDrugLexicon.SHIPPED_RESOURCE)) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        }
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(VocabularyFileTest.class.getResource("/vocab/" + name).toURI());
    }

    static Path shared() {
        String p = System.getProperty("trialkg.shared");
        return p != null && !p.isBlank() ? Path.of(p) : Path.of("../../../shared");
    }

    private static Set<String> labels(Model m, String iri, org.apache.jena.rdf.model.Property p) {
        Resource r = m.getResource(iri);
        return r.listProperties(p).mapWith(s -> s.getString()).toSet();
    }

    @Test
    void detectsFormatsByHeader() throws Exception {
        assertEquals(VocabularyFile.Format.DRUGBANK_CSV, VocabularyFile.detect(resource("drugbank-sample.csv")));
        assertEquals(VocabularyFile.Format.DRUGS_AT_FDA, VocabularyFile.detect(resource("drugsatfda-sample.txt")));
    }

    @Test
    void drugbankRowOfAShippedDrugMergesWithItsConcept() throws Exception {
        Model m = VocabularyFile.read(resource("drugbank-sample.csv"), KnownDrugs.of(shipped()));
        String cape = DRUG + "capecitabine";
        assertEquals(Set.of("capecitabine"), labels(m, cape, SKOS.prefLabel), "the shipped preferred label is kept");
        assertTrue(labels(m, cape, SKOS.altLabel).containsAll(Set.of("Capecitabina", "Capécitabine", "Capecitabine")));
        assertTrue(m.getResource(cape).hasProperty(SKOS.exactMatch,
                m.createResource("https://go.drugbank.com/drugs/DB01101")));
        assertTrue(m.getResource(cape).hasProperty(SKOS.exactMatch,
                m.createResource("https://precision.fda.gov/uniisearch/srs/unii/6804DJ8Z9U")));
    }

    @Test
    void drugbankRowOfANewDrugGetsTheIriOfItsName() throws Exception {
        Model m = VocabularyFile.read(resource("drugbank-sample.csv"), KnownDrugs.of(shipped()));
        assertEquals(Set.of("Examplimab"), labels(m, DRUG + "examplimab", SKOS.prefLabel));
        assertEquals(Set.of("Exemplimabum", "EXA-42"), labels(m, DRUG + "examplimab", SKOS.altLabel));
        assertEquals(Set.of("Examplol, sodium"), labels(m, DRUG + "examplol-sodium", SKOS.prefLabel));
    }

    @Test
    void fdaBrandOfOneIngredientNamesTheParentDrug() throws Exception {
        Model m = VocabularyFile.read(resource("drugsatfda-sample.txt"), KnownDrugs.of(shipped()));
        String iri = DRUG + "irinotecan";
        assertEquals(Set.of("irinotecan"), labels(m, iri, SKOS.prefLabel));
        assertTrue(labels(m, iri, SKOS.altLabel).containsAll(Set.of("ONIVYDE", "CAMPTOSAR",
                "IRINOTECAN HYDROCHLORIDE")), labels(m, iri, SKOS.altLabel).toString());
        assertEquals(Set.of("novelstat"), labels(m, DRUG + "novelstat", SKOS.prefLabel), "salt form to parent");
        assertTrue(labels(m, DRUG + "novelstat", SKOS.altLabel).contains("NEWBRAND"));
    }

    @Test
    void fdaBrandOfACombinationOrOfTwoDrugsNamesNoSingleDrug() throws Exception {
        Model m = VocabularyFile.read(resource("drugsatfda-sample.txt"), KnownDrugs.none());
        Set<String> all = m.listObjectsOfProperty(SKOS.altLabel).mapWith(n -> n.asLiteral().getString()).toSet();
        assertFalse(labels(m, DRUG + "hydrocodone", SKOS.altLabel).contains("HYCODAN"),
                "a combination brand is no single drug's name");
        assertFalse(all.contains("SAMENAME"), "a brand of two different drugs is ambiguous");
        assertTrue(m.getResource(DRUG + "hydrocodone").hasProperty(SKOS.prefLabel), "each ingredient is a drug");
    }

    @Test
    void fdaCombinationIsAConceptWithItsIngredientsAndBrands() throws Exception {
        Model m = VocabularyFile.read(resource("drugsatfda-sample.txt"), KnownDrugs.none());
        List<Resource> combinations = m.listSubjectsWithProperty(TK.hasIngredient,
                m.createResource(DRUG + "hydrocodone")).toList();
        assertEquals(1, combinations.size(), combinations.toString());
        Resource hycodan = combinations.get(0);
        assertEquals(Set.of("homatropine methylbromide/hydrocodone"), labels(m, hycodan.getURI(), SKOS.prefLabel));
        assertEquals(Set.of("HYCODAN"), labels(m, hycodan.getURI(), SKOS.altLabel));
        assertEquals(Set.of(DRUG + "homatropine-methylbromide", DRUG + "hydrocodone"),
                hycodan.listProperties(TK.hasIngredient).mapWith(st -> st.getResource().getURI()).toSet());
        // a combination the known scheme has gets the brands only, under its own concept
        Model known = ModelFactory.createDefaultModel();
        Resource curated = known.createResource(DRUG + "hycodan-curated")
                .addProperty(SKOS.prefLabel, "homatropine and hydrocodone", "en")
                .addProperty(TK.hasIngredient, known.createResource(DRUG + "homatropine-methylbromide"))
                .addProperty(TK.hasIngredient, known.createResource(DRUG + "hydrocodone"));
        known.createResource(DRUG + "homatropine-methylbromide")
                .addProperty(SKOS.prefLabel, "homatropine methylbromide", "en");
        known.createResource(DRUG + "hydrocodone").addProperty(SKOS.prefLabel, "hydrocodone", "en");
        Model merged = VocabularyFile.read(resource("drugsatfda-sample.txt"), KnownDrugs.of(known));
        assertTrue(labels(merged, curated.getURI(), SKOS.altLabel).contains("HYCODAN"));
        assertEquals(List.of(curated.getURI()), merged.listSubjectsWithProperty(SKOS.altLabel, "HYCODAN", "en")
                .mapWith(Resource::getURI).toList(), "no second concept for the combination");
    }

    @Test
    void unreadableRdfIsReportedWithTheFile(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "this is not turtle <");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VocabularyFile.read(bad, KnownDrugs.none()));
        assertTrue(e.getMessage().contains("bad.ttl"), e.getMessage());
    }

    @Test
    void realFilesLoadAndTheLexiconMatchesTheirNames() throws Exception {
        Path dir = shared().resolve("data/vocab");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "shared vocab data absent: " + dir);
        Model shipped = shipped();
        long t0 = System.nanoTime();
        Model db = VocabularyFile.read(dir.resolve("drugbank-open-vocabulary.csv"), KnownDrugs.of(shipped));
        long t1 = System.nanoTime();
        Model known = ModelFactory.createDefaultModel().add(shipped).add(db);
        Model fda = VocabularyFile.read(dir.resolve("drugsatfda-products.txt"), KnownDrugs.of(known));
        long t2 = System.nanoTime();
        SkosDrugLexicon lex = SkosDrugLexicon.builder().add(shipped).add(db).add(fda).build();
        long t3 = System.nanoTime();
        System.out.printf("drugbank %d triples in %d ms; fda %d triples in %d ms; lexicon %d concepts in %d ms%n",
                db.size(), (t1 - t0) / 1_000_000, fda.size(), (t2 - t1) / 1_000_000, lex.conceptCount(),
                (t3 - t2) / 1_000_000);
        assertEquals(DRUG + "irinotecan", lex.lookup("Onivyde").orElseThrow().conceptIri());
        assertEquals(DRUG + "capecitabine", lex.lookup("Capecitabina").orElseThrow().conceptIri());
        assertTrue(lex.conceptCount() > 19_000, "DrugBank adds its drugs: " + lex.conceptCount());
        Set<String> capeIris = lex.scan("capecitabine and XELODA").stream().map(h -> h.conceptIri())
                .collect(Collectors.toSet());
        assertEquals(Set.of(DRUG + "capecitabine"), capeIris, "one concept, not a DrugBank duplicate");
        assertEquals(List.of(), lex.scan("No drug, same as blood F test, 5 MG, 11C PET").stream().map(h -> h.text()).toList(),
                "short synonyms and ordinary words (NO, F, SAMe, blood, Mg sulfate, 11C-acetate) are not drug names in free text");
    }
}
