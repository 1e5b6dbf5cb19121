package org.trialkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.lucene.util.IntroSorter;

/**
 * Sorts keys of a fixed number of 64-bit words (a quad index's key is four node IDs), compared word by word as
 * unsigned numbers, which is the order of their big-endian bytes that TDB2's B+trees keep. Keys are added one by one;
 * each full buffer is sorted in memory and written to a run file in {@code temp}; {@link #sorted} merges the runs
 * (none when every key fitted in the buffer) and hands the keys out in order. The buffer grows as keys come, so a
 * sorter of a few keys costs a few keys' memory.
 *
 * <p>Written for the bulk load's secondary indexes ({@link SortedIndexes}): a sort of byte strings (Lucene's
 * {@code OfflineSorter}, by radix or by comparisons) spent most of its time reading the keys a byte at a time, and
 * wrote every key twice more (the unsorted file and the merged one) than these runs do.
 *
 * <pre>{@code
 * try (KeySorter keys = new KeySorter(4, 1_000_000, temp)) {
 *     keys.add(words);                      // long[4], copied
 *     for (KeySorter.Keys it = keys.sorted(); it.next(); ) {
 *         use(it.word(0), it.word(1), it.word(2), it.word(3));
 *     }
 * }
 * }</pre>
 */
final class KeySorter implements AutoCloseable {
    private static final int IO_BYTES = 1 << 18;

    private final int words;
    private long[] buffer;
    private final int capacity;
    private final Path temp;
    private final List<Path> runs = new ArrayList<>();
    private int size;
    private boolean sorting;

    /**
     * @param words the 64-bit words of a key
     * @param keysPerRun how many keys are sorted in memory at once ({@code words * 8} bytes each)
     * @param temp the folder for the run files (created when the first run is written)
     */
    KeySorter(int words, int keysPerRun, Path temp) {
        if (words < 1 || keysPerRun < 1 || (long) words * keysPerRun > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("key sorter: " + words + " words by " + keysPerRun + " keys");
        }
        this.words = words;
        this.capacity = keysPerRun;
        this.buffer = new long[words * Math.min(keysPerRun, 64)];
        this.temp = temp;
    }

    /** Adds a key (its first {@code words} longs are copied). */
    void add(long[] key) {
        if (sorting) {
            throw new IllegalStateException("key sorter: keys added after sorting began");
        }
        if (size == capacity) {
            writeRun();
        } else if ((size + 1) * words > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, words * (int) Math.min(capacity, 2L * size));
        }
        System.arraycopy(key, 0, buffer, size * words, words);
        size++;
    }

    /** The keys in order, each as often as it was added; once only. */
    Keys sorted() {
        if (sorting) {
            throw new IllegalStateException("key sorter: sorted once only");
        }
        sorting = true;
        sortBuffer();
        if (runs.isEmpty()) {
            return new BufferKeys();
        }
        if (size > 0) {
            writeSortedBuffer();
        }
        return new MergedKeys();
    }

    /** The run files written so far (for tests and progress). */
    int runs() {
        return runs.size();
    }

    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // a run left behind is deleted with its folder
            }
        }
    }

    private void writeRun() {
        sortBuffer();
        writeSortedBuffer();
    }

    private void sortBuffer() {
        new IntroSorter() {
            private final long[] pivot = new long[words];

            @Override
            protected void swap(int i, int j) {
                int a = i * words;
                int b = j * words;
                for (int w = 0; w < words; w++) {
                    long t = buffer[a + w];
                    buffer[a + w] = buffer[b + w];
                    buffer[b + w] = t;
                }
            }

            @Override
            protected int compare(int i, int j) {
                return compareAt(buffer, i * words, buffer, j * words, words);
            }

            @Override
            protected void setPivot(int i) {
                System.arraycopy(buffer, i * words, pivot, 0, words);
            }

            @Override
            protected int comparePivot(int j) {
                return compareAt(pivot, 0, buffer, j * words, words);
            }
        }.sort(0, size);
    }

    private void writeSortedBuffer() {
        try {
            Files.createDirectories(temp);
            Path run = Files.createTempFile(temp, "run-", ".keys");
            runs.add(run);
            try (FileChannel out = FileChannel.open(run, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.allocate(IO_BYTES);
                LongBuffer longs = bytes.asLongBuffer();
                for (int i = 0, n = size * words; i < n; ) {
                    int chunk = Math.min(longs.capacity(), n - i);
                    longs.clear();
                    longs.put(buffer, i, chunk);
                    bytes.clear().limit(chunk * Long.BYTES);
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                    i += chunk;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sorted keys in " + temp + ": " + e.getMessage(), e);
        }
        size = 0;
    }

    static int compareAt(long[] a, int i, long[] b, int j, int words) {
        for (int w = 0; w < words; w++) {
            int c = Long.compareUnsigned(a[i + w], b[j + w]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Keys in order: {@link #next} moves to the next one, {@link #word} reads it. */
    abstract static class Keys implements AutoCloseable {
        /** Moves to the next key; false after the last. */
        abstract boolean next();

        /** Word {@code w} of the current key. */
        abstract long word(int w);

        @Override
        public void close() {}
    }

    private final class BufferKeys extends Keys {
        private int at = -1;

        @Override
        boolean next() {
            return ++at < size;
        }

        @Override
        long word(int w) {
            if (at < 0 || at >= size) {
                throw new NoSuchElementException();
            }
            return buffer[at * words + w];
        }
    }

    /** A k-way merge of the run files, each read through a buffer of its own. */
    private final class MergedKeys extends Keys {
        private final PriorityQueue<Run> heads = new PriorityQueue<>(
                (x, y) -> compareAt(x.key, 0, y.key, 0, words));
        private final List<Run> open = new ArrayList<>();
        private Run current;

        MergedKeys() {
            for (Path path : runs) {
                Run run = new Run(path);
                open.add(run);
                if (run.advance()) {
                    heads.add(run);
                }
            }
        }

        @Override
        boolean next() {
            if (current != null && current.advance()) {
                heads.add(current);
            }
            current = heads.poll();
            return current != null;
        }

        @Override
        long word(int w) {
            if (current == null) {
                throw new NoSuchElementException();
            }
            return current.key[w];
        }

        @Override
        public void close() {
            for (Run run : open) {
                run.close();
            }
        }
    }

    private final class Run {
        private final Path path;
        private final FileChannel in;
        private final ByteBuffer bytes = ByteBuffer.allocate(IO_BYTES);
        final long[] key = new long[words];

        Run(Path path) {
            this.path = path;
            try {
                this.in = FileChannel.open(path, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sorted keys " + path + ": " + e.getMessage(), e);
            }
            bytes.limit(0);
        }

        /** Reads the run's next key; false at its end. */
        boolean advance() {
            int width = words * Long.BYTES;
            if (bytes.remaining() < width) {
                try {
                    bytes.compact();
                    while (bytes.position() < width && in.read(bytes) >= 0) {
                        // a read may return fewer bytes than asked
                    }
                    bytes.flip();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read sorted keys " + path + ": " + e.getMessage(), e);
                }
                if (bytes.remaining() == 0) {
                    return false;
                }
                if (bytes.remaining() < width) {
                    throw new UncheckedIOException(new IOException("sorted keys " + path + " end inside a key"));
                }
            }
            for (int w = 0; w < words; w++) {
                key[w] = bytes.getLong();
            }
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read to its end already, or the merge failed and says why
            }
        }
    }
}
