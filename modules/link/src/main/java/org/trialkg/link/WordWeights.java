package org.trialkg.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialkg.model.EditDistance;

/**
 * How much a title word says about which trial it is: log(1 + N / df), from the number of trials whose titles hold
 * it (N the trials, df those with the word; the 1 keeps a word of every title above 0, as in a store of two trials).
 * In a store of COVID-19 trials "covid" says nothing and "ivermectin" little; a word no title holds weighs most.
 */
final class WordWeights {
    /** The shortest word read as misspelt when one edit from a word of the other title. */
    private static final int FUZZY_LENGTH = 8;
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

    /** Weighted Jaccard: the weight of the shared words over the weight of all, a misspelling shared. */
    double jaccard(Set<String> a, Set<String> b) {
        Map<String, String> alike = spelledAlike(a, b);
        double inter = 0;
        double union = 0;
        for (String w : a) {
            double x = weight(w, alike.get(w));
            union += x;
            if (b.contains(w) || alike.containsKey(w)) {
                inter += x;
            }
        }
        for (String w : b) {
            if (!a.contains(w) && !alike.containsValue(w)) {
                union += weight(w);
            }
        }
        return union == 0 ? 0 : inter / union;
    }

    /** Weighted overlap: the weight of the shared words over the weight of the lighter set, a misspelling shared. */
    double overlap(Set<String> a, Set<String> b) {
        Map<String, String> alike = spelledAlike(a, b);
        double wa = 0;
        double wb = 0;
        double inter = 0;
        for (String w : a) {
            double x = weight(w, alike.get(w));
            wa += x;
            if (b.contains(w) || alike.containsKey(w)) {
                inter += x;
            }
        }
        for (String w : b) {
            wb += alike.containsValue(w) ? 0 : weight(w);
        }
        for (Map.Entry<String, String> e : alike.entrySet()) {
            wb += weight(e.getKey(), e.getValue());
        }
        double min = Math.min(wa, wb);
        return min == 0 ? 0 : Math.min(1, inter / min);
    }

    /** A word's weight, or of a word and its misspelling the lighter: a typo found in one title is no rare word. */
    private double weight(String word, String misspelt) {
        return misspelt == null ? weight(word) : Math.min(weight(word), weight(misspelt));
    }

    /**
     * Each long word of {@code a} that {@code b} lacks, to a word of {@code b} one edit from it that {@code a} lacks
     * ("Danorevir" and "Danoprevir", a drug's name misspelt in one registry's title): a misspelt name is often the
     * rarest word of its title, so missing it costs a pair most. Words of eight letters or more with the same first
     * letter; usually none, so the common case costs a look at the long words.
     */
    Map<String, String> spelledAlike(Set<String> a, Set<String> b) {
        Map<String, String> out = Map.of();
        for (String v : a) {
            if (v.length() < FUZZY_LENGTH || b.contains(v) || !letters(v)) {
                continue;
            }
            for (String w : b) {
                if (w.length() >= FUZZY_LENGTH && w.charAt(0) == v.charAt(0) && !a.contains(w) && letters(w)
                        && EditDistance.osa(v, w, 1) <= 1) {
                    if (out.isEmpty()) {
                        out = new HashMap<>();
                    }
                    if (!out.containsValue(w)) {
                        out.put(v, w);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean letters(String w) {
        return w.chars().allMatch(Character::isLetter);
    }
}
