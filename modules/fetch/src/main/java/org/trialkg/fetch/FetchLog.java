package org.trialkg.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fetches saved in a store folder, in {@code fetches.json}: read whole when opened, and written whole after
 * every change to a temporary file that then replaces it in one step, so that a fetch killed at any moment leaves
 * either the state before its last page or the state after it.
 */
public final class FetchLog {
    public static final String FILE_NAME = "fetches.json";
    static final String REGISTRY = "ctgov";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final List<SavedFetch> fetches = new ArrayList<>();

    private FetchLog(Path file) {
        this.file = file;
    }

    /** The fetches saved in {@code storeDir}; none when it has no {@code fetches.json} yet. */
    public static FetchLog open(Path storeDir) {
        FetchLog log = new FetchLog(storeDir.resolve(FILE_NAME));
        if (Files.exists(log.file)) {
            try {
                for (JsonNode f : log.json.readTree(log.file.toFile()).path("fetches")) {
                    log.fetches.add(fetch(f));
                }
            } catch (IOException | RuntimeException e) {
                throw new FetchException("cannot read the saved fetches in " + log.file + ": "
                        + PageDownloader.describe(e) + " (move the file away to start afresh)", e);
            }
        }
        return log;
    }

    public List<SavedFetch> fetches() {
        return List.copyOf(fetches);
    }

    /** The saved fetch of this search, if there is one. */
    public Optional<SavedFetch> find(CtgovQuery query) {
        return fetches.stream().filter(f -> f.query().equals(query)).findFirst();
    }

    /** A name for a new fetch: {@code ctgov-1}, {@code ctgov-2}, ... */
    public String newId() {
        int n = fetches.size() + 1;
        while (byId(REGISTRY + "-" + n).isPresent()) {
            n++;
        }
        return REGISTRY + "-" + n;
    }

    /** Saves {@code fetch} in place of the one of the same id (or as a new one), and writes the file. */
    public void put(SavedFetch fetch) {
        Optional<SavedFetch> old = byId(fetch.id());
        if (old.isPresent()) {
            fetches.set(fetches.indexOf(old.get()), fetch);
        } else {
            fetches.add(fetch);
        }
        write();
    }

    private Optional<SavedFetch> byId(String id) {
        return fetches.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private void write() {
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("fetches");
        fetches.forEach(f -> list.add(node(f)));
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                json.writeValue(out, root);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new FetchException("cannot save the fetch state in " + file + ": " + PageDownloader.describe(e), e);
        }
    }

    private ObjectNode node(SavedFetch f) {
        ObjectNode n = json.createObjectNode();
        n.put("id", f.id());
        n.put("registry", REGISTRY);
        n.put("api", f.api().toString());
        ObjectNode q = n.putObject("query");
        q.put("term", f.query().term());
        q.put("condition", f.query().condition());
        q.put("intervention", f.query().intervention());
        ArrayNode st = q.putArray("statuses");
        f.query().statuses().forEach(s -> st.add(s.name()));
        q.put("since", text(f.query().since()));
        q.put("all", f.query().all());
        n.put("lastSuccess", text(f.lastSuccess()));
        ArrayNode runs = n.putArray("runs");
        for (FetchRun r : f.runs()) {
            ObjectNode rn = runs.addObject();
            rn.put("id", r.id());
            rn.put("since", text(r.since()));
            rn.put("started", text(r.started()));
            rn.put("ended", text(r.ended()));
            rn.put("state", r.state().name());
            rn.put("pages", r.pages());
            rn.put("studies", r.studies());
            rn.put("totalCount", r.totalCount());
            rn.put("nextPageToken", r.nextPageToken());
            rn.put("error", r.error());
        }
        return n;
    }

    private static SavedFetch fetch(JsonNode n) {
        String registry = n.path("registry").asText();
        if (!registry.equals(REGISTRY)) {
            throw new IllegalArgumentException("fetch " + n.path("id").asText() + ": registry '" + registry
                    + "' is not one this version fetches from");
        }
        JsonNode q = n.path("query");
        List<OverallStatus> statuses = new ArrayList<>();
        q.path("statuses").forEach(s -> statuses.add(OverallStatus.parse(s.asText())));
        CtgovQuery query = new CtgovQuery(str(q, "term"), str(q, "condition"), str(q, "intervention"), statuses,
                day(str(q, "since")), q.path("all").asBoolean());
        List<FetchRun> runs = new ArrayList<>();
        for (JsonNode r : n.path("runs")) {
            runs.add(new FetchRun(str(r, "id"), day(str(r, "since")), instant(str(r, "started")),
                    instant(str(r, "ended")), RunState.valueOf(str(r, "state")), r.path("pages").asInt(),
                    r.path("studies").asLong(), r.path("totalCount").asLong(-1), str(r, "nextPageToken"),
                    str(r, "error")));
        }
        return new SavedFetch(str(n, "id"), URI.create(str(n, "api")), query, instant(str(n, "lastSuccess")), runs);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static LocalDate day(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
