package org.trialkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by a process that reads its files directly ({@link TrialStore#readFilesDirectly()}) is the same
 * store to one that maps them: the versions that replaced others there read back here. The writer runs in a child JVM, as the file
 * mode is fixed once per process; on Linux it also checks that none of the store's files was mapped.
 */
class DirectFilesTest {
    private static final Node HASH = NodeFactory.createURI("https://w3id.org/trialkg/ns#contentHash");
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    static Graph version(Node g, int n) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(g, HASH, NodeFactory.createLiteralString("h" + n)));
        graph.add(Triple.create(g, TITLE, NodeFactory.createLiteralString("title " + n)));
        return graph;
    }

    static Node graph(int i) {
        return TrialStore.graphName("https://w3id.org/trialkg/id/record/" + i);
    }

    /** The child: writes version 1 of every record, then replaces it with version 2, reading the files directly. */
    public static void main(String[] args) throws IOException {
        if (!TrialStore.readFilesDirectly()) {
            throw new IllegalStateException("a store was opened before the file mode was set");
        }
        Path dir = Path.of(args[0]);
        try (TrialStore store = TrialStore.open(dir)) {
            for (int n = 1; n <= 2; n++) {
                for (int i = 0; i < 50; i++) {
                    store.write(List.of(new GraphWrite(graph(i), version(graph(i), n))));
                }
            }
            Path maps = Path.of("/proc/self/maps");
            if (Files.isReadable(maps)) {
                String db = dir.resolve("tdb2").toAbsolutePath().toString();
                boolean mapped = Files.readAllLines(maps).stream().anyMatch(l -> l.contains(db));
                System.out.println(mapped ? "store files mapped" : "store files read");
            }
            // a second open in the same process is too late to change the mode
            System.out.println(TrialStore.readFilesDirectly() ? "mode changed late" : "mode fixed");
        }
    }

    @Test
    void aStoreWrittenThroughDirectReadsIsReadBackMapped(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DirectFilesTest.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child did not finish");
        assertEquals(0, p.exitValue(), out);
        if (Files.isReadable(Path.of("/proc/self/maps"))) {
            assertTrue(out.contains("store files read"), out);
        }
        assertTrue(out.contains("mode fixed"), out);
        try (TrialStore store = TrialStore.open(dir)) {
            for (int i = 0; i < 50; i++) {
                assertEquals(Optional.of("h2"), store.contentHash(graph(i)));
            }
            assertEquals(100L, store.counts().quads());
            assertEquals(50L, store.counts().graphs());
        }
    }
}
