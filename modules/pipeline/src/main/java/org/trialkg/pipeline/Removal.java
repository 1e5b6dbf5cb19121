package org.trialkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.trialkg.model.RegistryId;
import org.trialkg.rdf.Iris;
import org.trialkg.rdf.TrialView;
import org.trialkg.store.GraphWrite;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * Takes stored records out: every record of a registry ID, or every record read from a file. The records' trials get
 * their views and search documents re-derived from what is left (or removed with the last record), through the same
 * journalled protocol as the ingest, and are listed for the linker, so a run killed at any step is finished by the
 * next open.
 *
 * <pre>{@code
 * Removal.Result r = new Removal(ws).ids(List.of("NCT07177794"));
 * }</pre>
 */
public final class Removal {
    private final Workspace ws;

    public Removal(Workspace ws) {
        this.ws = ws;
    }

    /**
     * What a removal took out.
     *
     * @param records the record IRIs removed
     * @param trials the trial IRIs whose views and documents were re-derived
     * @param notFound the IDs or paths given that matched no stored record
     */
    public record Result(List<String> records, Set<String> trials, List<String> notFound) {}

    /** Removes every stored record whose registry ID (of any kind of source) is one of the IDs given. */
    public Result ids(List<String> ids) {
        return remove(ids, (dsg, id) -> {
            Optional<RegistryId> parsed = RegistryId.parseOrOther(id);
            if (parsed.isEmpty()) {
                return List.of();
            }
            return recordsDescribing(dsg, NodeFactory.createURI(Iris.trial(parsed.get())));
        });
    }

    /**
     * Removes every record read from a file (or from the entries of a zip archive), given by the path the ingest was
     * given or by its absolute form.
     */
    public Result files(List<String> paths) {
        return remove(paths, (dsg, path) -> {
            Set<String> names = new LinkedHashSet<>(List.of(path, Path.of(path).toAbsolutePath().normalize().toString()));
            List<Node> records = new ArrayList<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, TK.filePath.asNode(), Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    String file = q.getObject().getLiteralLexicalForm();
                    if (names.stream().anyMatch(n -> file.equals(n) || file.startsWith(n + "!/"))) {
                        dsg.find(q.getGraph(), Node.ANY, TK.wasDerivedFrom.asNode(), q.getSubject())
                                .forEachRemaining(r -> records.add(r.getSubject()));
                    }
                }
            } finally {
                Iter.close(it);
            }
            return records;
        });
    }

    private interface Finder {
        List<Node> find(DatasetGraph dsg, String key);
    }

    private Result remove(List<String> keys, Finder finder) {
        List<String> removed = new ArrayList<>();
        Set<String> trials = new LinkedHashSet<>();
        List<String> notFound = new ArrayList<>();
        TrialStore.Batch batch = ws.store().begin();
        try {
            DatasetGraph dsg = batch.graphs();
            for (String key : keys) {
                List<Node> records = finder.find(dsg, key);
                if (records.isEmpty()) {
                    notFound.add(key);
                }
                for (Node r : records) {
                    dsg.find(r, r, TK.describes.asNode(), Node.ANY).forEachRemaining(q -> trials.add(
                            q.getObject().getURI()));
                    batch.remove(r);
                    removed.add(r.getURI());
                }
            }
            for (String t : trials) {
                Node trial = NodeFactory.createURI(t);
                Node view = TrialView.graphOf(trial);
                TrialView.derive(dsg, trial).ifPresentOrElse(v -> batch.replace(new GraphWrite(view, v)),
                        () -> batch.remove(view));
            }
            if (removed.isEmpty()) {
                return new Result(List.of(), Set.of(), notFound);
            }
            // listed before the store commits: a run killed before it links leaves them for the next that links
            ws.linkPending().append(trials);
            ws.protocol().apply(IndexProtocol.Change.of(trials, batch::commit));
            ws.protocol().flush();
        } finally {
            batch.close();
        }
        return new Result(removed, trials, notFound);
    }

    // a record is the name of its own graph; the views name no records
    private static List<Node> recordsDescribing(DatasetGraph dsg, Node trial) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, TK.describes.asNode(), trial).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                out.add(q.getSubject());
            }
        });
        return out;
    }
}
