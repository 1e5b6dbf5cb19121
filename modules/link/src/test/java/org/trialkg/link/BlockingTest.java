package org.trialkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.vocab.TK;

class BlockingTest {
    private static final String[] WORDS = {"toripalimab", "camrelizumab", "esophageal", "carcinoma", "covid",
        "ivermectin", "placebo", "migraine", "aspirin", "randomised", "phase", "adolescents", "(SOLIDARITY)",
        "ChiCTR2000034346", "NCT04437212", "EudraCT 2019-001234-56"};

    private static Map<String, List<String>> titles(Random r, int trials) {
        Map<String, List<String>> out = new TreeMap<>();
        for (int i = 0; i < trials; i++) {
            String iri = TK.ID + "trial/" + (r.nextBoolean() ? "nct/NCT" : "chictr/ChiCTR") + (1_000_000 + r.nextInt(9_000_000));
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < 3 + r.nextInt(6); k++) {
                t.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
            out.put(iri, List.of(t.toString().strip()));
        }
        return out;
    }

    @Test
    void anUpdatedBlockingIsTheOneBuiltFromTheTitlesAfterTheChange() {
        Random r = new Random(7);
        Map<String, List<String>> before = titles(r, 400);
        Blocking kept = Blocking.of(new ArrayList<>(before.keySet()), before::get);
        // some trials removed, some retitled, some new
        Map<String, List<String>> after = new TreeMap<>(before);
        Set<String> changed = new TreeSet<>();
        List<String> iris = new ArrayList<>(before.keySet());
        for (int i = 0; i < 40; i++) {
            String gone = iris.get(r.nextInt(iris.size()));
            after.remove(gone);
            changed.add(gone);
            String retitled = iris.get(r.nextInt(iris.size()));
            if (after.containsKey(retitled)) {
                after.put(retitled, List.of("aspirin migraine " + i));
                changed.add(retitled);
            }
        }
        Map<String, List<String>> added = titles(r, 30);
        after.putAll(added);
        changed.addAll(added.keySet());
        Set<String> described = new TreeSet<>(changed);
        described.retainAll(after.keySet());

        Blocking updated = kept.update(changed, described, after::get);
        Blocking built = Blocking.of(new ArrayList<>(after.keySet()), after::get);
        assertEquals(built.iris(), updated.iris());
        for (String w : List.of("toripalimab", "covid", "aspirin", "migraine", "0", "39", "adolescents")) {
            assertEquals(trials(built.words(), w), trials(updated.words(), w), w);
        }
        assertEquals(built.words().trials(), updated.words().trials());
        for (String iri : after.keySet()) {
            for (String key : TrialLinker.blockingKeys(iri, after.get(iri))) {
                assertEquals(trials(built.keys(), key), trials(updated.keys(), key), key);
            }
        }
    }

    @Test
    void aWrittenBlockingReadsBackAndABrokenFileReadsAsNone(@TempDir Path dir) throws IOException {
        Map<String, List<String>> titles = titles(new Random(11), 200);
        Blocking b = Blocking.of(new ArrayList<>(titles.keySet()), titles::get);
        Path file = dir.resolve("link-blocking");
        assertTrue(Blocking.read(file).isEmpty(), "no file");
        b.write(file);
        Blocking back = Blocking.read(file).orElseThrow();
        assertEquals(b.iris(), back.iris());
        assertEquals(trials(b.words(), "covid"), trials(back.words(), "covid"));
        assertEquals(trials(b.keys(), "id NCT04437212"), trials(back.keys(), "id NCT04437212"));

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertTrue(Blocking.read(file).isEmpty(), "cut short");
        Files.write(file, "something else".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Blocking.read(file).isEmpty(), "not a blocking file");
    }

    private static List<Integer> trials(Postings p, String term) {
        List<Integer> out = new ArrayList<>();
        p.forEach(term, out::add);
        return out;
    }
}
