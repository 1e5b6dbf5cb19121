package org.trialkg.enrich.drug.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of ordinary trial language, counted in the titles and summaries of ClinicalTrials.gov XML records: a
 * drug synonym that is one of them ("Water", "Control", "Same", "Oxygen") names far more text than the drug, so it is
 * matched only as a whole intervention name.
 *
 * <pre>{@code
 * Set<String> words = OrdinaryWords.count(Path.of("../shared/data/ctgov-xml")).frequent(0.005);
 * }</pre>
 */
public final class OrdinaryWords {
    private static final Pattern TEXT = Pattern.compile(
            "<(brief_title|official_title|brief_summary)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*");

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private OrdinaryWords(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /** Counts, for every word, the records under the folder (any depth, {@code *.xml}) whose title or summary has it. */
    public static OrdinaryWords count(Path folder) {
        Map<String, Integer> df = new HashMap<>();
        int docs = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder + ": " + e.getMessage(), e);
        }
        for (Path f : files) {
            String xml;
            try {
                xml = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // a file that is not UTF-8 text counts for nothing; the list is a statistic
            }
            Set<String> seen = new HashSet<>();
            Matcher m = TEXT.matcher(xml);
            while (m.find()) {
                Matcher w = WORD.matcher(m.group(2));
                while (w.find()) {
                    seen.add(DrugConcepts.key(w.group()));
                }
            }
            if (!seen.isEmpty()) {
                docs++;
                seen.forEach(k -> df.merge(k, 1, Integer::sum));
            }
        }
        return new OrdinaryWords(df, docs);
    }

    /** Number of records counted. */
    public int documents() {
        return documents;
    }

    /** The words in at least this share of the records, as lookup keys (folded, letters and digits only). */
    public Set<String> frequent(double minShare) {
        if (!(minShare > 0 && minShare < 1)) {
            throw new IllegalArgumentException("share of records: expected between 0 and 1, was " + minShare);
        }
        int min = Math.max(2, (int) Math.ceil(minShare * documents));
        Set<String> out = new TreeSet<>();
        documentFrequency.forEach((w, n) -> {
            if (n >= min) {
                out.add(w);
            }
        });
        return out;
    }
}
