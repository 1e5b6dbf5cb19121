package org.trialkg.ingest.ctgov;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SafeXml;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.model.Hashes;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Source;

/**
 * Reads legacy ClinicalTrials.gov {@code <clinical_study>} XML (the AllPublicXML layout), one study per file. DTDs
 * and external entities are never read.
 *
 * <pre>{@code
 * new CtgovXmlReader().read(input, sink);   // one TrialRecord, or one Problem
 * }</pre>
 */
public final class CtgovXmlReader implements SourceReader {
    public static final String FORMAT = "ctgov-xml";

    // A legacy study is some kilobytes; anything this large is not one, and is not read into memory.
    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final Pattern FILE_NCT = Pattern.compile("^(NCT\\d{8})(?![0-9])", Pattern.CASE_INSENSITIVE);

    private final XMLInputFactory factory = SafeXml.inputFactory();
    private final ClinicalStudyXmlMapper mapper = new ClinicalStudyXmlMapper();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        return input.headText().contains("<clinical_study") ? Claim.SIGNATURE : Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "larger than " + (MAX_BYTES >> 20)
                    + " MB: not a single ClinicalTrials.gov clinical_study"));
            return;
        }
        XmlElement root;
        try {
            root = XmlElement.read(factory, new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, SafeXml.describe(e)));
            return;
        }
        if (!root.name().equals("clinical_study")) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "not a ClinicalTrials.gov study: the root element is <"
                    + root.name() + ">, expected <clinical_study>"));
            return;
        }
        String nct = root.text("id_info", "nct_id");
        Optional<RegistryId> id = RegistryId.parse(Registry.NCT, nct);
        if (id.isEmpty()) {
            sink.problem(new Problem(input.name(), nct == null ? "" : nct, Problem.Stage.READ, nct == null
                    ? "no <id_info><nct_id> in the study"
                    : "<nct_id> '" + nct + "' is not a valid NCT number (NCT followed by 8 digits)"));
            return;
        }
        Matcher named = FILE_NCT.matcher(input.fileName());
        if (named.find() && !named.group(1).equalsIgnoreCase(id.get().value())) {
            String fileId = named.group(1).toUpperCase(java.util.Locale.ROOT);
            boolean alias = root.child("id_info").texts("nct_alias").contains(fileId);
            sink.problem(new Problem(input.name(), id.get().value(), Problem.Stage.READ, "the file is named for " + fileId
                    + " but its <nct_id> is " + id.get().value() + (alias ? " (" + fileId + " is an alias of it)" : "")
                    + "; not stored: save the study as " + id.get().value() + ".xml"));
            return;
        }
        Source source = new Source(input.name(), FORMAT, Hashes.sha256(bytes), id.get().value());
        try {
            sink.record(mapper.map(root, id.get(), source));
        } catch (IllegalArgumentException e) {
            sink.problem(new Problem(input.name(), id.get().value(), Problem.Stage.MAP, e.getMessage()));
        }
    }
}
