package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the shape of the trial card's JSON ({@code trial --json}, {@code trials --json}, and the server's
 * {@code /api/trial/ID}, which serialises the same record): every key path of the cards of the examples and of a
 * golden API v2 study, one a line in {@code trial-card-shape.txt}. The web page and scripts read these keys, so a
 * refactoring of the card must keep them; a change meant for users rewrites the file with
 * {@code -Dtrialkg.golden.update=true}.
 */
class TrialCardJsonShapeTest {
    private static final String SHAPE = "trial-card-shape.txt";

    @TempDir
    Path tmp;

    /** Key paths: {@code /regimens[]/dose/min}; an array's elements are merged under {@code []}. */
    static void paths(String at, JsonNode node, SortedSet<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = at + "/" + e.getKey();
                out.add(path);
                paths(path, e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                paths(at + "[]", element, out);
            }
        }
    }

    @Test
    void theCardsOfTheExamplesHaveThePinnedKeys() throws IOException {
        String store = tmp.resolve("store").toString();
        // the examples, and the ingest module's golden API v2 study for the MeSH terms and references they lack
        Path study = Cli.examples().resolveSibling("modules/ingest/src/test/resources/org/trialkg/ingest/ctgov")
                .resolve("api-v2-study.json");
        Cli.Run ingest = Cli.run("ingest", "--store", store, Cli.examples().toString(), study.toString());
        assertEquals(0, ingest.code(), ingest.err());
        Cli.Run trials = Cli.run("trials", "--store", store, "--json");
        assertEquals(0, trials.code(), trials.err());
        JsonNode cards = new ObjectMapper().readTree(trials.out());
        assertTrue(cards.isArray() && cards.size() == 6, "six cards: " + trials.out());
        SortedSet<String> actual = new TreeSet<>();
        for (JsonNode card : cards) {
            paths("", card, actual);
        }
        Cli.Run one = Cli.run("trial", "--store", store, "--json", "NCT09000005");
        assertEquals(0, one.code(), one.err());
        SortedSet<String> single = new TreeSet<>();
        paths("", new ObjectMapper().readTree(one.out()), single);
        assertTrue(actual.containsAll(single), "trial --json has keys trials --json lacks: " + single);

        if (Boolean.getBoolean("trialkg.golden.update")) {
            Path file = Path.of("src", "test", "resources", SHAPE);
            Files.writeString(file, String.join("\n", actual) + "\n");
            return;
        }
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/" + SHAPE)) {
            assertTrue(in != null, SHAPE + " missing; run with -Dtrialkg.golden.update=true to write it");
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .toList();
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "the trial card's JSON changed shape: missing " + missing
                + ", not pinned " + extra);
    }
}
