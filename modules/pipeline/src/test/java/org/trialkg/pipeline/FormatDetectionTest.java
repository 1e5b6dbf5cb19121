package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.FormatDetector;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.SourceWalker;

/**
 * The measurement behind the order of {@link org.trialkg.ingest.Claim}: every reader trialkg has, as an ingest lists
 * them, detects the format of every file of {@code ../shared/data}, and each file goes to the reader of its folder.
 */
class FormatDetectionTest {
    /**
     * Where in {@code ../shared/data} (a folder, then a file's ending) to the format its files are in; the longest
     * match wins. Among the documents are records saved in registry formats, which go to their format's reader.
     */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("ctgov-csv/", "ctgov-csv"),
            Map.entry("ctgov-json/", "ctgov-json"),
            Map.entry("ctgov-xml/", "ctgov-xml"),
            // AACT's fixtures of search results and of an update feed hold no study: no reader claims them
            Map.entry("ctgov-xml/aact-fixtures/covid_search.xml", "none"),
            Map.entry("ctgov-xml/aact-fixtures/empty_search.xml", "none"),
            Map.entry("ctgov-json/aact-fixtures/updatedstudies.json", "none"),
            Map.entry("ictrp/.csv", "ictrp-csv"),
            Map.entry("ictrp/.xml", "ictrp-xml"),
            Map.entry("ictrp/.xlsx", "ictrp-xlsx"),
            Map.entry("other-registries/chictr/.xml", "chictr-xml"),
            Map.entry("other-registries/chictr/.html", "chictr-page"),
            Map.entry("other-registries/ctrdata/.json", "ctrdata-json"),
            // ctrdata's copy of an API v2 study is that study: the full API v2 reader, listed first, takes the tie
            Map.entry("other-registries/ctrdata/CTGOV2_", "ctgov-json"),
            Map.entry("documents/", "document"),
            Map.entry("documents/ctgov-html/.xml", "ctgov-xml"),
            Map.entry("documents/ctgov-html/.json", "ctgov-json"),
            Map.entry("documents/ctgov-html/.tsv", "ctgov-csv"),
            Map.entry("documents/other-registry/ChiCTR", "chictr-xml"),
            Map.entry("documents/other-registry/WHO_ICTRP_export", "ictrp-xml"),
            // DRKS's JSON is a format trialkg does not read; the ingest reports it as such
            Map.entry("documents/other-registry/DRKS00038775_DRKS_JSON.json", "none"));

    @Test
    void everyFileOfTheRealDataGoesToTheReaderOfItsFormat() {
        Path data = Shared.dir("data");
        Map<String, Integer> byFormat = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        try (Workspace ws = Workspace.inMemory()) {
            FormatDetector detector = Components.detector(ws.lexicon());
            List<Path> roots = List.of("ctgov-csv", "ctgov-json", "ctgov-xml", "ictrp", "other-registries",
                    "documents").stream().map(data::resolve).toList();
            new SourceWalker(p -> wrong.add(p.oneLine())).walk(roots, input -> {
                String path = data.relativize(Path.of(input.name().split("!")[0])).toString().replace('\\', '/');
                String expected = expected(path);
                if (expected == null) {
                    return; // a folder's notes (SOURCES.tsv)
                }
                String found = detector.detect(input).map(SourceReader::format).orElse("none");
                byFormat.merge(found, 1, Integer::sum);
                if (!found.equals(expected)) {
                    wrong.add(path + ": " + found + ", expected " + expected);
                }
            });
        }
        System.out.println("detected formats over ../shared/data: " + byFormat);
        assertEquals(List.of(), wrong);
        assertTrue(byFormat.size() >= 11, "every format and none are met: " + byFormat);
    }

    private static String expected(String path) {
        if (path.endsWith("SOURCES.tsv") || path.endsWith("SOURCES.md")) {
            return null;
        }
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            String key = e.getKey();
            int slash = key.lastIndexOf('/');
            String folder = key.substring(0, slash + 1);
            String rest = key.substring(slash + 1);
            boolean matches = path.startsWith(folder)
                    && (rest.isEmpty() || (rest.startsWith(".") ? path.endsWith(rest) : path.startsWith(key)));
            if (matches && key.length() > bestLength) {
                best = e.getValue();
                bestLength = key.length();
            }
        }
        return best;
    }
}
