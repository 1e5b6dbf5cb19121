package org.trialkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.trialkg.vocab.TK;

/**
 * Checks record graphs against the SHACL shapes of {@code ontology/shapes.ttl}.
 *
 * <pre>{@code
 * ValidationReport report = new ShaclCheck().validate(mapped.graph());
 * if (!report.conforms()) ShLib.printReport(report);
 * }</pre>
 */
public final class ShaclCheck {
    private final Shapes shapes;

    /** A check against the shapes the project ships, parsed once per JVM. */
    public ShaclCheck() {
        this(Standard.SHAPES);
    }

    /** A check against other shapes. */
    public ShaclCheck(Shapes shapes) {
        this.shapes = Objects.requireNonNull(shapes, "shapes");
    }

    public ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(shapes, graph);
    }

    public Shapes shapes() {
        return shapes;
    }

    // Holder idiom: the shapes are parsed on first use, once, and never change afterwards.
    private static final class Standard {
        static final Shapes SHAPES = load();

        private static Shapes load() {
            try (InputStream in = ShaclCheck.class.getResourceAsStream(TK.SHAPES_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("SHACL shapes not found on the classpath at "
                            + TK.SHAPES_RESOURCE + "; is trialkg-vocab on the classpath?");
                }
                Graph g = GraphMemFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                return Shapes.parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + TK.SHAPES_RESOURCE, e);
            }
        }
    }
}
