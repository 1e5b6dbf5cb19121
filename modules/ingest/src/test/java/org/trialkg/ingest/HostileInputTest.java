package org.trialkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.ctgov.CtgovCsvReader;
import org.trialkg.ingest.ctgov.CtgovJsonReader;
import org.trialkg.ingest.ictrp.IctrpCsvReader;
import org.trialkg.ingest.ictrp.IctrpXmlReader;
import org.trialkg.model.TrialRecord;

/**
 * Files written to hurt: a value of many megabytes, nesting thousands deep, a file with a header and nothing else,
 * text in another character set. Each costs one message naming the file and record, and reading goes on.
 */
class HostileInputTest {
    private static final String CTGOV_HEADER = "NCT Number,Study Title,Study URL\n";

    /** {@code before}, then {@code count} copies of one byte made as they are read (never held), then {@code after}. */
    private static SourceInput generated(String name, String before, char filler, long count, String after) {
        byte[] b = before.getBytes(StandardCharsets.UTF_8);
        byte[] a = after.getBytes(StandardCharsets.UTF_8);
        byte[] head = Arrays.copyOf(b, (int) Math.min(8192, b.length + count));
        Arrays.fill(head, b.length, head.length, (byte) filler);
        return new SourceInput(name, b.length + count + a.length, head, () -> new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(b), repeat((byte) filler, count)),
                new ByteArrayInputStream(a)));
    }

    private static InputStream repeat(byte value, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? value : -1;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(buf, off, off + n, value);
                left -= n;
                return n;
            }
        };
    }

    private static SourceInput bytes(String name, byte[] content) {
        return new SourceInput(name, content.length, Arrays.copyOf(content, Math.min(8192, content.length)),
                () -> new ByteArrayInputStream(content));
    }

    private static CollectingSink read(SourceReader reader, SourceInput input) throws IOException {
        CollectingSink c = new CollectingSink();
        reader.read(input, c);
        return c;
    }

    @Test
    void csvRowPastTheLimitIsSkippedAndTheRowsAroundItAreRead() throws IOException {
        long filler = 3L * ReadLimits.MAX_RECORD_CHARS;
        SourceInput input = generated("huge.csv", CTGOV_HEADER + "NCT07000001,First,u\nNCT07000002,\"Never closed ",
                'x', filler, "\nNCT07000003,Third,u\n");
        CollectingSink c = read(new CtgovCsvReader(), input);
        assertEquals(List.of("NCT07000001", "NCT07000003"),
                c.records.stream().map(r -> r.primaryId().orElseThrow().value()).toList(), "the rows around it are read");
        assertEquals(1, c.problems.size(), c.problems.toString());
        Problem p = c.problems.get(0);
        assertEquals("huge.csv", p.file());
        assertEquals("row 2 NCT07000002", p.record());
        assertTrue(p.message().contains("more than the " + ReadLimits.MAX_RECORD_CHARS + " a row may have")
                && p.message().contains("never closed"), p.message());
    }

    @Test
    void csvWithOnlyAHeaderIsReported() throws IOException {
        CollectingSink ctgov = read(new CtgovCsvReader(), bytes("header.csv", CTGOV_HEADER.getBytes(StandardCharsets.UTF_8)));
        CollectingSink ictrp = read(new IctrpCsvReader(), bytes("header-ictrp.csv",
                "TrialID,Public title,Target size\n".getBytes(StandardCharsets.UTF_8)));
        for (CollectingSink c : List.of(ctgov, ictrp)) {
            assertEquals(0, c.records.size());
            assertEquals(1, c.problems.size(), c.problems.toString());
            assertEquals("only a header, no rows: nothing to read", c.problems.get(0).message());
        }
    }

    @Test
    void ictrpCsvFieldPastTheLimitIsNamedAsALimit() throws IOException {
        SourceInput input = generated("huge-ictrp.csv", "TrialID,Public title,Target size\nNCT04246242,First,5\n"
                + "ChiCTR2000029949,\"", 'x', 3L * ReadLimits.MAX_FIELD_CHARS, "\",40\n");
        CollectingSink c = read(new IctrpCsvReader(), input);
        assertEquals(1, c.records.size());
        assertEquals(1, c.problems.size(), c.problems.toString());
        assertEquals("after row 1", c.problems.get(0).record());
        assertTrue(c.problems.get(0).message().startsWith("CSV past a limit of what trialkg reads"), c.problems.get(0).message());
    }

    @Test
    void xmlElementPastTheLimitIsNamedAsALimitAndTrialsBeforeItAreKept() throws IOException {
        SourceInput input = generated("huge.xml", "<?xml version='1.0' encoding='UTF-8' ?><Trials_downloaded_from_ICTRP>"
                + "<Trial><TrialID>NCT04246242</TrialID><Public_title>One</Public_title></Trial>"
                + "<Trial><TrialID>ChiCTR2000029949</TrialID><Public_title>", 'x', 3L * ReadLimits.MAX_FIELD_CHARS,
                "</Public_title></Trial></Trials_downloaded_from_ICTRP>");
        CollectingSink c = read(new IctrpXmlReader(), input);
        assertEquals(1, c.records.size());
        assertEquals(1, c.problems.size(), c.problems.toString());
        Problem p = c.problems.get(0);
        assertEquals("Trial 2 (after NCT04246242)", p.record());
        assertTrue(p.message().startsWith("XML past a limit of what trialkg reads"), p.message());
        assertTrue(p.message().endsWith("the 1 records before it are kept"), p.message());
    }

    @Test
    void jsonNestedPastTheLimitIsNamedAsALimit() throws IOException {
        String deep = "{\"protocolSection\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        CollectingSink c = read(new CtgovJsonReader(), bytes("deep.json", deep.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, c.problems.size(), c.problems.toString());
        String m = c.problems.get(0).message();
        assertTrue(m.startsWith("JSON past a limit of what trialkg reads: Document nesting depth"), m);
        assertTrue(m.contains("" + ReadLimits.MAX_JSON_DEPTH), m);
    }

    @Test
    void latin1CsvIsReadAsLatin1AndTheGuessIsReported() throws IOException {
        Charset latin1 = Charset.forName("windows-1252");
        String csv = CTGOV_HEADER + "NCT07000001,Café étude à Zürich pour l'évaluation,u\n"
                + "NCT07000002,Deuxième essai: réponse complète,u\n";
        CollectingSink c = read(new CtgovCsvReader(), bytes("latin1.csv", csv.getBytes(latin1)));
        assertEquals(List.of(), c.problems);
        assertEquals("Café étude à Zürich pour l'évaluation", c.records.get(0).title());
        assertEquals(1, c.notes.size());
        assertTrue(c.notes.get(0).message().startsWith("not UTF-8: read as "), c.notes.get(0).message());
    }

    @Test
    void utf16CsvWithOrWithoutByteOrderMarkIsRead() throws IOException {
        String csv = CTGOV_HEADER + "NCT07000001,Étude ≥ 18 ans,u\n";
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        byte[] bare = csv.getBytes(StandardCharsets.UTF_16BE);
        for (byte[] content : List.of(bom, bare)) {
            SourceInput input = bytes("wide.csv", content);
            assertTrue(new CtgovCsvReader().confidence(input) != Claim.NONE, "recognised by its header");
            CollectingSink c = read(new CtgovCsvReader(), input);
            assertEquals(List.of(), c.problems);
            assertEquals("Étude ≥ 18 ans", c.records.get(0).title());
        }
    }

    @Test
    void utf8WithAByteOrderMarkIsCertain() {
        TextDecoding d = TextDecoding.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'});
        assertEquals(new TextDecoding(StandardCharsets.UTF_8, 3, false, 100), d);
        TextDecoding cut = TextDecoding.of("abc é".getBytes(StandardCharsets.UTF_8).length == 6
                ? Arrays.copyOf("abc é".getBytes(StandardCharsets.UTF_8), 5) : new byte[0]);
        assertFalse(cut.guessed(), "a character cut off by the end of the head is still UTF-8");
    }
}
