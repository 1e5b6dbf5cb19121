package org.trialkg.ingest.ictrp;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SafeXml;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;

/**
 * Reads the WHO ICTRP XML export ({@code <Trials_downloaded_from_ICTRP>} with one {@code <Trial>} per record),
 * streaming with StAX; DTDs and external entities are refused.
 *
 * <pre>{@code
 * new IctrpXmlReader().read(input, sink);   // one TrialRecord per <Trial>, a Problem per bad one
 * }</pre>
 */
public final class IctrpXmlReader implements SourceReader {
    public static final String FORMAT = "ictrp-xml";
    static final String ROOT = "Trials_downloaded_from_ICTRP";

    private final IctrpRecordMapper mapper = new IctrpRecordMapper(FORMAT);
    private final XMLInputFactory factory = SafeXml.inputFactory();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int confidence(SourceInput input) {
        return input.headText().contains("<" + ROOT) ? 95 : 0;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        int trials = 0;
        int kept = 0;
        String lastId = "";
        try (InputStream in = input.open()) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            try {
                if (x.nextTag() != XMLStreamConstants.START_ELEMENT || !ROOT.equals(x.getLocalName())) {
                    sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "not an ICTRP XML export: expected root <"
                            + ROOT + ">, found <" + x.getLocalName() + ">"));
                    return;
                }
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && "Trial".equals(x.getLocalName())) {
                        trials++;
                        Map<String, String> row = readTrial(x);
                        lastId = row.getOrDefault("trialid", "");
                        kept = trials;
                        emit(input.name(), "Trial " + trials, row, sink);
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            // Inside a trial, that trial is the one named; its ID may not have been read, so the one before is given.
            String where = trials == 0 ? "" : trials > kept
                    ? "Trial " + trials + (kept == 0 ? "" : " (after " + lastId + ")")
                    : "after Trial " + trials + " (" + lastId + ")";
            sink.problem(new Problem(input.name(), where, Problem.Stage.READ, SafeXml.describe(e) + "; the " + kept
                    + " records before it are kept"));
        }
    }

    private void emit(String file, String position, Map<String, String> row, RecordSink sink) {
        try {
            sink.record(mapper.map(row, file));
        } catch (IllegalArgumentException e) {
            String id = row.getOrDefault("trialid", "");
            sink.problem(new Problem(file, position + (id.isBlank() ? "" : " " + id.strip()), Problem.Stage.MAP, e.getMessage()));
        }
    }

    /** The trial's child elements as key to text; the reader ends on the trial's end tag. */
    private static Map<String, String> readTrial(XMLStreamReader x) throws XMLStreamException {
        Map<String, String> row = new LinkedHashMap<>();
        int depth = 1;
        String field = null;
        StringBuilder text = new StringBuilder();
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    field = IctrpRecordMapper.key(x.getLocalName());
                    text.setLength(0);
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (depth >= 2) {
                    text.append(x.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && field != null) {
                    row.merge(field, text.toString(), (a, b) -> a + ";" + b);
                }
                depth--;
            }
        }
        return row;
    }
}
