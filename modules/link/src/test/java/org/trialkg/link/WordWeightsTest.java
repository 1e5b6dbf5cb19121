package org.trialkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordWeightsTest {
    private static final WordWeights WORDS = WordWeights.of(List.of(
            List.of("Evaluation Danorevir sodium tablets combined with ritonavir"),
            List.of("Danoprevir sodium tablets combined with ritonavir"),
            List.of("Danoprevir in chronic hepatitis C"),
            List.of("Lopinavir and ritonavir in hospitalised adults")));

    @Test
    void aLongWordOneEditFromAWordOfTheOtherTitleIsThatWord() {
        Set<String> a = Similarity.tokens("Evaluation Danorevir sodium tablets combined with ritonavir");
        Set<String> b = Similarity.tokens("Danoprevir sodium tablets combined with ritonavir");
        assertEquals(Map.of("danorevir", "danoprevir"), WORDS.spelledAlike(a, b));
        assertEquals(1.0, WORDS.overlap(a, b), 1e-9);
        // the pair weighs as the lighter spelling: a typo found in one title is no rare word
        double shared = WORDS.weight("danoprevir");
        assertTrue(shared < WORDS.weight("danorevir"));
        assertTrue(WORDS.jaccard(a, b) > 0.8, "" + WORDS.jaccard(a, b));
    }

    @Test
    void shortWordsDigitsAndOtherFirstLettersAreNoMisspellings() {
        // two drugs of one class differ by more than an edit; "covid19" and "covid20" are not letters; short words
        // one edit apart are often two words
        assertEquals(Map.of(), WORDS.spelledAlike(Similarity.tokens("lopinavir"), Similarity.tokens("ritonavir")));
        assertEquals(Map.of(), WORDS.spelledAlike(Similarity.tokens("covid2019 study"),
                Similarity.tokens("covid2018 study")));
        assertEquals(Map.of(), WORDS.spelledAlike(Similarity.tokens("tablets"), Similarity.tokens("tablet")));
        assertEquals(Map.of(), WORDS.spelledAlike(Similarity.tokens("hepatitis"), Similarity.tokens("zepatitis")));
        // a word both titles hold is matched as itself, not as a misspelling of another
        assertEquals(Map.of(), WORDS.spelledAlike(Similarity.tokens("danoprevir danorevir"),
                Similarity.tokens("danoprevir")));
    }
}
