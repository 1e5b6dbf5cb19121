package org.trialkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.model.OrganisationNames;
import org.trialkg.vocab.Enumeration;

/**
 * Reads values off nodes of a graph in a stable order: parts by their number, literals by their text. Shared by the
 * trial card and the search index's projection, so that both read the graph alike.
 */
public final class GraphReader {
    /** Orders IRIs such as {@code .../arm/2} before {@code .../arm/10}, then literals by lexical form. */
    public static final Comparator<Node> ORDER = GraphReader::compare;

    private final Graph graph;

    public GraphReader(Graph graph) {
        this.graph = graph;
    }

    public Graph graph() {
        return graph;
    }

    public List<Node> objects(Node s, Property p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(ORDER);
        return out;
    }

    public List<Node> subjects(Property p, Node o) {
        List<Node> out = new ArrayList<>();
        graph.find(Node.ANY, p.asNode(), o).forEachRemaining(t -> {
            if (!out.contains(t.getSubject())) {
                out.add(t.getSubject());
            }
        });
        out.sort(ORDER);
        return out;
    }

    public boolean hasType(Node s, Resource type) {
        return graph.contains(s, RDF.type.asNode(), type.asNode());
    }

    public List<String> strings(Node s, Property p) {
        List<String> out = new ArrayList<>();
        for (Node o : objects(s, p)) {
            if (o.isLiteral() && !out.contains(o.getLiteralLexicalForm())) {
                out.add(o.getLiteralLexicalForm());
            }
        }
        return out;
    }

    public String string(Node s, Property p) {
        List<String> all = strings(s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    public Integer integer(Node s, Property p) {
        String v = string(s, p);
        return v == null ? null : new BigDecimal(v).intValueExact();
    }

    public Double decimal(Node s, Property p) {
        String v = string(s, p);
        return v == null ? null : Double.valueOf(v);
    }

    public Boolean bool(Node s, Property p) {
        String v = string(s, p);
        return v == null ? null : Boolean.valueOf(v.equals("true") || v.equals("1"));
    }

    /** The enumeration values a node has: notations of its concepts, then texts that are in no scheme. */
    public List<String> enumerated(Node s, Enumeration e, Property conceptProperty, Property textProperty) {
        List<String> out = new ArrayList<>();
        for (Node o : objects(s, conceptProperty)) {
            if (o.isURI()) {
                e.notation(o.getURI()).filter(v -> !out.contains(v)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt(v -> e.notations().indexOf(v)));
        for (String t : strings(s, textProperty)) {
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    public String enumerated(Node s, Enumeration e) {
        List<String> all = enumerated(s, e, e.property(), e.textProperty());
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * A concept's name for a drug: its English or untagged {@code skos:prefLabel} first, so that a scheme with labels
     * in several languages still names drugs in English; else the first label; null when it has none.
     */
    public String prefLabel(Node concept) {
        String fallback = null;
        for (Node l : objects(concept, SKOS.prefLabel)) {
            if (!l.isLiteral()) {
                continue;
            }
            String lang = l.getLiteralLanguage();
            if (lang.isEmpty() || lang.toLowerCase(Locale.ROOT).startsWith("en")) {
                return l.getLiteralLexicalForm();
            }
            fallback = fallback == null ? l.getLiteralLexicalForm() : fallback;
        }
        return fallback;
    }

    /** The name a drug mention goes by: its concept's label, else the label the mention recorded, else its text. */
    public String drugName(Node concept, String conceptLabel, String text) {
        String label = concept == null ? null : prefLabel(concept);
        return label != null ? label : conceptLabel != null ? conceptLabel : text;
    }

    /**
     * An organisation's preferred name, chosen among every spelling the records give it
     * ({@link OrganisationNames#preferred}); null when it has no label.
     */
    public String organisationName(Node org) {
        return OrganisationNames.preferred(strings(org, RDFS.label));
    }

    public Optional<Node> first(Node s, Property p) {
        List<Node> all = objects(s, p);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static int compare(Node a, Node b) {
        if (a.isURI() && b.isURI()) {
            return compareIris(a.getURI(), b.getURI());
        }
        if (a.isURI() != b.isURI()) {
            return a.isURI() ? -1 : 1;
        }
        String la = a.isLiteral() ? a.getLiteralLexicalForm() : a.toString();
        String lb = b.isLiteral() ? b.getLiteralLexicalForm() : b.toString();
        return la.compareTo(lb);
    }

    private static int compareIris(String a, String b) {
        String[] sa = a.split("/");
        String[] sb = b.split("/");
        for (int i = 0; i < Math.min(sa.length, sb.length); i++) {
            int c;
            if (isNumber(sa[i]) && isNumber(sb[i])) {
                c = Long.compare(Long.parseLong(sa[i]), Long.parseLong(sb[i]));
            } else {
                c = sa[i].compareTo(sb[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(sa.length, sb.length);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 18 && s.chars().allMatch(Character::isDigit);
    }
}
