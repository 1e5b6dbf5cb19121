package org.trialkg.ingest.ictrp;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.RecordSink;
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

    private final XmlTrialStream trials = new XmlTrialStream(FORMAT, ROOT, "Trial", "an ICTRP XML export",
            IctrpXmlReader::readTrial);

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        return input.headText().contains("<" + ROOT) ? Claim.SIGNATURE : Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        trials.read(input, sink);
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
