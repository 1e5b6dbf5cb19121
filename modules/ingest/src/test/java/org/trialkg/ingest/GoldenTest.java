package org.trialkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden-file comparison names each place two trees differ, so a failing golden test says what changed. */
class GoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> diff(String expected, String actual) throws Exception {
        List<String> out = new ArrayList<>();
        Golden.diff("", JSON.readTree(expected), JSON.readTree(actual), out);
        return out;
    }

    @Test
    void sameTreesInAnotherKeyOrderHaveNoDifference() throws Exception {
        assertEquals(List.of(), diff("{\"a\":1,\"b\":[true,null]}", "{\"b\":[true,null],\"a\":1}"));
    }

    @Test
    void namesEachChangedMissingAndExtraFieldByItsPath() throws Exception {
        assertEquals(List.of("/records/0/extra: not expected, was 2", "/records/0/phases/0: expected \"PHASE3\", "
                + "was \"PHASE2\"", "/records/0/title: missing, expected \"T\""),
                diff("{\"records\":[{\"title\":\"T\",\"phases\":[\"PHASE3\"]}]}",
                        "{\"records\":[{\"phases\":[\"PHASE2\"],\"extra\":2}]}"));
    }

    @Test
    void saysWhenAnArrayHasAnotherLength() throws Exception {
        assertEquals(List.of("/records: expected 1 elements, was 2"), diff("{\"records\":[1]}", "{\"records\":[1,2]}"));
    }
}
