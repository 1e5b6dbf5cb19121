package org.trialkg.link;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Which trials hold each term (a title word, a blocking key), as one sorted array of longs: a term's hash in the high
 * 40 bits and the trial's index in the low 24. A 600,000-trial store holds millions of distinct title words, most in
 * one title only; kept as a map of strings to lists of boxed indexes they took more than the 2 GB heap the link
 * step runs in, and as this array they take 8 bytes a posting. Two terms whose hashes meet share their postings,
 * which only proposes a few more pairs to score (about 4 such pairs of terms among 3 million).
 */
final class Postings {
    private static final int INDEX_BITS = 24;
    /** The most trials one set of postings can number: 16.7 million, far above every registry together. */
    static final int MAX_TRIALS = 1 << INDEX_BITS;
    private static final long INDEX_MASK = MAX_TRIALS - 1L;

    private final long[] entries;
    private final int trials;

    private Postings(long[] entries, int trials) {
        this.entries = entries;
        this.trials = trials;
    }

    /** Collects the terms of trials 0, 1, 2 ... in that order; a trial's terms are given once each. */
    static final class Builder {
        private long[] entries = new long[1 << 16];
        private int size;
        private int trials;

        /** The terms of the next trial (index {@code trials()} before the call). */
        Builder add(Collection<String> terms) {
            if (trials >= MAX_TRIALS) {
                throw new IllegalStateException("postings: more than " + MAX_TRIALS + " trials");
            }
            for (String t : terms) {
                if (size == entries.length) {
                    entries = Arrays.copyOf(entries, entries.length * 2);
                }
                entries[size++] = (hash(t) << INDEX_BITS) | trials;
            }
            trials++;
            return this;
        }

        Postings build() {
            long[] sorted = Arrays.copyOf(entries, size);
            entries = null;
            Arrays.sort(sorted);
            return new Postings(sorted, trials);
        }
    }

    /**
     * These postings over another numbering of the trials: trial {@code i} becomes {@code moved[i]} (its entries
     * are dropped when that is -1), and trial {@code added[k]} of the new numbering gets {@code termsOf(k)}.
     */
    Postings remap(int[] moved, int trials, int[] added, IntFunction<Collection<String>> termsOf) {
        long[] out = new long[entries.length + 16 * added.length];
        int n = 0;
        for (long e : entries) {
            int to = moved[(int) (e & INDEX_MASK)];
            if (to >= 0) {
                out[n++] = (e & ~INDEX_MASK) | to;
            }
        }
        for (int k = 0; k < added.length; k++) {
            for (String t : termsOf.apply(k)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = (hash(t) << INDEX_BITS) | added[k];
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return new Postings(sorted, trials);
    }

    /** Writes the entries; {@link #read} takes them back. */
    void write(DataOutput out) throws IOException {
        out.writeInt(entries.length);
        for (long e : entries) {
            out.writeLong(e);
        }
    }

    /** Postings of {@code trials} trials written by {@link #write}. */
    static Postings read(DataInput in, int trials) throws IOException {
        long[] entries = new long[in.readInt()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = in.readLong();
        }
        for (int i = 0; i < entries.length; i++) {
            if ((i > 0 && entries[i - 1] > entries[i]) || (entries[i] & INDEX_MASK) >= trials) {
                throw new IOException("postings out of order or beyond " + trials + " trials at entry " + i);
            }
        }
        return new Postings(entries, trials);
    }

    /** The trials indexed. */
    int trials() {
        return trials;
    }

    /** How many trials hold the term. */
    int count(String term) {
        long h = hash(term);
        return end(h) - start(h);
    }

    /** Gives the index of every trial holding the term, in ascending order. */
    void forEach(String term, IntConsumer trial) {
        long h = hash(term);
        for (int k = start(h), end = end(h); k < end; k++) {
            trial.accept((int) (entries[k] & INDEX_MASK));
        }
    }

    private int start(long h) {
        return firstAbove(h << INDEX_BITS, false);
    }

    private int end(long h) {
        return firstAbove((h << INDEX_BITS) | INDEX_MASK, true);
    }

    /**
     * The first position whose entry is above {@code key}, or at least it when not {@code strictly}. Entries are
     * compared as signed longs, as they were sorted; one term's entries share their high bits, so they stay together.
     */
    private int firstAbove(long key, boolean strictly) {
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < key || (strictly && entries[mid] == key)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** 40 bits of a 64-bit FNV-1a hash of the term's chars, mixed by MurmurHash3's finaliser. */
    static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h >>> INDEX_BITS;
    }
}
