package org.trialkg.ingest.ctrdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading helpers for ctrdata's JSON, where a field holds one object, a list of them, or nothing. */
final class Json {
    private Json() {
    }

    /** The text at the dotted path, or null when absent, blank or not a value. */
    static String text(JsonNode node, String path) {
        JsonNode n = at(node, path);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String t = n.asText().strip();
        if (t.indexOf('&') >= 0) {
            // ctrdata keeps the XML escapes of the classic ClinicalTrials.gov records: Alzheimer&apos;s.
            t = org.jsoup.parser.Parser.unescapeEntities(t, false);
        }
        return t.isEmpty() || t.equalsIgnoreCase("Nil known") ? null : t;
    }

    static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String step : path.split("\\.")) {
            if (n == null) {
                return null;
            }
            n = n.get(step);
        }
        return n == null || n.isMissingNode() || n.isNull() ? null : n;
    }

    /** The element(s) at the path as a list: a single object or value counts as a list of one. */
    static List<JsonNode> list(JsonNode node, String path) {
        JsonNode n = at(node, path);
        List<JsonNode> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else if (!(n.isObject() && n.isEmpty())) {
            out.add(n);
        }
        return out;
    }

    /** The texts at the path, one per element. */
    static List<String> texts(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list(node, path)) {
            String t = n.isValueNode() ? n.asText().strip() : null;
            if (t != null && !t.isEmpty() && !t.equalsIgnoreCase("Nil known") && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
