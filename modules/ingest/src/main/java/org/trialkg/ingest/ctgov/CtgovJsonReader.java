package org.trialkg.ingest.ctgov;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
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
 * Reads ClinicalTrials.gov API v2 study JSON: one study per file, the "Download JSON" array of studies,
 * newline-delimited studies, or {@code {"studies":[...]}} API pages. Studies are streamed one at a time, so a
 * download of any size is never held in memory whole.
 *
 * <pre>{@code
 * new CtgovJsonReader().read(input, sink);   // one TrialRecord per study, a Problem per unreadable one
 * }</pre>
 */
public final class CtgovJsonReader implements SourceReader {
    public static final String FORMAT = "ctgov-json";

    private static final List<String> CLASSIC_ROOTS = List.of("FullStudiesResponse", "StudyFieldsResponse",
            "StudyStatistics");
    private static final List<String> FRAGMENT_KEYS = List.of("\"resultsSection\"", "\"derivedSection\"",
            "\"documentSection\"", "\"annotationSection\"");

    // Sorted keys make the hash independent of the key order a download happened to use.
    private final JsonMapper mapper = JsonMapper.builder(ReadLimits.jsonFactory())
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
    private final StudyJsonMapper studies = new StudyJsonMapper();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        String head = input.headText().replace("\uFEFF", "").stripLeading();
        if (head.isEmpty() || (head.charAt(0) != '{' && head.charAt(0) != '[')) {
            return Claim.NONE;
        }
        if (head.contains("\"protocolSection\"")) {
            return Claim.SIGNATURE;
        }
        for (String root : CLASSIC_ROOTS) {
            if (head.contains("\"" + root + "\"")) {
                return Claim.FORMAT_TO_REFUSE;
            }
        }
        for (String key : FRAGMENT_KEYS) {
            if (head.contains(key)) {
                return Claim.FRAGMENT;
            }
        }
        return Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        Counter count = new Counter();
        try (JsonParser p = parser(input, sink)) {
            try {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.START_ARRAY) {
                        readArray(p, input, sink, count);
                    } else if (t == JsonToken.START_OBJECT) {
                        if (!readObject(p, input, sink, count)) {
                            return;
                        }
                    } else {
                        sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "expected a study object or an array of "
                                + "studies, found " + p.getText() + " at line " + p.currentLocation().getLineNr()));
                        return;
                    }
                }
            } catch (JsonProcessingException e) {
                sink.problem(new Problem(input.name(), "study " + (count.studies + 1), Problem.Stage.READ,
                        ReadLimits.describe("JSON", e) + "; the " + count.studies + " studies before it were read"));
                return;
            }
        }
        if (count.studies == 0 && count.problems == 0) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "no ClinicalTrials.gov study in the file (empty)"));
        }
    }

    /** Jackson tells UTF-8, UTF-16 and UTF-32 apart by itself; a file in an 8-bit set is decoded first. */
    private JsonParser parser(SourceInput input, RecordSink sink) throws IOException {
        TextDecoding decoding = TextDecoding.of(input.head());
        return decoding.charset().name().startsWith("UTF") ? mapper.createParser(input.open())
                : mapper.createParser(decoding.open(input, sink));
    }

    private void readArray(JsonParser p, SourceInput input, RecordSink sink, Counter count) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new IOException("unexpected end of input inside the array of studies");
            }
            JsonNode study = p.readValueAsTree();
            study(study, input, sink, count);
        }
    }

    /**
     * Reads an object at the root: an API page ({@code studies} is streamed), a classic API v1 response (refused),
     * or one study (built field by field). False when the rest of the file is not worth reading.
     */
    private boolean readObject(JsonParser p, SourceInput input, RecordSink sink, Counter count) throws IOException {
        ObjectNode study = mapper.createObjectNode();
        boolean page = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (CLASSIC_ROOTS.contains(name)) {
                count.problems++;
                sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "ClinicalTrials.gov classic API v1 response ("
                        + name + "): not supported; download API v2 JSON"));
                return false;
            }
            if (name.equals("studies") && value == JsonToken.START_ARRAY) {
                page = true;
                readArray(p, input, sink, count);
            } else if (page) {
                p.skipChildren(); // nextPageToken, totalCount
            } else {
                study.set(name, p.readValueAsTree());
            }
        }
        if (!page) {
            study(study, input, sink, count);
        }
        return true;
    }

    private void study(JsonNode study, SourceInput input, RecordSink sink, Counter count)
            throws JsonProcessingException {
        count.index++;
        String where = "study " + count.index;
        if (!study.isObject()) {
            count.problems++;
            sink.problem(new Problem(input.name(), where, Problem.Stage.READ, "expected a study object, found " + study.getNodeType()));
            return;
        }
        String nct = StudyJsonMapper.text(study.path("protocolSection").path("identificationModule"), "nctId");
        if (nct == null) {
            count.problems++;
            sink.problem(new Problem(input.name(), where, Problem.Stage.READ, "not a ClinicalTrials.gov API v2 study: no "
                    + "protocolSection.identificationModule.nctId (top-level keys: " + keys(study) + ")"));
            return;
        }
        Optional<RegistryId> id = RegistryId.parse(Registry.NCT, nct);
        if (id.isEmpty()) {
            count.problems++;
            sink.problem(new Problem(input.name(), where, Problem.Stage.READ,
                    "nctId '" + nct + "' is not a valid NCT number (NCT followed by 8 digits)"));
            return;
        }
        Source source = new Source(input.name(), FORMAT, Hashes.sha256(mapper.writeValueAsString(study)),
                id.get().value());
        try {
            sink.record(studies.map(study, id.get(), source));
            count.studies++;
        } catch (IllegalArgumentException e) {
            count.problems++;
            sink.problem(new Problem(input.name(), id.get().value(), Problem.Stage.MAP, e.getMessage()));
        }
    }

    private static String keys(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
        return sb.length() == 0 ? "none" : sb.toString();
    }

    /** Studies read and problems reported so far in one file. */
    private static final class Counter {
        int index;
        int studies;
        int problems;
    }
}
