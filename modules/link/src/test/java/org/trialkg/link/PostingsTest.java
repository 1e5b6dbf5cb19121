package org.trialkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostingsTest {
    @Test
    void givesEachTermTheTrialsHoldingItInAscendingOrder() {
        Postings p = new Postings.Builder().add(Set.of("ivermectin", "covid"))
                .add(Set.of("covid"))
                .add(Set.of())
                .add(Set.of("covid", "favipiravir"))
                .build();
        assertEquals(4, p.trials());
        assertEquals(List.of(0, 1, 3), trials(p, "covid"));
        assertEquals(List.of(0), trials(p, "ivermectin"));
        assertEquals(3, p.count("covid"));
        assertEquals(0, p.count("remdesivir"));
        assertEquals(List.of(), trials(p, "remdesivir"));
    }

    @Test
    void agreesWithAMapOfListsOnManyRandomTerms() {
        Random r = new Random(42);
        Postings.Builder b = new Postings.Builder();
        Map<String, List<Integer>> expected = new HashMap<>();
        for (int trial = 0; trial < 5_000; trial++) {
            Set<String> terms = new java.util.HashSet<>();
            for (int k = 0; k < 8; k++) {
                terms.add("w" + r.nextInt(3_000));
            }
            for (String t : terms) {
                expected.computeIfAbsent(t, x -> new ArrayList<>()).add(trial);
            }
            b.add(terms);
        }
        Postings p = b.build();
        expected.forEach((term, list) -> {
            assertEquals(list, trials(p, term), term);
            assertEquals(list.size(), p.count(term), term);
        });
    }

    @Test
    void keepsTheHighestTrialIndexInItsTermsRangeAndRefusesOneMore() {
        Postings.Builder b = new Postings.Builder();
        for (int i = 0; i < Postings.MAX_TRIALS - 1; i++) {
            b.add(Set.of());
        }
        b.add(Set.of("x"));
        assertThrows(IllegalStateException.class, () -> b.add(Set.of("y")));
        Postings p = b.build();
        assertEquals(1, p.count("x"));
        assertEquals(List.of(Postings.MAX_TRIALS - 1), trials(p, "x"));
    }

    private static List<Integer> trials(Postings p, String term) {
        List<Integer> out = new ArrayList<>();
        p.forEach(term, out::add);
        return out;
    }
}
