package org.trialkg.ingest.ctrdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.trialkg.model.Hashes;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.ReadLimits;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;

/**
 * Reads one trial record stored by the R package ctrdata (one JSON object per file, with a {@code ctrname} of
 * {@code EUCTR}, {@code CTIS}, {@code ISRCTN}, {@code CTGOV2} or {@code CTGOV}); a record without {@code ctrname}
 * is recognised by its fields. A file holds one record, so it is read as one tree.
 *
 * <pre>{@code
 * new CtrdataJsonReader().read(input, sink);   // one TrialRecord, or one Problem
 * }</pre>
 */
public final class CtrdataJsonReader implements SourceReader {
    public static final String FORMAT = "ctrdata-json";
    private static final Pattern CTRNAME = Pattern.compile("\"ctrname\"\\s*:\\s*\"(EUCTR|CTIS|ISRCTN|CTGOV2?)\"");

    private final ObjectMapper json = new ObjectMapper(ReadLimits.jsonFactory());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        String head = input.headText();
        if (!head.stripLeading().startsWith("{")) {
            return Claim.NONE;
        }
        if (CTRNAME.matcher(head).find()) {
            return Claim.SIGNATURE;
        }
        // ctrdata writes ctrname after the registry's own fields, so in a long record it is past the head.
        if (head.contains("\"a2_eudract_number\"") || head.contains("\"x4_clinical_trial_type\"")
                || (head.contains("\"ctNumber\"") && head.contains("\"ctStatus\""))
                || (head.contains("\"isrctn\"") && head.contains("\"trialDescription\""))
                || (head.contains("\"required_header\"") && head.contains("\"id_info\""))) {
            return Claim.REGISTRY_MARK;
        }
        return Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        JsonNode root;
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readNBytes(ReadLimits.MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > ReadLimits.MAX_DOCUMENT_BYTES) {
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "larger than the " + ReadLimits.MAX_DOCUMENT_BYTES
                        + " bytes one ctrdata record may have; skipped"));
                return;
            }
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, ReadLimits.describe("JSON", e)));
            return;
        }
        if (root == null || !root.isObject()) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "expected one ctrdata record (a JSON object)"));
            return;
        }
        String kind = kind(root);
        if (kind == null) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "not a ctrdata record: no ctrname and no fields "
                    + "of EUCTR, CTIS, ISRCTN or ClinicalTrials.gov"));
            return;
        }
        TrialRecord.Builder b = TrialRecord.builder(new Source(input.name(), FORMAT, Hashes.sha256(bytes), ""));
        try {
            switch (kind) {
                case "EUCTR" -> EuctrMapping.map(root, b);
                case "CTIS" -> CtisMapping.map(root, b);
                case "ISRCTN" -> IsrctnMapping.map(root, b);
                case "CTGOV2" -> CtgovMapping.mapV2(root, b);
                default -> CtgovMapping.mapClassic(root, b);
            }
            TrialRecord r = b.build();
            String key = r.primaryId().map(Object::toString).orElse("");
            sink.record(r.toBuilder().source(new Source(input.name(), FORMAT, r.source().contentHash(), key)).build());
        } catch (IllegalArgumentException e) {
            sink.problem(new Problem(input.name(), kind, Problem.Stage.MAP, e.getMessage()));
        }
    }

    /** The registry the record comes from, by ctrname or else by its fields; null when it is none of them. */
    static String kind(JsonNode root) {
        String name = Json.text(root, "ctrname");
        if (name != null && name.matches("EUCTR|CTIS|ISRCTN|CTGOV2?")) {
            return name;
        }
        if (root.has("a2_eudract_number")) {
            return "EUCTR";
        }
        if (root.has("ctNumber")) {
            return "CTIS";
        }
        if (root.has("isrctn") && root.has("trialDescription")) {
            return "ISRCTN";
        }
        if (root.has("protocolSection")) {
            return "CTGOV2";
        }
        return root.has("id_info") ? "CTGOV" : null;
    }
}
