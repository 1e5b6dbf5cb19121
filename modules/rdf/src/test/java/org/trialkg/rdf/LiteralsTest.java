package org.trialkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static Optional<String> duration(String iso) {
        return Literals.duration(iso).map(Node::getLiteralLexicalForm);
    }

    @Test
    void writesWeeksAsDaysBecauseXsdDurationHasNoWeeks() {
        assertEquals(Optional.of("P21D"), duration("P3W"));
        assertEquals(Optional.of("P38DT12H"), duration("P5.5W"));
        assertEquals(Optional.of("P1Y"), duration("P1Y"));
        assertEquals(Optional.of("P1D"), duration("P1D"));
    }

    @Test
    void refusesDurationsXsdCannotHold() {
        assertTrue(duration("P5W/P5.5W").isEmpty());
        assertTrue(duration("every 3 weeks").isEmpty());
        assertTrue(duration("P0.1234W").isEmpty());
        assertTrue(duration(null).isEmpty());
    }

    @Test
    void writesCanonicalDecimalsAndPartialDates() {
        assertEquals("240.0", Literals.decimal(240).getLiteralLexicalForm());
        assertEquals("0.95", Literals.decimal(0.95).getLiteralLexicalForm());
        assertEquals("50.4", Literals.decimal(50.4).getLiteralLexicalForm());
        assertTrue(Literals.partialDate("2024-13").isEmpty(), "month 13 is no gYearMonth");
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth",
                Literals.partialDate("2024-08").orElseThrow().getLiteralDatatypeURI());
    }
}
