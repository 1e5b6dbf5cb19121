package org.trialkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class TKTest {
    private static final Set<Resource> DECLARING_TYPES = Set.of(OWL.Class, OWL.ObjectProperty,
            OWL.DatatypeProperty, SKOS.ConceptScheme, SKOS.Concept);

    private static Model ontology() throws Exception {
        try (InputStream in = TK.class.getResourceAsStream(TK.ONTOLOGY_RESOURCE)) {
            assertNotNull(in, "ontology/trialkg.ttl is not on the classpath at " + TK.ONTOLOGY_RESOURCE);
            Model m = ModelFactory.createDefaultModel();
            // RDFParser is strict: a syntax error fails the test with line and column.
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        }
    }

    private static boolean declared(Model m, Resource term) {
        return m.listObjectsOfProperty(term, RDF.type).toList().stream().anyMatch(DECLARING_TYPES::contains);
    }

    private static List<Resource> constants() throws IllegalAccessException {
        List<Resource> out = new ArrayList<>();
        for (Field f : TK.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                if (r.getURI().startsWith(TK.NS)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    @Test
    void ontologyParsesAndHasTerms() throws Exception {
        Model m = ontology();
        assertTrue(m.size() > 500, "ontology looks truncated: " + m.size() + " triples");
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        Model m = ontology();
        Set<String> missing = new TreeSet<>();
        for (Resource r : constants()) {
            if (!declared(m, r)) {
                missing.add(r.getLocalName());
            }
        }
        assertEquals(Set.of(), missing, "TK terms not declared in ontology/trialkg.ttl");
    }

    @Test
    void everyOntologyTermHasAConstant() throws Exception {
        Model m = ontology();
        Set<String> inJava = new TreeSet<>();
        for (Resource r : constants()) {
            inJava.add(r.getURI());
        }
        Set<String> missing = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme)) {
            m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(TK.NS) && !inJava.contains(s.getURI())) {
                    missing.add(s.getURI());
                }
            });
        }
        assertEquals(Set.of(), missing, "ontology terms without a TK constant");
    }

    @Test
    void everyEnumerationValueIsAConceptOfItsScheme() throws Exception {
        Model m = ontology();
        for (Enumeration e : Enumeration.values()) {
            assertTrue(declared(m, e.scheme()), "scheme " + e.scheme());
            assertTrue(declared(m, e.property()), "property " + e.property());
            assertTrue(declared(m, e.textProperty()), "text property " + e.textProperty());
            Set<String> inFile = new TreeSet<>();
            m.listSubjectsWithProperty(SKOS.inScheme, e.scheme()).forEachRemaining(c -> {
                RDFNode notation = m.getProperty(c, SKOS.notation).getObject();
                inFile.add(notation.asLiteral().getLexicalForm());
                assertTrue(m.contains(c, SKOS.prefLabel), "prefLabel of " + c);
                assertEquals(e.concept(notation.asLiteral().getLexicalForm()).orElseThrow(), c);
            });
            assertEquals(new TreeSet<>(e.notations()), inFile, "values of " + e);
        }
    }

    @Test
    void conceptHelpersMapValuesAndRejectUnknownOnes() {
        assertEquals(TK.NS + "phase_PHASE3", TK.phase("PHASE3").orElseThrow().getURI());
        assertEquals(TK.NS + "status_RECRUITING", TK.status("RECRUITING").orElseThrow().getURI());
        assertEquals(TK.NS + "registry_nct", TK.registry("nct").orElseThrow().getURI());
        assertFalse(TK.phase("Phase 3").isPresent());
        assertFalse(TK.phase(null).isPresent());
        assertEquals("NA", Enumeration.ALLOCATION.notation(TK.NS + "allocation_NA").orElseThrow());
        assertFalse(Enumeration.PHASE.notation(TK.NS + "allocation_NA").isPresent());
    }

    @Test
    void shapesListEveryConceptOfEveryScheme() throws Exception {
        Model shapes = ModelFactory.createDefaultModel();
        try (InputStream in = TK.class.getResourceAsStream(TK.SHAPES_RESOURCE)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        }
        Set<String> missing = new TreeSet<>();
        for (Enumeration e : Enumeration.values()) {
            for (String v : e.notations()) {
                if (!shapes.containsResource(e.concept(v).orElseThrow())) {
                    missing.add(e + " " + v);
                }
            }
        }
        assertEquals(Set.of(), missing, "concepts missing from the sh:in lists of ontology/shapes.ttl");
    }

    @Test
    void shapesAreOnTheClasspathAndParse() throws Exception {
        try (InputStream in = TK.class.getResourceAsStream(TK.SHAPES_RESOURCE)) {
            assertNotNull(in, "ontology/shapes.ttl is not on the classpath");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            assertFalse(m.isEmpty());
        }
    }
}
