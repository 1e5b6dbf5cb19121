import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.trialkg.model.RegistryId;

/**
 * Makes N re-minted trials for bench/scale.sh from every structured format in ../shared/data: ClinicalTrials.gov
 * legacy XML (one zip), API v2 JSON (NDJSON), the CSV exports, the ICTRP XML, CSV and XLSX exports, ctrdata JSON and
 * the ChiCTR XML record (zips).
 *
 * <p>Usage: {@code java -cp 'modules/cli/target/lib/*' bench/ScaleData.java DATA_DIR OUT_DIR N [--changed M]}
 *
 * <p>Each base record is written again as copy k = 0, 1, 2, ... until N records are written; every source gets
 * its share of N in proportion to its base records. Every registry ID in a record's text (its own, its secondary
 * IDs, related trials, URLs) becomes a fresh ID of the same registry and shape, the same in every file of one copy,
 * so a trial listed in two formats or registries stays one trial within a copy. Copy 0 keeps the texts; copies
 * from 1 on get title typos (a transposition in about half the words of five letters or more, at a place that
 * depends on the copy) and a start date k years earlier, so that copies of one trial in two registries score
 * below the identity threshold of the linker (they may become candidates, as similar real trials do) while the
 * twins within a copy still link. Base records are read per source (memory follows the base, not N); the output
 * is written as a stream.
 *
 * <p>{@code --changed M} writes instead {@code changed-M.zip}: M of the legacy XML records the run of the same N
 * wrote, spread evenly over its copies, with the same IDs and an amended summary (the "changed trials" step).
 */
public final class ScaleData {
    private static final Charset BYTES = StandardCharsets.ISO_8859_1; // text files round-trip byte for byte
    private static final Set<String> TITLE_TAGS = Set.of("brief_title", "official_title", "Public_title",
            "Scientific_title", "public_title", "scientific_title");
    private static final Set<String> START_TAGS = Set.of("start_date", "Date_enrollement", "date_enrolment");
    private static final Set<String> TITLE_COLUMNS = Set.of("Study Title", "Title", "Public title", "Scientific title");
    private static final Set<String> START_COLUMNS = Set.of("Start Date", "Date enrollement");
    private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z_]+)(\\s[^>]*)?>([^<]*)</\\1>");
    private static final Pattern NCT_FILE = Pattern.compile("NCT\\d{8}\\.xml");
    private static final int SAMPLE_EVERY = 97; // about 200 sample IDs at N = 20,000

    public static void main(String[] args) throws Exception {
        // POI logs through the Log4j API; without a provider it warns on every run.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        if (args.length < 3) {
            System.err.println("usage: ScaleData DATA_DIR OUT_DIR N [--changed M]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long n = Long.parseLong(args[2]);
        int changed = args.length >= 5 && args[3].equals("--changed") ? Integer.parseInt(args[4]) : 0;
        Files.createDirectories(out);

        Remint ids = new Remint();
        List<Source> sources = sources(data);
        // Pass 1: count the base records and number every registry ID in a fixed order, so that the IDs of copy k
        // are the same whatever N is (the changed-trials set relies on it).
        long base = 0;
        long[] counts = new long[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            counts[i] = sources.get(i).load(ids);
            base += counts[i];
            sources.get(i).unload();
        }
        System.out.printf("base: %,d records in %d sources, %,d registry IDs%n", base, sources.size(), ids.size());
        if (base == 0) {
            System.err.println("ScaleData: no registry records under " + data + " (the data folder of ../shared)");
            System.exit(2);
        }
        long[] quota = new long[sources.size()];
        long given = 0;
        for (int i = 0; i < sources.size(); i++) {
            quota[i] = n * counts[i] / base;
            given += quota[i];
        }
        for (int i = 0; given < n; i = (i + 1) % sources.size()) { // the rounding remainder, one by one
            if (counts[i] > 0) {
                quota[i]++;
                given++;
            }
        }
        if (changed > 0) {
            XmlFiles xml = (XmlFiles) sources.get(0);
            xml.load(ids);
            Path zip = out.resolve("changed-" + changed + ".zip");
            long w = xml.writeChanged(zip, changed, quota[0], ids);
            System.out.printf("changed: %,d legacy XML records of the big run with an amended summary -> %s%n", w, zip);
            return;
        }
        long start = System.nanoTime();
        try (Writer sample = Files.newBufferedWriter(out.resolve("sample-ids.txt"))) {
            long total = 0;
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                if (quota[i] == 0) {
                    continue;
                }
                s.load(ids);
                long w = s.write(out, quota[i], ids, sample);
                s.unload();
                total += w;
                System.out.printf("  %-44s %,7d base -> %,9d records%n", s.name, counts[i], w);
            }
            System.out.printf("wrote %,d records (%,d copies skipped: an ID too short for copy k) in %.1f s to %s%n",
                    total, ids.skipped, (System.nanoTime() - start) / 1e9, out);
        }
    }

    private static List<Source> sources(Path data) throws IOException {
        List<Source> out = new ArrayList<>();
        out.add(new XmlFiles("ctgov-xml", files(data.resolve("ctgov-xml"), p -> NCT_FILE.matcher(name(p)).matches())));
        out.add(new JsonStudies("ctgov-json", files(data.resolve("ctgov-json"),
                p -> name(p).endsWith(".json") && (!p.getParent().endsWith("aact-fixtures") || name(p).startsWith("NCT")))));
        for (Path p : files(data.resolve("ctgov-csv"), p -> name(p).endsWith(".csv") || name(p).endsWith(".tsv"))) {
            out.add(new CsvRows("ctgov-csv-" + name(p), p));
        }
        for (Path p : files(data.resolve("ictrp"), p -> name(p).endsWith(".xml"))) {
            out.add(new IctrpXml("ictrp-xml-" + name(p), p));
        }
        for (Path p : files(data.resolve("ictrp"), p -> name(p).endsWith(".csv"))) {
            out.add(new CsvRows("ictrp-csv-" + name(p), p));
        }
        for (Path p : files(data.resolve("ictrp"), p -> name(p).endsWith(".xlsx"))) {
            out.add(new Xlsx("ictrp-xlsx-" + name(p), p));
        }
        out.add(new JsonDocs("ctrdata-json", files(data.resolve("other-registries/ctrdata"), p -> name(p).endsWith(".json"))));
        out.add(new XmlFiles("chictr-xml", files(data.resolve("other-registries/chictr"), p -> name(p).endsWith(".xml"))));
        return out;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static List<Path> files(Path dir, java.util.function.Predicate<Path> keep) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(keep).sorted().toList();
        }
    }

    /** A copy of a record that cannot be made: one of its IDs has too few digits for copy k. */
    static final class Skip extends Exception {
        static final Skip INSTANCE = new Skip();

        private Skip() {
            super(null, null, false, false);
        }
    }

    /** Fresh registry IDs of the same registry and shape, one per (base ID, copy). */
    static final class Remint {
        // Base IDs are numbered 0..STRIDE-1 (about 25,000 in ../shared/data); copy k of base ID i is k*STRIDE+i.
        static final int STRIDE = 100_000;
        // Eight trailing digits hold k*STRIDE+i for up to 999 copies; IDs with fewer digits hold fewer copies.
        static final int MAX_DIGITS = 8;
        private static final Pattern ANY = anyId();
        private final Map<String, Integer> index = new HashMap<>();
        long skipped;

        // The pattern trialkg finds IDs in text with, also after a slash (URLs such as .../show/NCT01234567).
        private static Pattern anyId() {
            try {
                Field f = RegistryId.class.getDeclaredField("ANY");
                f.setAccessible(true);
                Pattern p = (Pattern) f.get(null);
                return Pattern.compile(p.pattern().replace("(?<![A-Za-z0-9/-])", "(?<![A-Za-z0-9-])"), p.flags());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("RegistryId.ANY changed; update bench/ScaleData.java", e);
            }
        }

        int size() {
            return index.size();
        }

        void register(String text) {
            Matcher m = ANY.matcher(text);
            while (m.find()) {
                idx(m.group(1));
            }
        }

        private int idx(String id) {
            String key = RegistryId.parse(id).map(r -> r.registry() + ":" + r.value()).orElse(id.toUpperCase(Locale.ROOT));
            Integer i = index.get(key);
            if (i == null) {
                if (index.size() >= STRIDE) {
                    throw new IllegalStateException("more than " + STRIDE + " base IDs; raise Remint.STRIDE");
                }
                i = index.size();
                index.put(key, i);
            }
            return i;
        }

        String apply(String text, int k) throws Skip {
            Matcher m = ANY.matcher(text);
            StringBuilder sb = null;
            int last = 0;
            while (m.find()) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16);
                }
                sb.append(text, last, m.start(1)).append(fresh(m.group(1), k));
                last = m.end(1);
            }
            return sb == null ? text : sb.append(text, last, text.length()).toString();
        }

        private String fresh(String id, int k) throws Skip {
            long v = (long) k * STRIDE + idx(id);
            if (id.regionMatches(true, 0, "RBR-", 0, 4)) { // Brazil: letters and digits after the prefix
                String s = Long.toString(v, 36);
                int len = id.length() - 4;
                if (s.length() > len) {
                    skipped++;
                    throw Skip.INSTANCE;
                }
                return id.substring(0, 4) + "0".repeat(len - s.length()) + s;
            }
            int digits = 0;
            for (int i = 0; i < id.length(); i++) {
                digits += Character.isDigit(id.charAt(i)) ? 1 : 0;
            }
            int d = Math.min(digits, MAX_DIGITS);
            if (v >= Math.pow(10, d)) {
                skipped++;
                throw Skip.INSTANCE;
            }
            String s = String.format("%0" + d + "d", v);
            char[] c = id.toCharArray();
            int j = s.length() - 1;
            for (int i = c.length - 1; i >= 0 && j >= 0; i--) {
                if (Character.isDigit(c[i])) {
                    c[i] = s.charAt(j--);
                }
            }
            return new String(c);
        }
    }

    // Words of five ASCII letters or more (ASCII only: files are handled as bytes).
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{5,}");

    /** Copy 0 unchanged; copy k: about half the long words get a transposition whose place depends on k. */
    static String typo(String title, int k) {
        if (k == 0 || title == null) {
            return title;
        }
        StringBuilder sb = new StringBuilder(title);
        Matcher m = WORD.matcher(title);
        while (m.find()) {
            if (m.start() > 0 && title.charAt(m.start() - 1) == '&') {
                continue; // an XML entity
            }
            String w = m.group().toLowerCase(Locale.ROOT);
            long h = mix(w.hashCode() * 0x9E3779B97F4A7C15L + k);
            if ((h & 1) == 0) {
                continue;
            }
            int at = m.start() + 1 + (int) ((h >>> 1) % (w.length() - 2)); // never the first letter
            char a = sb.charAt(at);
            sb.setCharAt(at, sb.charAt(at + 1));
            sb.setCharAt(at + 1, a);
        }
        return sb.toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?=(?:\\d{4})?(?!\\d))");

    /** Copy k starts k years earlier (every year in the start date; yyyymmdd too). */
    static String earlier(String date, int k) {
        if (k == 0 || date == null) {
            return date;
        }
        Matcher m = YEAR.matcher(date);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Integer.toString(Integer.parseInt(m.group(1)) - k));
        }
        return m.appendTail(sb).toString();
    }

    /** Titles and start dates of XML elements, by tag. */
    static String perturbXml(String xml, int k) {
        if (k == 0) {
            return xml;
        }
        Matcher m = ELEMENT.matcher(xml);
        StringBuilder sb = new StringBuilder(xml.length());
        while (m.find()) {
            String tag = m.group(1);
            String text = TITLE_TAGS.contains(tag) ? typo(m.group(3), k)
                    : START_TAGS.contains(tag) ? earlier(m.group(3), k) : m.group(3);
            m.appendReplacement(sb, Matcher.quoteReplacement(
                    "<" + tag + (m.group(2) == null ? "" : m.group(2)) + ">" + text + "</" + tag + ">"));
        }
        return m.appendTail(sb).toString();
    }

    /** One structured source: its base records are loaded, then written as copies up to a quota. */
    abstract static class Source {
        final String name;

        Source(String name) {
            this.name = name;
        }

        /** Reads the base records, numbers their IDs, returns how many there are. */
        abstract long load(Remint ids) throws IOException;

        abstract void unload();

        abstract int size();

        /** Writes copy k of base record i; false when it cannot be made (skipped). */
        abstract boolean writeOne(int i, int k, Remint ids, Writer sample, boolean sampled) throws IOException;

        void open(Path out) throws IOException {
        }

        void close() throws IOException {
        }

        long write(Path out, long quota, Remint ids, Writer sample) throws IOException {
            open(out);
            long written = 0;
            long tried = 0;
            try {
                for (int k = 0; written < quota; k++) {
                    if ((long) k * Remint.STRIDE >= 1_000_000_000L) {
                        throw new IllegalStateException("too many copies for " + name);
                    }
                    for (int i = 0; i < size() && written < quota; i++) {
                        if (writeOne(i, k, ids, sample, tried++ % SAMPLE_EVERY == 0)) {
                            written++;
                        }
                    }
                }
            } finally {
                close();
            }
            return written;
        }
    }

    /** A zip written entry by entry, for the sources whose records are one file each. */
    static final class ZipOut implements AutoCloseable {
        private ZipOutputStream zip;

        void open(Path file) throws IOException {
            zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        void put(String entry, byte[] content) throws IOException {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** One record per XML file (ClinicalTrials.gov legacy XML, ChiCTR XML), written into one zip. */
    static final class XmlFiles extends Source {
        private static final Pattern NCT_ID = Pattern.compile("<nct_id>\\s*(NCT\\d{8})\\s*</nct_id>");
        private final List<Path> files;
        private List<String> texts;
        private final ZipOut zip = new ZipOut();

        XmlFiles(String name, List<Path> files) {
            super(name);
            this.files = files;
        }

        @Override
        long load(Remint ids) throws IOException {
            texts = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Path f : files) {
                String t = Files.readString(f, BYTES);
                Matcher m = NCT_ID.matcher(t);
                if (m.find() && !seen.add(m.group(1))) {
                    continue; // the same study in two folders: one record per ID, as in AllPublicXML
                }
                ids.register(t);
                texts.add(t);
            }
            return texts.size();
        }

        @Override
        void unload() {
            texts = null;
        }

        @Override
        int size() {
            return texts.size();
        }

        @Override
        void open(Path out) throws IOException {
            zip.open(out.resolve(name + ".zip"));
        }

        @Override
        void close() throws IOException {
            zip.close();
        }

        @Override
        boolean writeOne(int i, int k, Remint ids, Writer sample, boolean sampled) throws IOException {
            String t;
            try {
                t = perturbXml(ids.apply(texts.get(i), k), k);
            } catch (Skip s) {
                return false;
            }
            entry(zip, t, k, i);
            if (sampled) {
                Matcher m = NCT_ID.matcher(t);
                if (m.find()) {
                    sample.write(m.group(1) + "\n");
                }
            }
            return true;
        }

        // AllPublicXML layout: NCT0123xxxx/NCT01234567.xml, named for the record's own (new) ID.
        private void entry(ZipOut z, String t, int k, int i) throws IOException {
            Matcher m = NCT_ID.matcher(t);
            z.put(m.find() ? m.group(1).substring(0, 7) + "xxxx/" + m.group(1) + ".xml"
                    : name + "/" + k + "-" + i + ".xml", t.getBytes(BYTES));
        }

        /**
         * M of the records the big run wrote for this source (quota), evenly spread over its copies, each with an
         * amended summary: the same IDs, changed content.
         */
        long writeChanged(Path zipFile, int m, long quota, Remint ids) throws IOException {
            long w = 0;
            long step = Math.max(1, quota / m);
            try (ZipOut z = new ZipOut()) {
                z.open(zipFile);
                for (long seq = 0; seq < quota && w < m; seq += step) {
                    int k = (int) (seq / texts.size());
                    int i = (int) (seq % texts.size());
                    String t;
                    try {
                        t = perturbXml(ids.apply(texts.get(i), k), k);
                    } catch (Skip s) {
                        continue;
                    }
                    String amended = t.replaceFirst("(<brief_summary>\\s*<textblock>)",
                            "$1 Amended protocol: the enrolment period was extended by six months.");
                    if (amended.equals(t)) {
                        amended = t.replaceFirst("(<brief_title>)", "$1Amended: ");
                    }
                    entry(z, amended, k, i);
                    w++;
                }
            }
            return w;
        }
    }

    /** The ICTRP XML export: Trial elements under one root, written as one file. */
    static final class IctrpXml extends Source {
        private static final Pattern TRIAL = Pattern.compile("<Trial>.*?</Trial>", Pattern.DOTALL);
        private static final Pattern TRIAL_ID = Pattern.compile("<TrialID>\\s*([^<]+?)\\s*</TrialID>");
        private final Path file;
        private String head;
        private String tail;
        private List<String> trials;
        private Writer w;

        IctrpXml(String name, Path file) {
            super(name);
            this.file = file;
        }

        @Override
        long load(Remint ids) throws IOException {
            String t = Files.readString(file, BYTES);
            trials = new ArrayList<>();
            Matcher m = TRIAL.matcher(t);
            int first = -1;
            int end = 0;
            while (m.find()) {
                first = first < 0 ? m.start() : first;
                end = m.end();
                trials.add(m.group());
                ids.register(m.group());
            }
            head = first < 0 ? "" : t.substring(0, first);
            tail = t.substring(end);
            return trials.size();
        }

        @Override
        void unload() {
            trials = null;
        }

        @Override
        int size() {
            return trials.size();
        }

        @Override
        void open(Path out) throws IOException {
            w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out.resolve(name)), BYTES), 1 << 16);
            w.write(head);
        }

        @Override
        void close() throws IOException {
            w.write(tail);
            w.close();
        }

        @Override
        boolean writeOne(int i, int k, Remint ids, Writer sample, boolean sampled) throws IOException {
            String t;
            try {
                t = perturbXml(ids.apply(trials.get(i), k), k);
            } catch (Skip s) {
                return false;
            }
            w.write(t);
            w.write("\n  ");
            if (sampled) {
                Matcher m = TRIAL_ID.matcher(t);
                if (m.find()) {
                    sample.write(m.group(1) + "\n");
                }
            }
            return true;
        }
    }

    /** A CSV or TSV export (ClinicalTrials.gov, ICTRP): the same header, re-minted rows. */
    static final class CsvRows extends Source {
        private final Path file;
        private final char sep;
        private List<String> header;
        private List<List<String>> rows;
        private Writer w;
        private int titleA = -1;
        private int titleB = -1;
        private int startCol = -1;

        CsvRows(String name, Path file) {
            super(name);
            this.file = file;
            this.sep = file.toString().endsWith(".tsv") ? '\t' : ',';
        }

        @Override
        long load(Remint ids) throws IOException {
            CsvMapper csv = new CsvMapper();
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            rows = new ArrayList<>();
            if (sep == '\t') { // the TSV export quotes nothing: a row per line, a quote is just a character
                List<String> lines = Files.readAllLines(file, BYTES);
                header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t", -1));
                for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    if (!l.isBlank()) {
                        rows.add(List.of(l.split("\t", -1)));
                        ids.register(l);
                    }
                }
            } else {
                try (Reader r = Files.newBufferedReader(file, BYTES)) {
                    Iterator<List<String>> it = csv.readerFor(List.class)
                            .with(CsvSchema.emptySchema().withColumnSeparator(sep)).readValues(r);
                    header = it.hasNext() ? it.next() : List.of();
                    while (it.hasNext()) {
                        List<String> row = it.next();
                        rows.add(row);
                        row.forEach(ids::register);
                    }
                }
            }
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c).strip();
                if (TITLE_COLUMNS.contains(h)) {
                    if (titleA < 0) {
                        titleA = c;
                    } else {
                        titleB = c;
                    }
                } else if (START_COLUMNS.contains(h)) {
                    startCol = c;
                }
            }
            return rows.size();
        }

        @Override
        void unload() {
            rows = null;
        }

        @Override
        int size() {
            return rows.size();
        }

        @Override
        void open(Path out) throws IOException {
            w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out.resolve(name)), BYTES), 1 << 16);
            line(header);
        }

        @Override
        void close() throws IOException {
            w.close();
        }

        private void line(List<String> cells) throws IOException {
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    w.write(sep);
                }
                String v = cells.get(c) == null ? "" : cells.get(c);
                if (sep == ',') {
                    w.write('"');
                    w.write(v.replace("\"", "\"\""));
                    w.write('"');
                } else {
                    w.write(v);
                }
            }
            w.write("\r\n");
        }

        @Override
        boolean writeOne(int i, int k, Remint ids, Writer sample, boolean sampled) throws IOException {
            List<String> row = new ArrayList<>(rows.get(i));
            try {
                for (int c = 0; c < row.size(); c++) {
                    String v = ids.apply(row.get(c), k);
                    if (c == titleA || c == titleB) {
                        v = typo(v, k);
                    } else if (c == startCol) {
                        v = earlier(v, k);
                    }
                    row.set(c, v);
                }
            } catch (Skip s) {
                return false;
            }
            line(row);
            return true;
        }
    }

    /** The ICTRP XLSX export, written with POI's streaming workbook (a window of rows in memory). */
    static final class Xlsx extends Source {
        private static final int WINDOW = 200;
        private final Path file;
        private XSSFWorkbook book;
        private Sheet sheet;
        private int titleA = -1;
        private int titleB = -1;
        private int startCol = -1;
        private SXSSFWorkbook out;
        private Sheet outSheet;
        private Path outFile;
        private int outRow;
        private final Map<Short, CellStyle> styles = new HashMap<>();

        Xlsx(String name, Path file) {
            super(name);
            this.file = file;
        }

        @Override
        long load(Remint ids) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                book = new XSSFWorkbook(in);
            }
            sheet = book.getSheetAt(0);
            Row h = sheet.getRow(0);
            for (int c = 0; c < h.getLastCellNum(); c++) {
                Cell cell = h.getCell(c);
                String v = cell == null ? "" : cell.toString().strip();
                if (TITLE_COLUMNS.contains(v)) {
                    if (titleA < 0) {
                        titleA = c;
                    } else {
                        titleB = c;
                    }
                } else if (START_COLUMNS.contains(v)) {
                    startCol = c;
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            ids.register(c.getStringCellValue());
                        }
                    }
                }
            }
            return sheet.getLastRowNum();
        }

        @Override
        void unload() {
            try {
                book.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            book = null;
            sheet = null;
        }

        @Override
        int size() {
            return sheet.getLastRowNum();
        }

        @Override
        void open(Path dir) throws IOException {
            out = new SXSSFWorkbook(WINDOW);
            out.setCompressTempFiles(true);
            outSheet = out.createSheet(sheet.getSheetName());
            outFile = dir.resolve(name);
            outRow = 0;
            styles.clear();
            try {
                copy(sheet.getRow(0), 0, null);
            } catch (Skip s) {
                throw new IllegalStateException("the header row has no IDs", s);
            }
        }

        @Override
        void close() throws IOException {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(outFile))) {
                out.write(o);
            }
            out.close();
        }

        @Override
        boolean writeOne(int i, int k, Remint ids, Writer sample, boolean sampled) throws IOException {
            Row src = sheet.getRow(i + 1);
            if (src == null) {
                return false;
            }
            try {
                copy(src, k, ids);
            } catch (Skip s) {
                return false;
            }
            return true;
        }

        private void copy(Row src, int k, Remint ids) throws Skip {
            // Strings are transformed first, so that a skipped copy leaves no half row behind.
            Map<Integer, String> text = new HashMap<>();
            for (Cell c : src) {
                if (c.getCellType() == CellType.STRING) {
                    String v = ids == null ? c.getStringCellValue() : ids.apply(c.getStringCellValue(), k);
                    int col = c.getColumnIndex();
                    text.put(col, col == titleA || col == titleB ? typo(v, k) : col == startCol ? earlier(v, k) : v);
                }
            }
            Row row = outSheet.createRow(outRow++);
            for (Cell c : src) {
                Cell d = row.createCell(c.getColumnIndex());
                CellStyle st = c.getCellStyle();
                if (st != null && st.getIndex() != 0) {
                    d.setCellStyle(styles.computeIfAbsent(st.getIndex(), x -> {
                        CellStyle n = out.createCellStyle();
                        n.cloneStyleFrom(st);
                        return n;
                    }));
                }
                switch (c.getCellType()) {
                    case STRING -> d.setCellValue(text.get(c.getColumnIndex()));
                    case NUMERIC -> {
                        double v = c.getNumericCellValue();
                        if (c.getColumnIndex() == startCol && k > 0 && DateUtil.isCellDateFormatted(c)) {
                            v -= Math.round(k * 365.25); // k years earlier, as for the text dates
                        }
                        d.setCellValue(v);
                    }
                    case BOOLEAN -> d.setCellValue(c.getBooleanCellValue());
                    case FORMULA -> d.setCellValue(c.toString());
                    default -> {
                    }
                }
            }
        }
    }

    /** ClinicalTrials.gov API v2 studies (arrays or single studies), written as one NDJSON file. */
    static class JsonStudies extends Source {
        final ObjectMapper json = new ObjectMapper();
        final List<Path> files;
        List<JsonNode> records;
        OutputStream o;
        JsonGenerator g;

        JsonStudies(String name, List<Path> files) {
            super(name);
            this.files = files;
        }

        boolean keep(JsonNode n) {
            return n.isObject() && n.has("protocolSection");
        }

        @Override
        long load(Remint ids) throws IOException {
            records = new ArrayList<>();
            for (Path f : files) {
                try (JsonParser p = json.getFactory().createParser(f.toFile())) {
                    JsonToken t = p.nextToken();
                    if (t == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            add(json.readTree(p), ids);
                        }
                    } else if (t == JsonToken.START_OBJECT) {
                        add(json.readTree(p), ids);
                    }
                }
            }
            return records.size();
        }

        private void add(JsonNode n, Remint ids) {
            if (keep(n)) {
                records.add(n);
                register(n, ids);
            }
        }

        private static void register(JsonNode n, Remint ids) {
            if (n.isTextual()) {
                ids.register(n.textValue());
            }
            n.forEach(c -> register(c, ids));
        }

        @Override
        void unload() {
            records = null;
        }

        @Override
        int size() {
            return records.size();
        }

        @Override
        void open(Path out) throws IOException {
            o = new BufferedOutputStream(Files.newOutputStream(out.resolve(name + ".ndjson")), 1 << 16);
        }

        @Override
        void close() throws IOException {
            o.close();
        }

        @Override
        boolean writeOne(int i, int k, Remint ids, Writer sample, boolean sampled) throws IOException {
            JsonNode n;
            try {
                n = transform(records.get(i), null, k, ids);
            } catch (Skip s) {
                return false;
            }
            o.write(json.writeValueAsBytes(n));
            o.write('\n');
            return true;
        }

        /** A transformed deep copy: IDs in every string, typos in titles, start dates earlier. */
        static JsonNode transform(JsonNode n, String key, int k, Remint ids) throws Skip {
            if (n.isTextual()) {
                String v = ids.apply(n.textValue(), k);
                String lk = key == null ? "" : key.toLowerCase(Locale.ROOT);
                if (lk.contains("title")) {
                    v = typo(v, k);
                } else if (lk.contains("start") && lk.contains("date")) {
                    v = earlier(v, k);
                }
                return TextNode.valueOf(v);
            }
            if (n.isObject()) {
                ObjectNode o = ((ObjectNode) n).objectNode();
                Iterator<Map.Entry<String, JsonNode>> it = n.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    // API v2 keeps the start date as startDateStruct.date
                    String childKey = "date".equals(e.getKey()) && "startDateStruct".equals(key) ? "startDate" : e.getKey();
                    o.set(e.getKey(), transform(e.getValue(), childKey, k, ids));
                }
                return o;
            }
            if (n.isArray()) {
                ArrayNode a = ((ArrayNode) n).arrayNode();
                for (JsonNode c : n) {
                    a.add(transform(c, key, k, ids));
                }
                return a;
            }
            return n;
        }
    }

    /** One JSON document per file (ctrdata), written into one zip, an entry per record. */
    static final class JsonDocs extends JsonStudies {
        private final ZipOut zip = new ZipOut();

        JsonDocs(String name, List<Path> files) {
            super(name, files);
        }

        @Override
        boolean keep(JsonNode n) {
            return n.isObject();
        }

        @Override
        void open(Path out) throws IOException {
            zip.open(out.resolve(name + ".zip"));
        }

        @Override
        void close() throws IOException {
            zip.close();
        }

        @Override
        boolean writeOne(int i, int k, Remint ids, Writer sample, boolean sampled) throws IOException {
            JsonNode n;
            try {
                n = transform(records.get(i), null, k, ids);
            } catch (Skip s) {
                return false;
            }
            zip.put(name + "/" + k + "-" + i + ".json", json.writeValueAsBytes(n));
            return true;
        }
    }
}
