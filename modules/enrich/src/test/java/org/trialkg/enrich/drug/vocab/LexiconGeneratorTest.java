package org.trialkg.enrich.drug.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.vocab.TK;

class LexiconGeneratorTest {
    private static final String DRUG = DrugConcepts.DRUG_BASE;

    private static Path resource(String name) throws Exception {
        return Path.of(LexiconGeneratorTest.class.getResource("/vocab/" + name).toURI());
    }

    private static Model generate(Set<String> ordinary) throws Exception {
        Model curated = VocabularyFileTest.shipped();
        return new LexiconGenerator(curated, ordinary).generate(resource("drugbank-sample.csv"),
                resource("drugsatfda-sample.txt"));
    }

    @Test
    void addsDrugsTheCuratedSchemeLacksAndNamesToTheOnesItHas() throws Exception {
        Model m = generate(Set.of());
        var examplimab = m.createResource(DRUG + "examplimab");
        assertTrue(m.contains(examplimab, SKOS.prefLabel, m.createLiteral("Examplimab", "en")));
        assertTrue(m.contains(examplimab, SKOS.altLabel, m.createLiteral("Exemplimabum", "en")));
        var capecitabine = m.createResource(DRUG + "capecitabine");
        assertTrue(m.contains(capecitabine, SKOS.altLabel, m.createLiteral("Capecitabinum", "en")));
        assertFalse(m.contains(capecitabine, SKOS.prefLabel), "the curated concept keeps its own preferred label");
    }

    @Test
    void keepsShortCodesCapitalAbbreviationsAndOrdinaryWordsForWholeNamesOnly() throws Exception {
        LexiconGenerator g = new LexiconGenerator(ModelFactory.createDefaultModel(), Set.of("control", "water"));
        assertFalse(g.freeText("EXA", "exa"), "three characters");
        assertFalse(g.freeText("Tak-N", "takn"), "four letters");
        assertFalse(g.freeText("DOXO", "doxo"));
        assertFalse(g.freeText("ATRAX", "atrax"), "an abbreviation in capitals");
        assertFalse(g.freeText("G100", "g100"), "one letter and digits: a unit and a number in a dose");
        assertFalse(g.freeText("Water", "water"), "an ordinary word");
        assertTrue(g.freeText("EXA-42", "exa42"), "a research code");
        assertTrue(g.freeText("Exemplimabum", "exemplimabum"));
        Model m = generate(Set.of("examplimab"));
        var examplimab = m.createResource(DRUG + "examplimab");
        assertTrue(m.contains(examplimab, TK.wholeNameLabel, m.createLiteral("Examplimab", "en")),
                "a preferred name that is an ordinary word is read as a whole name only");
    }

    @Test
    void curatedNamesWinOverGeneratedOnes() throws Exception {
        Model m = generate(Set.of());
        // Camptosar and Onivyde are the brands of irinotecan, curated: the generated file does not repeat them
        var irinotecan = m.createResource(DRUG + "irinotecan");
        assertFalse(m.contains(irinotecan, SKOS.altLabel, m.createLiteral("CAMPTOSAR", "en")));
        for (var s : m.listStatements(null, SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            var owners = SkosDrugLexicon.builder().add(VocabularyFileTest.shipped()).build().lookup(s.getString());
            owners.ifPresent(h -> assertEquals(s.getSubject().getURI(), h.conceptIri(),
                    s.getString() + " is a curated name of another concept"));
        }
    }

    @Test
    void writesSortedGzippedNTriplesAfterAHeader() throws Exception {
        Model m = generate(Set.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LexiconGenerator.write(m, List.of("origin line"), out);
        byte[] text = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes();
        List<String> lines = new String(text, StandardCharsets.UTF_8).lines().toList();
        assertEquals("# origin line", lines.get(0));
        List<String> triples = lines.subList(1, lines.size());
        assertEquals(triples.stream().sorted().toList(), triples);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(text)).lang(Lang.NTRIPLES).parse(back);
        assertTrue(back.isIsomorphicWith(m));
    }

    @Test
    void dropsSystematicChemicalNames() throws Exception {
        LexiconGenerator g = new LexiconGenerator(ModelFactory.createDefaultModel(), Set.of());
        assertEquals("examplol", LexiconGenerator.matchKey("Examplol sodium"));
        Model m = generate(Set.of());
        m.listStatements(null, SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(s ->
                assertFalse(s.getString().contains("[") || s.getString().matches(".*\\d,\\d.*"), s.getString()));
        assertTrue(g.freeText("Examplimab", "examplimab"));
    }
}
