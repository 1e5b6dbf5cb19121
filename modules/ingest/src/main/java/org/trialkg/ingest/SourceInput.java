package org.trialkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One input to read: a file on disk or an entry of a zip archive. {@link #open()} may be called more than once for
 * a file; a zip entry can be opened once, so readers open it once and stream.
 *
 * @param name path as given, with {@code !/entry} for a zip entry
 * @param size length in bytes, or -1 when unknown
 * @param head the first bytes, for format detection
 * @param opener opens the whole content from the start
 * @param readOnce true when the content can be opened once only, and only before the next input is walked to (a
 *     large zip entry streamed from its archive): such an input must be read at once, on the walking thread
 */
public record SourceInput(String name, long size, byte[] head, Opener opener, boolean readOnce) {
    /** Opens the content from its first byte. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public SourceInput {
        Objects.requireNonNull(name, "source name");
        Objects.requireNonNull(head, "source head");
        Objects.requireNonNull(opener, "source opener");
    }

    /** An input that can be opened any number of times, such as a file. */
    public SourceInput(String name, long size, byte[] head, Opener opener) {
        this(name, size, head, opener, false);
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** The file name without folders or zip path, lower-cased. */
    public String fileName() {
        String n = name;
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return (cut >= 0 ? n.substring(cut + 1) : n).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The head decoded as text (lossy), for content sniffing: UTF-8 unless a byte-order mark or the bytes say
     * otherwise ({@link TextDecoding}), so that a UTF-16 or Latin-1 file is recognised by its header as well. A
     * byte-order mark stays as U+FEFF.
     */
    public String headText() {
        return TextDecoding.of(head).text(head);
    }
}
