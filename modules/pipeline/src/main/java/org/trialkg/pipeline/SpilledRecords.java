package org.trialkg.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.trialkg.rdf.MappedRecord;

/**
 * Records kept on disk until later, read back in the order they were kept: the second versions of records that a
 * bulk load meets (overlapping exports, one study in a registry's JSON and its XML). A bulk load cannot replace a
 * graph it holds, so these wait for it to end; on disk (gzipped RDF Thrift, a few KB a record) a run can keep a
 * third of 600,000 records aside without holding them in the heap. Only the record's name, trial and quad count
 * stay in memory.
 */
final class SpilledRecords implements AutoCloseable {
    private record Kept(Node graphName, Node trial, int quads) {}

    private final Path dir;
    private final List<Kept> kept = new ArrayList<>();
    private Path file;
    private OutputStream out;
    private StreamRDF writer;

    /**
     * Records spilled to a file in this folder (the system's temporary folder when null, for a store in memory),
     * made on the first record and deleted once drained or closed.
     */
    SpilledRecords(Path dir) {
        this.dir = dir;
    }

    int size() {
        return kept.size();
    }

    void add(MappedRecord record) {
        if (writer == null) {
            open();
        }
        Node g = record.graphName();
        record.graph().find().forEachRemaining(t -> writer.quad(Quad.create(g, t)));
        kept.add(new Kept(g, record.trial(), record.graph().size()));
    }

    /** Gives each kept record to the action, in the order kept, one graph in memory at a time; then forgets them. */
    void drain(Consumer<MappedRecord> action) {
        if (writer == null) {
            return;
        }
        writer.finish();
        closeOutput();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            Reader reader = new Reader(action);
            reader.emitEmpty();
            RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(reader);
            if (reader.next < kept.size()) {
                throw new IllegalStateException("the records kept aside in " + file + " end early: " + reader.next
                        + " of " + kept.size() + " read back");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the records kept aside in " + file, e);
        }
        kept.clear();
        delete();
    }

    @Override
    public void close() {
        closeOutput();
        delete();
    }

    private void open() {
        try {
            file = dir == null ? Files.createTempFile("kept-records-", ".rt.gz")
                    : Files.createTempFile(dir, "kept-records-", ".rt.gz");
            out = new BufferedOutputStream(new FastGzip(Files.newOutputStream(file)), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep records aside in " + dir, e);
        }
        writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
        writer.start();
    }

    private void closeOutput() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the records kept aside in " + file, e);
        } finally {
            out = null;
        }
    }

    private void delete() {
        writer = null;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            } finally {
                file = null;
            }
        }
    }

    /** Cuts the stream of quads back into records by their counts. */
    private final class Reader extends StreamRDFBase {
        private final Consumer<MappedRecord> action;
        private Graph graph = GraphFactory.createDefaultGraph();
        private int next;

        Reader(Consumer<MappedRecord> action) {
            this.action = action;
        }

        @Override
        public void quad(Quad quad) {
            if (next >= kept.size()) {
                throw new IllegalStateException("more quads than records kept aside in " + file);
            }
            graph.add(quad.asTriple());
            if (graph.size() == kept.get(next).quads()) {
                emit();
                emitEmpty();
            }
        }

        private void emit() {
            Kept k = kept.get(next++);
            action.accept(new MappedRecord(k.graphName(), k.trial(), graph));
            graph = GraphFactory.createDefaultGraph();
        }

        /** A record with no quads has none in the stream: it is given where it stands. */
        void emitEmpty() {
            while (next < kept.size() && kept.get(next).quads() == 0) {
                emit();
            }
        }
    }

    /** Gzip at its fastest level: the file is read once, soon, and its size matters less than the writer's time. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
