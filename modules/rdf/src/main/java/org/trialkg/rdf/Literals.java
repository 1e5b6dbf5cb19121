package org.trialkg.rdf;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Typed literals in the lexical forms the ontology asks for: decimals, partial dates, XSD durations. */
final class Literals {
    private static final Pattern WEEKS = Pattern.compile("P(\\d+(?:\\.\\d+)?)W");

    private Literals() {
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The canonical xsd:decimal form ({@code 240.0}, {@code 0.95}), so equal values are equal terms. */
    static Node decimal(double d) {
        BigDecimal v = BigDecimal.valueOf(d).stripTrailingZeros();
        String lex = v.scale() <= 0 ? v.toBigInteger() + ".0" : v.toPlainString();
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    /** {@code 2024} as xsd:gYear, {@code 2024-08} as xsd:gYearMonth, {@code 2024-08-01} as xsd:date. */
    static Optional<Node> partialDate(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        XSDDatatype dt = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 10 -> XSDDatatype.XSDdate;
            default -> null;
        };
        return dt != null && dt.isValid(iso) ? Optional.of(NodeFactory.createLiteralDT(iso, dt)) : Optional.empty();
    }

    /**
     * An ISO 8601 duration as an xsd:duration. XSD has no weeks, so {@code P3W} becomes {@code P21D} (and
     * {@code P5.5W} {@code P38DT12H}); empty when the text cannot be written as one, such as a range
     * {@code P5W/P5.5W}.
     */
    static Optional<Node> duration(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        if (XSDDatatype.XSDduration.isValid(iso)) {
            return Optional.of(NodeFactory.createLiteralDT(iso, XSDDatatype.XSDduration));
        }
        Matcher m = WEEKS.matcher(iso);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal hours = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(7 * 24));
        if (hours.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        long h = hours.longValueExact();
        String lex = "P" + (h / 24) + "D" + (h % 24 == 0 ? "" : "T" + (h % 24) + "H");
        return Optional.of(NodeFactory.createLiteralDT(lex, XSDDatatype.XSDduration));
    }
}
