package org.trialkg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * How much the store holds, as its statistics keep it.
 *
 * @param graphs named graphs (one per record and one per trial view, plus the lexicon, ontology and links graphs)
 * @param quads quads in those graphs
 * @param instances instances of each counted class ({@code tk:RegistryRecord}, {@code tk:Site}), over every graph
 */
public record StoreCounts(long graphs, long quads, Map<Node, Long> instances) {
    public StoreCounts {
        instances = Map.copyOf(instances);
    }

    /** Instances of a class the store counts; 0 for a class it does not count. */
    public long instancesOf(Node cls) {
        return instances.getOrDefault(cls, 0L);
    }

    StoreCounts plus(Delta d) {
        Map<Node, Long> sum = new LinkedHashMap<>(instances);
        d.instances.forEach((cls, n) -> sum.merge(cls, n, Long::sum));
        return new StoreCounts(graphs + d.graphs, quads + d.quads, sum);
    }

    /** A change to the counts, summed over the graphs of one transaction. */
    static final class Delta {
        long graphs;
        long quads;
        final Map<Node, Long> instances = new LinkedHashMap<>();

        long quads() {
            return quads;
        }

        void add(Delta d, int sign) {
            graphs += sign * d.graphs;
            quads += sign * d.quads;
            d.instances.forEach((cls, n) -> instances.merge(cls, sign * n, Long::sum));
        }
    }
}
