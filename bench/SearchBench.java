import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.trialkg.search.SearchRequest;
import org.trialkg.search.TrialDocument;
import org.trialkg.search.TrialFields;
import org.trialkg.search.TrialIndex;

/**
 * Search latency of trialkg against PostgreSQL full-text search over the same text, run by bench/search.sh.
 *
 * <p>Arguments: STORE_LUCENE_DIR OUT_DIR TARGET_TRIALS JUDGED_TSV JDBC_URL. Reads every trial document of an ingested
 * store's index, writes re-minted copies (fresh IRI and registry IDs, the same text) into a new index until it holds
 * TARGET_TRIALS, loads the same text into PostgreSQL (tsvector, GIN index), then times the judged queries and random
 * title words on both: top 10 by Lucene's BM25 (with the snippets trialkg shows) and by ts_rank_cd. PostgreSQL
 * returns IDs only: no ts_headline.
 */
public final class SearchBench {
    private static final int RANDOM_QUERIES = 200;
    private static final int PASSES = 3;

    public static void main(String[] args) throws Exception {
        Path storeIndex = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int target = Integer.parseInt(args[2]);
        List<String> judged = judgedQueries(Path.of(args[3]));
        String jdbc = args[4];

        List<TrialDocument> base = readDocuments(storeIndex);
        int copies = (target + base.size() - 1) / base.size();
        System.out.printf("base: %,d trials from the store; %d copies each = %,d trials%n", base.size(), copies,
                base.size() * copies);
        List<String> random = randomQueries(base, new Random(42));

        long t0 = System.nanoTime();
        try (TrialIndex index = TrialIndex.open(out.resolve("lucene"), true)) {
            index.deleteAll();
            for (int k = 0; k < copies; k++) {
                for (TrialDocument d : base) {
                    index.update(remint(d, k));
                }
            }
            index.commit();
            System.out.printf("trialkg: indexed %,d trials in %.0f s%n", index.size(), (System.nanoTime() - t0) / 1e9);
            Timer lucene = q -> index.search(SearchRequest.of(q, 10)).hits().size();
            long[] lj = time(lucene, judged);
            long[] lr = time(lucene, random);

            try (Connection c = DriverManager.getConnection(jdbc)) {
                load(c, base, copies);
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id, ts_rank_cd(tsv, q) AS r FROM trials, websearch_to_tsquery('english', ?) q "
                                + "WHERE tsv @@ q ORDER BY r DESC LIMIT 10")) {
                    Timer pg = q -> {
                        ps.setString(1, plain(q));
                        int n = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                n++;
                            }
                        }
                        return n;
                    };
                    System.out.printf("queries with no hit, judged: trialkg %d, postgres %d of %d; random: trialkg %d,"
                            + " postgres %d of %d%n", empty(lucene, judged), empty(pg, judged), judged.size(),
                            empty(lucene, random), empty(pg, random), random.size());
                    long[] pj = time(pg, judged);
                    long[] pr = time(pg, random);
                    report("trialkg", "judged", lj);
                    report("postgres", "judged", pj);
                    report("trialkg", "random", lr);
                    report("postgres", "random", pr);
                    System.out.printf(Locale.ROOT, "ratio postgres / trialkg, judged: median %.2f, p95 %.2f%n",
                            pct(pj, 50) / pct(lj, 50), pct(pj, 95) / pct(lj, 95));
                    System.out.printf(Locale.ROOT, "ratio postgres / trialkg, random: median %.2f, p95 %.2f%n",
                            pct(pr, 50) / pct(lr, 50), pct(pr, 95) / pct(lr, 95));
                }
            }
        }
    }

    interface Timer {
        int run(String query) throws Exception;
    }

    private static int empty(Timer t, List<String> queries) throws Exception {
        int n = 0;
        for (String q : queries) {
            n += t.run(q) == 0 ? 1 : 0;
        }
        return n;
    }

    // Two warm-up passes (the JIT, the caches), then PASSES timed passes over every query; the samples are pooled.
    private static long[] time(Timer t, List<String> queries) throws Exception {
        for (int p = 0; p < 2; p++) {
            for (String q : queries) {
                t.run(q);
            }
        }
        long[] samples = new long[queries.size() * PASSES];
        int i = 0;
        for (int p = 0; p < PASSES; p++) {
            for (String q : queries) {
                long s = System.nanoTime();
                t.run(q);
                samples[i++] = System.nanoTime() - s;
            }
        }
        Arrays.sort(samples);
        return samples;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void report(String engine, String set, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-8s %-6s queries: median %.2f ms, p95 %.2f ms (%d samples)%n", engine, set,
                pct(sorted, 50), pct(sorted, 95), sorted.length);
    }

    private static List<String> judgedQueries(Path tsv) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t")[0]);
            }
        }
        return out;
    }

    // One to three words of four letters or more, from the titles of random trials.
    private static List<String> randomQueries(List<TrialDocument> docs, Random rnd) {
        List<String> out = new ArrayList<>();
        while (out.size() < RANDOM_QUERIES) {
            TrialDocument d = docs.get(rnd.nextInt(docs.size()));
            String title = d.titles().title();
            if (title == null) {
                continue;
            }
            List<String> words = Arrays.stream(title.split("[^\\p{L}]+")).filter(w -> w.length() >= 4).toList();
            if (words.isEmpty()) {
                continue;
            }
            int n = 1 + rnd.nextInt(Math.min(3, words.size()));
            List<String> pick = new ArrayList<>(words);
            Collections.shuffle(pick, rnd);
            out.add(String.join(" ", pick.subList(0, n)).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    // The same words for websearch_to_tsquery: field names, facet clauses and the fuzzy marker dropped.
    static String plain(String q) {
        return q.replaceAll("\\b(phase|status|type|year):\\S+", " ").replaceAll("\\b[a-z]+:", "").replace("~", "")
                .replace("*", "").strip();
    }

    private static TrialDocument remint(TrialDocument d, int k) {
        if (k == 0) {
            return d;
        }
        List<String> ids = d.ids().registry().stream().map(id -> id + "R" + k).toList();
        return new TrialDocument(d.iri() + "/copy-" + k, new TrialDocument.Ids(ids, d.ids().secondary()), d.titles(),
                d.texts(), d.drugs(), d.parties(), d.facets());
    }

    // The stored fields of the store's index give back every document as trialkg indexed it.
    private static List<TrialDocument> readDocuments(Path dir) throws Exception {
        List<TrialDocument> out = new ArrayList<>();
        try (var d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            Bits live = MultiBits.getLiveDocs(r);
            StoredFields stored = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document doc = stored.document(i);
                List<String> countries = all(doc, TrialFields.COUNTRY).stream().map(c -> c.split(" ")[0]).toList();
                String year = doc.get(TrialFields.YEAR);
                out.add(TrialDocument.builder(doc.get(TrialFields.IRI)).ids(all(doc, TrialFields.ID))
                        .secondaryIds(all(doc, TrialFields.OTHER_ID)).title(doc.get(TrialFields.TITLE))
                        .otherTitles(all(doc, TrialFields.OTHER_TITLE)).acronyms(all(doc, TrialFields.ACRONYM))
                        .summary(doc.get(TrialFields.SUMMARY)).conditions(all(doc, TrialFields.CONDITION))
                        .interventions(all(doc, TrialFields.INTERVENTION)).drugs(all(doc, TrialFields.DRUG))
                        .drugClasses(all(doc, TrialFields.DRUG_CLASS)).sponsors(all(doc, TrialFields.SPONSOR))
                        .sites(all(doc, TrialFields.SITE)).countries(countries)
                        .eligibility(doc.get(TrialFields.ELIGIBILITY)).outcomes(all(doc, TrialFields.OUTCOME))
                        .phases(all(doc, TrialFields.PHASE)).status(doc.get(TrialFields.STATUS))
                        .studyType(doc.get(TrialFields.TYPE)).startYear(year == null ? null : Integer.valueOf(year))
                        .build());
            }
        }
        return out;
    }

    private static List<String> all(Document d, String field) {
        return List.of(d.getValues(field));
    }

    // The text of each base trial is parsed into a weighted tsvector once; the copies share it under fresh IDs.
    private static void load(Connection c, List<TrialDocument> base, int copies) throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS trials, staging");
            s.execute("CREATE UNLOGGED TABLE staging (n int, id text, title text, a text, b text, c text, d text)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staging VALUES (?,?,?,?,?,?,?)")) {
            int n = 0;
            for (TrialDocument d : base) {
                ps.setInt(1, n++);
                ps.setString(2, String.join(" ", d.ids().registry()));
                ps.setString(3, d.titles().title());
                ps.setString(4, join(d.ids().registry(), List.of(nn(d.titles().title())), d.drugs().names(),
                        d.texts().conditions()));
                ps.setString(5, join(d.titles().other(), d.drugs().classes(), d.texts().interventions(),
                        d.parties().sponsors()));
                ps.setString(6, join(List.of(nn(d.texts().summary())), d.texts().outcomes(), d.parties().sites(),
                        d.parties().countries().stream()
                                .map(cc -> cc + " " + new Locale("", cc).getDisplayCountry(Locale.ENGLISH)).toList()));
                ps.setString(7, nn(d.texts().eligibility()));
                ps.addBatch();
                if (n % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE UNLOGGED TABLE trials (id text, title text, tsv tsvector)");
            s.execute("CREATE TEMP TABLE vectors AS SELECT n, id, title, "
                    + "setweight(to_tsvector('english', coalesce(a, '')), 'A') || "
                    + "setweight(to_tsvector('english', coalesce(b, '')), 'B') || "
                    + "setweight(to_tsvector('english', coalesce(c, '')), 'C') || "
                    + "setweight(to_tsvector('english', coalesce(d, '')), 'D') AS tsv FROM staging");
            s.execute("INSERT INTO trials SELECT CASE WHEN k = 0 THEN id ELSE id || 'R' || k END, title, tsv "
                    + "FROM vectors, generate_series(0, " + (copies - 1) + ") k");
            s.execute("CREATE INDEX trials_tsv ON trials USING gin (tsv)");
            s.execute("VACUUM ANALYZE trials");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM trials")) {
                rs.next();
                System.out.printf("postgres: loaded %,d trials, tsvector and GIN index in %.0f s%n", rs.getLong(1),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    @SafeVarargs
    private static String join(List<String>... lists) {
        Set<String> parts = new LinkedHashSet<>();
        for (List<String> l : lists) {
            parts.addAll(l);
        }
        return String.join("\n", parts);
    }
}
