package org.trialkg.rdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.apache.jena.graph.Node;
import org.trialkg.vocab.TK;

/**
 * The IRIs that stand for one trial ({@code tk:sameTrialAs}, read in both directions and transitively), and the one
 * of them that represents the trial: the rule the trial card, the search index and the linker share.
 *
 * @param members the trial IRI asked for first, then every IRI it is the same trial as
 * @param canonical the lexically first member that a record describes (the first member when none is described)
 */
public record TrialGroup(List<Node> members, String canonical) {
    public TrialGroup {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("trial group: expected at least one member");
        }
    }

    /** The group of a trial IRI in a graph (usually the union of the store's graphs). */
    public static TrialGroup of(GraphReader g, Node start) {
        List<Node> seen = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (seen.contains(n)) {
                continue;
            }
            seen.add(n);
            todo.addAll(g.objects(n, TK.sameTrialAs));
            todo.addAll(g.subjects(TK.sameTrialAs, n));
        }
        List<String> described = seen.stream()
                .filter(t -> g.graph().contains(Node.ANY, TK.describes.asNode(), t)).map(Node::getURI).toList();
        return new TrialGroup(seen, described.isEmpty() ? seen.get(0).getURI() : canonicalOf(described));
    }

    /** Whether some record describes a member of the group. */
    public boolean described(GraphReader g) {
        return members.stream().anyMatch(t -> g.graph().contains(Node.ANY, TK.describes.asNode(), t));
    }

    /** Of the IRIs of one trial that records describe, the one that stands for the trial. */
    public static String canonicalOf(Collection<String> describedIris) {
        return Collections.min(describedIris);
    }
}
