package org.trialkg.link;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.IntConsumer;

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
