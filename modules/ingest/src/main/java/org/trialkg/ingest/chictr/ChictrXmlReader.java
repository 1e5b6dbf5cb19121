package org.trialkg.ingest.chictr;

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
import org.trialkg.ingest.ictrp.IctrpRecordMapper;
import org.trialkg.ingest.ictrp.XmlTrialStream;

/**
 * Reads the XML a ChiCTR trial page offers for download ({@code <trials><Triall><main>...}, WHO's trial
 * registration data set), streaming with StAX; its fields are ICTRP's, so {@link IctrpRecordMapper} maps them.
 */
public final class ChictrXmlReader implements SourceReader {
    public static final String FORMAT = "chictr-xml";

    // ChiCTR's element names for the ICTRP columns the mapper knows; other leaves keep their own names.
    private static final Map<String, String> RENAME = Map.ofEntries(
            Map.entry("trial_id", "trialid"), Map.entry("url", "web_address"),
            Map.entry("reg_name", "source_register"), Map.entry("hc_freetext", "condition"),
            Map.entry("i_freetext", "intervention"), Map.entry("agemin", "inclusion_agemin"),
            Map.entry("agemax", "inclusion_agemax"), Map.entry("gender", "inclusion_gender"),
            Map.entry("prim_outcome", "primary_outcome"), Map.entry("sec_outcome", "secondary_outcome"),
            Map.entry("sponsor_name", "secondary_sponsor"), Map.entry("sec_id", "secondary_id"),
            Map.entry("country2", "countries"));

    private final XmlTrialStream trials = new XmlTrialStream(FORMAT, "trials", "Triall", "a ChiCTR XML record",
            ChictrXmlReader::readTrial);

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        String head = input.headText();
        return head.contains("<Triall>") && head.contains("<trials") ? Claim.SIGNATURE : Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        trials.read(input, sink);
    }

    /** Every leaf element of the trial by its (renamed) name; repeated leaves are joined with {@code ;}. */
    private static Map<String, String> readTrial(XMLStreamReader x) throws XMLStreamException {
        Map<String, String> row = new LinkedHashMap<>();
        int depth = 1;
        String leaf = null;
        StringBuilder text = new StringBuilder();
        boolean inContact = false;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                leaf = x.getLocalName();
                text.setLength(0);
                if ("contact".equals(leaf)) {
                    inContact = true;
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(x.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String name = x.getLocalName();
                if (name.equals(leaf)) {
                    String key = IctrpRecordMapper.key(RENAME.getOrDefault(name, name));
                    String value = text.toString().strip();
                    if (inContact) {
                        // The first contact is the ICTRP export's contact columns.
                        row.putIfAbsent("contact_" + key, value);
                    } else if (!value.isEmpty()) {
                        row.merge(key, value, (a, b) -> a + ";" + b);
                    } else {
                        row.putIfAbsent(key, "");
                    }
                }
                if ("contact".equals(name)) {
                    inContact = false;
                }
                leaf = null;
                depth--;
            }
        }
        return row;
    }
}
