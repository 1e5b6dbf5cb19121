package org.trialkg.link;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How much a title word says about which trial it is: log(1 + N / df), from the number of trials whose titles hold
 * it (N the trials, df those with the word; the 1 keeps a word of every title above 0, as in a store of two trials).
 * In a store of COVID-19 trials "covid" says nothing and "ivermectin" little; a word no title holds weighs most.
 */
final class WordWeights {
    /** Every word weighs 1: for trials compared with no corpus at hand. */
    static final WordWeights UNIFORM = new WordWeights(null);

    /** Which trials hold each title word; null for {@link #UNIFORM}. */
    private final Postings words;

    private WordWeights(Postings words) {
        this.words = words;
    }

    /** From each trial's titles. */
    static WordWeights of(Collection<List<String>> titlesPerTrial) {
        Postings.Builder b = new Postings.Builder();
        titlesPerTrial.forEach(titles -> b.add(Similarity.tokens(titles)));
        return of(b.build());
    }

    /** From the postings of the trials' title words, as {@link Similarity#tokens(Collection)} gives them. */
    static WordWeights of(Postings titleWords) {
        return new WordWeights(titleWords);
    }

    double weight(String word) {
        if (words == null || words.trials() == 0) {
            return 1;
        }
        return Math.log(1 + (double) words.trials() / Math.max(1, words.count(word)));
    }

    /** Weighted Jaccard: the weight of the shared words over the weight of all. */
    double jaccard(Set<String> a, Set<String> b) {
        double inter = 0;
        double union = 0;
        for (String w : a) {
            double x = weight(w);
            union += x;
            if (b.contains(w)) {
                inter += x;
            }
        }
        for (String w : b) {
            if (!a.contains(w)) {
                union += weight(w);
            }
        }
        return union == 0 ? 0 : inter / union;
    }

    /** Weighted overlap: the weight of the shared words over the weight of the lighter set. */
    double overlap(Set<String> a, Set<String> b) {
        double wa = 0;
        double wb = 0;
        double inter = 0;
        for (String w : a) {
            wa += weight(w);
            if (b.contains(w)) {
                inter += weight(w);
            }
        }
        for (String w : b) {
            wb += weight(w);
        }
        double min = Math.min(wa, wb);
        return min == 0 ? 0 : Math.min(1, inter / min);
    }
}
