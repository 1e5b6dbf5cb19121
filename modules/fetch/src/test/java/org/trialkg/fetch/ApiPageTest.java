package org.trialkg.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApiPageTest {
    private static ApiPage read(String json) throws IOException {
        return ApiPage.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsStudiesTokenAndTotalWhereverTheyStand() throws IOException {
        assertEquals(new ApiPage(2, "NF0g5J", 438897),
                read("{\"totalCount\":438897,\"studies\":[{\"a\":{\"b\":[1]}},42],\"nextPageToken\":\"NF0g5J\"}"));
        ApiPage last = read("{\"studies\":[]}");
        assertEquals(new ApiPage(0, null, -1), last);
        assertTrue(last.last());
    }

    @Test
    void aBodyCutShortOrWithoutStudiesIsNoPage() {
        String full = "{\"totalCount\":3,\"studies\":[{\"protocolSection\":{}}],\"nextPageToken\":\"x\"}";
        for (int cut = 1; cut < full.length(); cut++) {
            String part = full.substring(0, cut);
            assertThrows(ApiPage.MalformedPageException.class, () -> read(part), part);
        }
        ApiPage.MalformedPageException e = assertThrows(ApiPage.MalformedPageException.class,
                () -> read("{\"FullStudiesResponse\":{}}"));
        assertTrue(e.getMessage().contains("no \"studies\" array"), e.getMessage());
        assertThrows(ApiPage.MalformedPageException.class, () -> read("[]"));
    }
}
