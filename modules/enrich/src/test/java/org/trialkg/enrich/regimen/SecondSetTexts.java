package org.trialkg.enrich.regimen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the second labelled regimen set, read from the shared data by (trial ID, source file, field): the
 * {@code Intervention} column of a WHO ICTRP CSV or XLSX export (the whole field, as the registry writes it), or
 * {@code armGroups[i].description} / {@code interventions[i].description} of an API v2 study in a ctgov-json file.
 */
final class SecondSetTexts {
    private static final Pattern FIELD = Pattern.compile("(armGroups|interventions)\\[(\\d+)]\\.description");

    private final Path data;
    private final Map<String, Map<String, Map<String, String>>> ictrp = new HashMap<>();
    private final Map<String, Map<String, JsonNode>> studies = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    SecondSetTexts(Path data) {
        this.data = data;
    }

    /** 0 or 1: which half of the set a trial is in, by the first byte of the SHA-256 of its ID. */
    static int half(String trialId) {
        return quarter(trialId) & 1;
    }

    /** 0 to 3: which quarter of the set a trial is in; quarters 1 and 3 make half 1. */
    static int quarter(String trialId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(trialId.getBytes(StandardCharsets.UTF_8));
            return h[0] & 3;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    RegimenAccuracyTest.Description read(List<String> key) throws IOException {
        String id = key.get(0);
        String source = key.get(1);
        String field = key.get(2);
        if (field.equals("Intervention")) {
            Map<String, String> row = ictrp(source).get(id);
            if (row == null) {
                throw new IllegalStateException("no ICTRP trial " + id + " in " + source);
            }
            return new RegimenAccuracyTest.Description(row.get("Intervention").strip(), null, null,
                    Arrays.asList(row.get("Public title"), row.get("Scientific title")));
        }
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            throw new IllegalStateException("unknown field " + field);
        }
        JsonNode study = studies(source).get(id);
        if (study == null) {
            throw new IllegalStateException("no study " + id + " in " + source);
        }
        JsonNode item = study.path("protocolSection").path("armsInterventionsModule").path(m.group(1))
                .get(Integer.parseInt(m.group(2)));
        boolean arm = m.group(1).equals("armGroups");
        return new RegimenAccuracyTest.Description(item.path("description").asText().strip(),
                arm ? item.path("label").asText() : null, arm ? null : item.path("name").asText());
    }

    private Map<String, Map<String, String>> ictrp(String file) throws IOException {
        Map<String, Map<String, String>> byId = ictrp.get(file);
        if (byId == null && file.endsWith(".xlsx")) {
            byId = new HashMap<>();
            for (Map<String, String> row : IctrpWorkbook.rows(data.resolve("ictrp").resolve(file))) {
                byId.putIfAbsent(row.getOrDefault("TrialID", "").strip(), row);
            }
            ictrp.put(file, byId);
        } else if (byId == null) {
            byId = new HashMap<>();
            CsvMapper csv = new CsvMapper();
            try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(Files.newBufferedReader(data.resolve("ictrp").resolve(file), StandardCharsets.UTF_8))) {
                while (rows.hasNext()) {
                    Map<String, String> row = rows.next();
                    byId.putIfAbsent(row.get("TrialID").strip(), row);
                }
            }
            ictrp.put(file, byId);
        }
        return byId;
    }

    private Map<String, JsonNode> studies(String file) throws IOException {
        Map<String, JsonNode> byId = studies.get(file);
        if (byId == null) {
            byId = new HashMap<>();
            JsonNode root = json.readTree(data.resolve("ctgov-json").resolve(file).toFile());
            Iterable<JsonNode> all = root.isArray() ? root : root.has("studies") ? root.get("studies") : List.of(root);
            for (JsonNode s : all) {
                byId.put(s.path("protocolSection").path("identificationModule").path("nctId").asText(), s);
            }
            studies.put(file, byId);
        }
        return byId;
    }
}
