package org.trialkg.ingest.ictrp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.ReadLimits;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.TextDecoding;

/**
 * Reads a WHO ICTRP CSV export (header {@code TrialID,Last Refreshed on,Public title,...}) row by row with
 * Jackson's CSV streaming parser; columns are found by name, so exports with other column sets read too.
 */
public final class IctrpCsvReader implements SourceReader {
    public static final String FORMAT = "ictrp-csv";

    private final IctrpRecordMapper mapper = new IctrpRecordMapper(FORMAT);
    private final CsvMapper csv = CsvMapper.builder(CsvFactory.builder().streamReadConstraints(ReadLimits.jackson()).build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        String head = input.headText().stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        String first = head.lines().findFirst().orElse("").replace("\"", "");
        return first.startsWith("TrialID,") && first.contains("Public title") ? Claim.SIGNATURE : Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        int rows = 0;
        try (Reader r = TextDecoding.of(input.head()).open(input, sink);
                MappingIterator<String[]> it = csv.readerFor(String[].class).with(CsvSchema.emptySchema())
                        .readValues(r)) {
            String[] header = null;
            while (it.hasNextValue()) {
                String[] values = it.nextValue();
                if (header == null) {
                    header = values;
                    if (header.length == 0 || !"trialid".equals(IctrpRecordMapper.key(stripBom(header[0])))) {
                        sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "not an ICTRP CSV export: the first "
                                + "column must be TrialID"));
                        return;
                    }
                    continue;
                }
                rows++;
                // Line numbers count physical lines: a quoted value may span several.
                String position = "row " + rows + " (line " + it.getCurrentLocation().getLineNr() + ")";
                if (values.length == 1 && values[0].isBlank()) {
                    continue;
                }
                if (values.length != header.length) {
                    sink.problem(new Problem(input.name(), position + " " + values[0], Problem.Stage.READ, "expected "
                            + header.length + " columns as in the header, found " + values.length));
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(IctrpRecordMapper.key(stripBom(header[i])), values[i]);
                }
                try {
                    sink.record(mapper.map(row, input.name()));
                } catch (IllegalArgumentException e) {
                    sink.problem(new Problem(input.name(), position + " " + values[0].strip(), Problem.Stage.MAP,
                            e.getMessage()));
                }
            }
            if (header != null && rows == 0) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "only a header, no rows: nothing to read"));
            }
        } catch (JsonProcessingException e) {
            sink.problem(new Problem(input.name(), "after row " + rows, Problem.Stage.READ, ReadLimits.describe("CSV", e)
                    + "; the " + rows + " rows before it are kept"));
        } catch (RuntimeJsonMappingException e) {
            sink.problem(new Problem(input.name(), "after row " + rows, Problem.Stage.READ, ReadLimits.describe("CSV", e)
                    + "; the " + rows + " rows before it are kept"));
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
