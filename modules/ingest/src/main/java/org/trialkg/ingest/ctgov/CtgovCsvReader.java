package org.trialkg.ingest.ctgov;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trialkg.model.Hashes;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.ReadLimits;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.TextDecoding;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Source;

/**
 * Reads ClinicalTrials.gov CSV exports, the current "Download CSV" and the classic pre-2023 export (comma or tab
 * separated), told apart by their header; rows are streamed one at a time.
 *
 * <pre>{@code
 * new CtgovCsvReader().read(input, sink);   // one TrialRecord per row, a Problem per bad row
 * }</pre>
 */
public final class CtgovCsvReader implements SourceReader {
    public static final String FORMAT = "ctgov-csv";

    private static final Pattern HEADER = Pattern.compile(
            "^\\uFEFF?\"?(?:Rank\"?[,\\t]\"?)?NCT Number\"?[,\\t]");

    private static final Pattern NCT = Pattern.compile("NCT\\d{8}");

    private final CsvMapper mapper = new CsvMapper();
    private final CsvRowMapper rows = new CsvRowMapper();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        String first = firstLine(input.headText());
        if (HEADER.matcher(first).find()) {
            return Claim.SIGNATURE;
        }
        return first.contains("NCT Number") && (first.contains(",") || first.contains("\t")) ? Claim.LOOSE_HEADER : Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        String first = firstLine(input.headText());
        char separator = first.indexOf('\t') >= 0 && first.indexOf('\t') < firstOr(first.indexOf(','), first.length())
                ? '\t' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
        if (separator == '\t') {
            // The tab-separated export does not quote: a quote in it is part of the value ("Study Protocol", ...).
            schema = schema.withoutQuoteChar();
        }
        ObjectReader values = mapper.readerFor(String[].class).with(schema);
        try (BufferedReader in = TextDecoding.of(input.head()).open(input, sink)) {
            CsvRecords records = new CsvRecords(in, separator != '\t', ReadLimits.MAX_RECORD_CHARS);
            CsvRecords.Raw header = records.next();
            if (header == null) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "empty file: no CSV header"));
                return;
            }
            if (header.tooLong()) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "the header is longer than "
                        + ReadLimits.MAX_RECORD_CHARS + " characters: not a ClinicalTrials.gov CSV export"));
                return;
            }
            CsvLayout layout;
            try {
                layout = CsvLayout.of(values.readValue(header.text()));
            } catch (IOException e) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "unreadable CSV header: " + e.getMessage()));
                return;
            }
            if (layout == null) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "not a ClinicalTrials.gov CSV export: the header "
                        + "has no 'NCT Number' column"));
                return;
            }
            records.rowStart(layout.rowStart());
            int n = 0;
            CsvRecords.Raw raw;
            while ((raw = records.next()) != null) {
                n++;
                if (raw.tooLong()) {
                    sink.problem(new Problem(input.name(), "row " + n + nctIn(raw.text()), Problem.Stage.READ, "the row "
                            + "starting at line " + raw.line() + " is " + raw.chars() + " characters long, more than "
                            + "the " + ReadLimits.MAX_RECORD_CHARS + " a row may have"
                            + (raw.unclosedQuote() ? " (a quote opened and never closed)" : "") + "; row skipped"));
                    continue;
                }
                String[] row;
                try {
                    row = raw.unclosedQuote() ? null : values.readValue(raw.text());
                } catch (IOException e) {
                    row = null;
                }
                if (row == null) {
                    sink.problem(new Problem(input.name(), "row " + n + nctIn(raw.text()), Problem.Stage.READ, "broken quote in "
                            + "the row starting at line " + raw.line() + " (a quote opened and not closed, or text "
                            + "after a closing quote); row skipped"));
                    continue;
                }
                row(input, layout, row, n, raw.line(), sink);
            }
            if (n == 0) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "only a header, no rows: nothing to read"));
            }
        }
    }

    private static String nctIn(String text) {
        java.util.regex.Matcher m = NCT.matcher(text);
        return m.find() ? " " + m.group() : "";
    }

    private void row(SourceInput input, CsvLayout layout, String[] row, int n, int line, RecordSink sink) {
        String key = "row " + n;
        String nct = layout.get(row, CsvLayout.Column.NCT);
        if (row.length != layout.width()) {
            sink.problem(new Problem(input.name(), nct != null ? key + " " + nct : key, Problem.Stage.READ, "the row has "
                    + row.length + " fields, the header " + layout.width() + " (a broken quote or a stray "
                    + "separator?) starting at line " + line + "; row skipped"));
            return;
        }
        RegistryId id = null;
        if (layout.has(CsvLayout.Column.NCT)) {
            Optional<RegistryId> parsed = RegistryId.parse(Registry.NCT, nct);
            if (parsed.isEmpty()) {
                sink.problem(new Problem(input.name(), key, Problem.Stage.READ, "NCT Number '" + (nct == null ? "" : nct)
                        + "' is not a valid NCT number (NCT followed by 8 digits); row skipped"));
                return;
            }
            id = parsed.get();
        }
        Source source = new Source(input.name(), FORMAT, Hashes.sha256(String.join("\u001f", row)),
                id != null ? id.value() : key);
        try {
            sink.record(rows.map(layout, row, id, source));
        } catch (IllegalArgumentException e) {
            sink.problem(new Problem(input.name(), id != null ? id.value() : key, Problem.Stage.MAP, e.getMessage()));
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }

    private static int firstOr(int index, int fallback) {
        return index < 0 ? fallback : index;
    }
}
