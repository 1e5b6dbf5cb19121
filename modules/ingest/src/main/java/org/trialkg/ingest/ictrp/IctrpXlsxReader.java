package org.trialkg.ingest.ictrp;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the WHO ICTRP XLSX export (first sheet, header row with the CSV export's column names) with POI's SAX
 * event API: rows stream from the sheet XML, only the shared-string table is held in memory.
 */
public final class IctrpXlsxReader implements SourceReader {
    public static final String FORMAT = "ictrp-xlsx";

    private final IctrpRecordMapper mapper = new IctrpRecordMapper(FORMAT);

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        byte[] h = input.head();
        boolean zip = h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
        // The sheet itself is compressed: from the head only "a workbook" is sure, not "an ICTRP export";
        // read() reports a workbook whose first column is not TrialID.
        return zip && new String(h, StandardCharsets.ISO_8859_1).contains("xl/workbook.xml") ? Claim.CONTAINER : Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        File file = input.name().contains("!/") ? null : new File(input.name());
        try (OPCPackage pkg = file != null && file.isFile() ? OPCPackage.open(file, PackageAccess.READ)
                : OPCPackage.open(input.open())) {
            XSSFReader xssf = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = xssf.getSheetsData();
            if (!sheets.hasNext()) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "the workbook has no sheet"));
                return;
            }
            Rows rows = new Rows(input.name(), sink);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(xssf.getStylesTable(), null, strings, rows,
                        new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            } catch (NotIctrp e) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, e.getMessage()));
            } catch (SAXException e) {
                sink.problem(new Problem(input.name(), "after row " + rows.count, Problem.Stage.READ, "broken sheet XML: "
                        + e.getMessage() + "; the " + rows.count + " rows before it are kept"));
            }
        } catch (OpenXML4JException | ParserConfigurationException | SAXException
                | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "not a readable XLSX workbook: " + e.getMessage()));
        }
    }

    /** Collects each row's cells by column and hands finished rows to the mapper. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String file;
        private final RecordSink sink;
        private List<String> header;
        private final List<String> cells = new ArrayList<>();
        private int count;

        Rows(String file, RecordSink sink) {
            this.file = file;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = new CellReference(ref).getCol();
            while (cells.size() <= col) {
                cells.add("");
            }
            // A cell whose text began with "-" was stored by Excel as a failed formula: its text is lost.
            cells.set(col, value == null || value.startsWith("ERROR:") ? "" : org.trialkg.model.MacRomanText.repaired(value));
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = new ArrayList<>();
                for (String c : cells) {
                    header.add(IctrpRecordMapper.key(c));
                }
                if (header.isEmpty() || !"trialid".equals(header.get(0))) {
                    throw new NotIctrp("not an ICTRP XLSX export: the first column of the first sheet must be "
                            + "TrialID");
                }
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            count++;
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            String phase = row.get("phase");
            if (phase != null && phase.matches("\\d{4}-\\d{2}-\\d{2}")) {
                // Excel read the phase ranges "2-3" and "1-2" as dates (2 March, 1 February): undo that.
                row.put("phase", Integer.parseInt(phase.substring(8)) + "-" + Integer.parseInt(phase.substring(5, 7)));
            }
            try {
                sink.record(mapper.map(row, file));
            } catch (IllegalArgumentException e) {
                sink.problem(new Problem(file, "row " + (rowNum + 1) + " " + row.getOrDefault("trialid", ""),
                        Problem.Stage.MAP, e.getMessage()));
            }
        }
    }

    /** Thrown from the row handler to stop at a header that is not ICTRP's. */
    private static final class NotIctrp extends RuntimeException {
        NotIctrp(String message) {
            super(message);
        }
    }

    /** Writes date-formatted numbers as ISO dates, since Excel's own date formats depend on the locale. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
