package org.trialkg.enrich.regimen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.trialkg.model.RegimenComponent;

/** Runs the parser over every arm and intervention description of 100 real NSCLC phase 3 records. */
class RegimenParserRealTextTest {

    @Test
    void parsesEveryRealDescriptionWithSpansThatCoverTheirText() throws Exception {
        String shared = System.getProperty("trialkg.shared", "../../../shared");
        Path file = Path.of(shared, "data", "ctgov-json", "nsclc-phase3-100.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent: " + file);
        JsonArray studies = JSON.parseAny(Files.readString(file)).getAsArray();
        RegimenParser parser = new RegimenParser(new FakeDrugLexicon());
        List<String> texts = new ArrayList<>();
        for (JsonValue s : studies) {
            JsonValue protocol = s.getAsObject().get("protocolSection");
            JsonValue module = protocol == null ? null : protocol.getAsObject().get("armsInterventionsModule");
            if (module == null) {
                continue;
            }
            JsonObject arms = module.getAsObject();
            for (String key : List.of("armGroups", "interventions")) {
                JsonValue v = arms.get(key);
                JsonArray list = v == null ? null : v.getAsArray();
                for (int i = 0; list != null && i < list.size(); i++) {
                    JsonValue d = list.get(i).getAsObject().get("description");
                    if (d != null && d.isString()) {
                        texts.add(d.getAsString().value());
                    }
                }
            }
        }
        assertTrue(texts.size() > 100, "descriptions read: " + texts.size());
        int withDose = 0;
        for (String t : texts) {
            for (RegimenComponent c : parser.parse(t, null, "description", null)) {
                assertEquals(c.text(), t.substring(c.span().start(), c.span().end()));
                if (c.dose() != null) {
                    withDose++;
                }
            }
        }
        assertTrue(withDose > 20, "components with a dose: " + withDose);
    }
}
