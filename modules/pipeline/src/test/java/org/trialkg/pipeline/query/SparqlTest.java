package org.trialkg.pipeline.query;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.Workspace;

class SparqlTest {
    @TempDir
    Path tmp;

    @Test
    void updateIsRefusedAsReadOnlyNotAsASyntaxError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sparql.parse("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
        assertTrue(e.getMessage().startsWith("SPARQL Update is not accepted"), e.getMessage());
        IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class, () -> Sparql.parse("SELECT WHERE {"));
        assertTrue(syntax.getMessage().startsWith("SPARQL syntax error at line 1"), syntax.getMessage());
    }

    @Test
    void writesSelectAndAskResultsAsSparqlXml() {
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            ByteArrayOutputStream select = new ByteArrayOutputStream();
            new Sparql(ws).run("SELECT ?x WHERE { BIND(\"a<b\" AS ?x) }", Sparql.Format.XML, select);
            String xml = select.toString(StandardCharsets.UTF_8);
            assertTrue(xml.contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"")
                    && xml.contains("<binding name=\"x\">") && xml.contains("<literal>a&lt;b</literal>"), xml);
            ByteArrayOutputStream ask = new ByteArrayOutputStream();
            new Sparql(ws).run("ASK {}", Sparql.Format.XML, ask);
            assertTrue(ask.toString(StandardCharsets.UTF_8).contains("<boolean>true</boolean>"), ask.toString(StandardCharsets.UTF_8));
        }
    }
}
