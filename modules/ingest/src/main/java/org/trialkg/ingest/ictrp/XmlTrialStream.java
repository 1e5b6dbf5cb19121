package org.trialkg.ingest.ictrp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SafeXml;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.Problem;

/**
 * Streams an XML file whose root holds one element per trial, each read into a row of ICTRP fields that
 * {@link IctrpRecordMapper} maps: the ICTRP export ({@code <Trial>} under {@code <Trials_downloaded_from_ICTRP>}) and
 * ChiCTR's own XML ({@code <Triall>} under {@code <trials>}). A trial that does not map is a problem naming it; XML
 * that breaks off is a problem naming the trial it broke in, and the trials before it are kept.
 */
public final class XmlTrialStream {
    /** Reads one trial element's fields; called on its start tag, it returns on its end tag. */
    @FunctionalInterface
    public interface Rows {
        Map<String, String> read(XMLStreamReader x) throws XMLStreamException;
    }

    private final IctrpRecordMapper mapper;
    private final String root;
    private final String element;
    private final String kind;
    private final Rows rows;
    private final XMLInputFactory factory = SafeXml.inputFactory();

    /**
     * @param format the layout recorded for the records
     * @param root the root element's local name
     * @param element the local name of the element each trial is
     * @param kind what the file is, for the message when the root is another: {@code a ChiCTR XML record}
     * @param rows reads a trial element into ICTRP fields
     */
    public XmlTrialStream(String format, String root, String element, String kind, Rows rows) {
        this.mapper = new IctrpRecordMapper(format);
        this.root = Objects.requireNonNull(root, "root");
        this.element = Objects.requireNonNull(element, "element");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    public void read(SourceInput input, RecordSink sink) throws IOException {
        int trials = 0;
        int kept = 0;
        String lastId = "";
        try (InputStream in = input.open()) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            try {
                if (x.nextTag() != XMLStreamConstants.START_ELEMENT || !root.equals(x.getLocalName())) {
                    sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "not " + kind
                            + ": expected root <" + root + ">, found <" + x.getLocalName() + ">"));
                    return;
                }
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && element.equals(x.getLocalName())) {
                        trials++;
                        Map<String, String> row = rows.read(x);
                        lastId = row.getOrDefault("trialid", "").strip();
                        kept = trials;
                        emit(input.name(), element + " " + trials, row, sink);
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            // Inside a trial, that trial is the one named; its ID may not have been read, so the one before is given.
            String where = trials == 0 ? "" : trials > kept
                    ? element + " " + trials + (kept == 0 ? "" : " (after " + lastId + ")")
                    : "after " + element + " " + trials + " (" + lastId + ")";
            sink.problem(new Problem(input.name(), where, Problem.Stage.READ, SafeXml.describe(e) + "; the " + kept
                    + " records before it are kept"));
        }
    }

    private void emit(String file, String position, Map<String, String> row, RecordSink sink) {
        try {
            sink.record(mapper.map(row, file));
        } catch (IllegalArgumentException e) {
            String id = row.getOrDefault("trialid", "");
            sink.problem(new Problem(file, position + (id.isBlank() ? "" : " " + id.strip()), Problem.Stage.MAP,
                    e.getMessage()));
        }
    }
}
