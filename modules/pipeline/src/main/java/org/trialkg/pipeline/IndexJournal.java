package org.trialkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A file of trial IRIs, one a line, synced to disk before the store commits the batch that touches them, and
 * cleared once the work they wait for is done. {@link IndexProtocol} keeps one of the trials whose search documents
 * may lag the store ({@code index-pending}: a run killed at any point leaves in it every trial whose document may be
 * missing or stale, so the next writable open re-derives just those); the ingest keeps one of the trials stored but
 * not linked yet ({@code link-pending}, see {@link Workspace#linkPending()}).
 *
 * <pre>{@code
 * long mark = journal.append(trialIris); // before the store transaction
 * store.write(batch);
 * ...                                    // the index rewritten and committed, or the trials linked
 * journal.clearThrough(mark);            // after the work that covers them
 * }</pre>
 */
public final class IndexJournal implements AutoCloseable {
    /** The journal's file name in the store folder. */
    public static final String FILE_NAME = "index-pending";
    private static final OpenOption[] MODE = {StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE};

    private final Path file;
    private FileChannel channel;
    // Marks count bytes ever appended, so that a mark handed out before the head was dropped still means the same line.
    private long dropped;

    private IndexJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens (creating if needed) the journal file. */
    public static IndexJournal open(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, MODE);
            try {
                IndexJournal j = new IndexJournal(file, channel);
                j.dropTornLine();
                return j;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index journal " + file, e);
        }
    }

    /** A journal that records nothing: for an in-memory workspace, which no crash can leave behind. */
    public static IndexJournal disabled() {
        return new IndexJournal(null, null);
    }

    /**
     * Adds the trials and syncs the file; returns the mark to {@link #clearThrough(long) clear through} once an
     * index commit covers them.
     */
    public synchronized long append(Collection<String> trialIris) {
        if (channel == null || trialIris.isEmpty()) {
            return dropped + size();
        }
        StringBuilder lines = new StringBuilder();
        for (String iri : trialIris) {
            if (iri.isBlank() || iri.indexOf('\n') >= 0 || iri.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("trial IRI: expected one non-blank line, was '" + iri + "'");
            }
            lines.append(iri).append('\n');
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            long at = channel.size();
            while (buf.hasRemaining()) {
                at += channel.write(buf, at);
            }
            // force(false) is fdatasync: it syncs the new length too, which is all a reader needs.
            channel.force(false);
            return dropped + at;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index journal " + file, e);
        }
    }

    /** The trials listed, in the order first written. */
    public synchronized Set<String> pending() {
        Set<String> out = new LinkedHashSet<>();
        for (String line : new String(read(0), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** Whether nothing is listed. */
    public synchronized boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Drops the lines written up to the mark, which an index commit now covers; lines appended since (a batch
     * stored while the commit ran) stay.
     */
    public synchronized void clearThrough(long mark) {
        if (channel == null) {
            return;
        }
        try {
            long upTo = mark - dropped;
            long size = channel.size();
            if (upTo <= 0) {
                return;
            }
            if (upTo >= size) {
                channel.truncate(0);
                channel.force(true);
                dropped += size;
                return;
            }
            // Replace the file by its tail in one rename: a crash leaves either the old lines (a superset) or the
            // synced tail, so the folder need not be synced after the rename.
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, read(upTo));
            try (FileChannel t = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                t.force(true);
            }
            channel.close();
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                dropped += upTo;
            } finally {
                channel = FileChannel.open(file, MODE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index journal " + file, e);
        }
    }

    /** Drops every line: an index commit covers the whole store. */
    public synchronized void clear() {
        clearThrough(Long.MAX_VALUE);
    }

    // A last line without its newline was cut off by a crash during append, before the store transaction it
    // announced could commit: it names nothing out of step, and a line appended after it must start a line.
    private void dropTornLine() throws IOException {
        byte[] all = read(0);
        int end = all.length;
        while (end > 0 && all[end - 1] != '\n') {
            end--;
        }
        if (end < all.length) {
            channel.truncate(end);
            channel.force(true);
        }
    }

    private long size() {
        try {
            return channel == null ? 0 : channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index journal " + file, e);
        }
    }

    private byte[] read(long from) {
        if (channel == null) {
            return new byte[0];
        }
        try {
            long size = channel.size();
            ByteBuffer buf = ByteBuffer.allocate((int) Math.max(0, size - from));
            long at = from;
            while (buf.hasRemaining()) {
                int n = channel.read(buf, at);
                if (n < 0) {
                    break;
                }
                at += n;
            }
            return buf.array();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index journal " + file, e);
        }
    }
}
