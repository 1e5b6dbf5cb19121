package org.trialkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, EditDistance.osa("donepezil", "donepeizl"));
        assertEquals(1, EditDistance.osa("hydroxychloroquine", "hydroxycholoroquine"));
        assertEquals(3, EditDistance.osa("kitten", "sitting"));
        assertEquals(0, EditDistance.osa("", ""));
        assertEquals(4, EditDistance.osa("", "abcd"));
    }

    @Test
    void stopsAtTheCapAndSaysOnlyThatItIsBeyondIt() {
        assertEquals(3, EditDistance.osa("kitten", "sitting", 2), "max + 1 once past the cap");
        assertEquals(3, EditDistance.osa("a", "abcdef", 2), "lengths alone exceed the cap");
        assertEquals(2, EditDistance.osa("toripalimab", "toripalinib", 2));
    }
}
