package org.trialkg.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trialkg.pipeline.query.Sparql;

/** Runs a query of the repository's {@code queries/} folder and maps each result row (column to value). */
final class QueryRows {
    private QueryRows() {
    }

    static List<String> rows(Workspace ws, String file, java.util.function.Function<Map<String, String>, String> f)
            throws Exception {
        return rows(ws, file, Map.of(), f);
    }

    /** The same, with parts of the query's text replaced first (the name or IDs a query asks about). */
    static List<String> rows(Workspace ws, String file, Map<String, String> replace,
            java.util.function.Function<Map<String, String>, String> f) throws Exception {
        Path q = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."), "queries", file);
        if (!Files.exists(q)) {
            q = Path.of("../../queries", file);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = Files.readString(q);
        for (Map.Entry<String, String> r : replace.entrySet()) {
            if (!text.contains(r.getKey())) {
                throw new IllegalArgumentException(file + " no longer contains " + r.getKey());
            }
            text = text.replace(r.getKey(), r.getValue());
        }
        new Sparql(ws).run(text, Sparql.Format.CSV, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> header = parseCsv(lines.get(0));
        List<String> result = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = parseCsv(line);
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            String v = f.apply(row);
            if (v != null) {
                result.add(v);
            }
        }
        return result;
    }

    private static List<String> parseCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

}
