package org.trialkg.pipeline.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.trialkg.rdf.Iris;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.Enumeration;
import org.trialkg.vocab.TK;

/**
 * The drug mentions of a store, for a curator: how many resolved to a drug concept and how, which names did not,
 * and a reproducible sample of resolved ones to judge by hand: the answer of {@code trialkg mentions}.
 *
 * <pre>{@code
 * MentionAudit audit = MentionAudit.read(ws.store());
 * audit.summary().drugNamesResolvedShare();   // 0.83
 * audit.unresolved().get(0);                  // NameCount[name=Placebo, count=412]
 * audit.sample(250, 42);
 * }</pre>
 */
public final class MentionAudit {
    /** Where in a record a mention was read; only names of drug and biological interventions are kept unresolved. */
    public enum Origin {
        DRUG_INTERVENTION_NAME("drug or biological intervention name"),
        OTHER_INTERVENTION_NAME("other intervention name (other or no type)"),
        INTERVENTION_OTHER_NAME("intervention other name"),
        INTERVENTION_DESCRIPTION("intervention description"),
        ARM_DESCRIPTION("arm description"),
        SUMMARY("brief summary"),
        OTHER("other field");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One stored drug mention.
     *
     * @param recordId the record's first registry ID, else its record key
     * @param recordIri the record (one trial may have records from several files under one ID)
     * @param field the record field it was read from, such as {@code interventions[0].name}
     * @param start its offset in that field
     * @param method {@code exact}, {@code code-variant}, {@code fuzzy}, {@code class} or {@code unresolved}
     * @param conceptIri null when unresolved
     */
    public record Mention(String recordId, String recordIri, String field, int start, String text, String method,
            double confidence, String conceptIri, String conceptLabel, Origin origin) {
        public Mention {
            Objects.requireNonNull(recordId, "mention recordId");
            Objects.requireNonNull(recordIri, "mention recordIri");
            Objects.requireNonNull(text, "mention text");
            Objects.requireNonNull(method, "mention method");
            Objects.requireNonNull(origin, "mention origin");
        }

        public boolean resolved() {
            return conceptIri != null;
        }
    }

    /** Counts of mentions, resolved and by method, for one origin or for all. */
    public record Tally(long mentions, long resolved, Map<String, Long> byMethod) {
        public double resolvedShare() {
            return mentions == 0 ? 0 : (double) resolved / mentions;
        }
    }

    /**
     * The counts of {@code trialkg mentions}.
     *
     * @param all every mention
     * @param byOrigin the same counts per origin
     * @param drugInterventions drug and biological interventions (each has one or more mentions of its name)
     * @param drugInterventionsResolved those of them whose name resolved to at least one concept
     */
    public record Summary(Tally all, Map<Origin, Tally> byOrigin, long drugInterventions,
            long drugInterventionsResolved) {
        /** Share of drug and biological intervention names that resolved, counted per intervention. */
        public double drugNamesResolvedShare() {
            return drugInterventions == 0 ? 0 : (double) drugInterventionsResolved / drugInterventions;
        }
    }

    /** An unresolved name (as most often written) and how many mentions wrote it in any case or spacing. */
    public record NameCount(String name, long count) {}

    private static final Pattern INTERVENTION_FIELD = Pattern.compile("interventions\\[(\\d+)]\\.(\\w+).*");
    private static final Set<String> DRUG_TYPES = Set.of("DRUG", "BIOLOGICAL");
    private static final String PREFIXES = "PREFIX tk: <" + TK.NS + ">\n";
    private static final String MENTIONS = PREFIXES + """
            SELECT ?rec ?field ?start ?text ?method ?conf ?concept ?label WHERE {
              GRAPH ?g {
                ?rec a tk:RegistryRecord ; tk:describes ?t .
                ?t tk:drugMention ?m .
                ?m tk:text ?text ; tk:method ?method .
                OPTIONAL { ?m tk:confidence ?conf }
                OPTIONAL { ?m tk:sourceField ?field }
                OPTIONAL { ?m tk:spanStart ?start }
                OPTIONAL { ?m tk:concept ?concept }
                OPTIONAL { ?m tk:conceptLabel ?label }
              }
            }""";
    private static final String RECORD_IDS = PREFIXES + """
            SELECT ?rec ?idn ?id ?key WHERE {
              GRAPH ?g {
                ?rec a tk:RegistryRecord ; tk:describes ?t .
                OPTIONAL { ?rec tk:recordKey ?key }
                OPTIONAL { ?t tk:hasIdentifier ?idn . ?idn tk:identifier ?id }
              }
            }""";
    private static final String DRUG_INTERVENTIONS = PREFIXES + """
            SELECT ?iv ?type WHERE {
              GRAPH ?g { ?t tk:intervention ?iv . ?iv tk:interventionType ?type }
            }""";

    private final List<Mention> mentions;

    private MentionAudit(List<Mention> mentions) {
        this.mentions = List.copyOf(mentions);
    }

    /** Reads every drug mention of the store, with its record's ID and, for intervention names, its type. */
    public static MentionAudit read(TrialStore store) {
        return store.readDataset(snapshot -> {
            // one read transaction around the queries below, so that they all see one state of the store
            Map<String, String> ids = new HashMap<>();
            select(store, RECORD_IDS, s -> {
                String rec = s.getResource("rec").getURI();
                // a record's own ID is its first; later ones are the same trial in other registries
                if (s.contains("id") && s.getResource("idn").getURI().equals(Iris.child(rec, "id", 1))) {
                    ids.put(rec, s.getLiteral("id").getString());
                } else if (s.contains("key")) {
                    ids.putIfAbsent(rec, s.getLiteral("key").getString());
                }
            });
            Set<String> drugInterventions = new HashSet<>();
            select(store, DRUG_INTERVENTIONS, s -> {
                String type = Enumeration.INTERVENTION_TYPE.notation(s.getResource("type").getURI()).orElse("");
                if (DRUG_TYPES.contains(type)) {
                    drugInterventions.add(s.getResource("iv").getURI());
                }
            });
            List<Mention> out = new ArrayList<>();
            select(store, MENTIONS, s -> {
                String rec = s.getResource("rec").getURI();
                String field = s.contains("field") ? s.getLiteral("field").getString() : "";
                out.add(new Mention(ids.getOrDefault(rec, rec), rec, field,
                        s.contains("start") ? s.getLiteral("start").getInt() : 0, s.getLiteral("text").getString(),
                        s.getLiteral("method").getString(), s.contains("conf") ? s.getLiteral("conf").getDouble() : 0,
                        s.contains("concept") ? s.getResource("concept").getURI() : null,
                        s.contains("label") ? s.getLiteral("label").getString() : null,
                        origin(rec, field, drugInterventions)));
            });
            out.sort(Comparator.comparing(Mention::recordId).thenComparing(Mention::recordIri)
                    .thenComparing(Mention::field).thenComparingInt(Mention::start).thenComparing(Mention::text));
            return new MentionAudit(out);
        });
    }

    /** Every mention, ordered by record ID, field and offset. */
    public List<Mention> mentions() {
        return mentions;
    }

    public Summary summary() {
        Map<Origin, List<Mention>> byOrigin = new TreeMap<>();
        Map<String, Boolean> drugNames = new HashMap<>(); // record IRI + intervention field -> resolved
        for (Mention m : mentions) {
            byOrigin.computeIfAbsent(m.origin(), o -> new ArrayList<>()).add(m);
            if (m.origin() == Origin.DRUG_INTERVENTION_NAME) {
                drugNames.merge(m.recordIri() + " " + m.field(), m.resolved(), Boolean::logicalOr);
            }
        }
        Map<Origin, Tally> tallies = new LinkedHashMap<>();
        byOrigin.forEach((o, ms) -> tallies.put(o, tally(ms)));
        long resolvedNames = drugNames.values().stream().filter(b -> b).count();
        return new Summary(tally(mentions), tallies, drugNames.size(), resolvedNames);
    }

    /** The names no concept matched, most frequent first; case and spacing are folded when counting. */
    public List<NameCount> unresolved() {
        Map<String, Map<String, Long>> forms = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.resolved()) {
                String written = m.text().strip().replaceAll("\\s+", " ");
                forms.computeIfAbsent(written.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                        .merge(written, 1L, Long::sum);
            }
        }
        List<NameCount> out = new ArrayList<>();
        for (Map<String, Long> f : forms.values()) {
            String most = Collections.max(f.entrySet(), Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).getKey();
            out.add(new NameCount(most, f.values().stream().mapToLong(Long::longValue).sum()));
        }
        out.sort(Comparator.comparingLong(NameCount::count).reversed().thenComparing(NameCount::name));
        return out;
    }

    /**
     * A random sample of resolved mentions, the same for the same store, size and seed; in record order.
     *
     * @throws IllegalArgumentException when {@code size} is not positive
     */
    public List<Mention> sample(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("mention sample: size must be >= 1, was " + size);
        }
        List<Mention> resolved = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.resolved()) {
                resolved.add(m);
            }
        }
        // the mentions are in a fixed order, so one seed always shuffles them the same way
        Collections.shuffle(resolved, new Random(seed));
        List<Mention> picked = new ArrayList<>(resolved.subList(0, Math.min(size, resolved.size())));
        picked.sort(Comparator.comparing(Mention::recordId).thenComparing(Mention::recordIri)
                .thenComparing(Mention::field).thenComparingInt(Mention::start));
        return picked;
    }

    private static Tally tally(List<Mention> ms) {
        Map<String, Long> byMethod = new TreeMap<>();
        long resolved = 0;
        for (Mention m : ms) {
            byMethod.merge(m.method(), 1L, Long::sum);
            resolved += m.resolved() ? 1 : 0;
        }
        return new Tally(ms.size(), resolved, byMethod);
    }

    static Origin origin(String recordIri, String field, Set<String> drugInterventions) {
        Matcher m = INTERVENTION_FIELD.matcher(field);
        if (m.matches()) {
            return switch (m.group(2)) {
                case "name" -> drugInterventions.contains(
                        Iris.child(recordIri, "intervention", Integer.parseInt(m.group(1)) + 1))
                        ? Origin.DRUG_INTERVENTION_NAME : Origin.OTHER_INTERVENTION_NAME;
                case "otherNames" -> Origin.INTERVENTION_OTHER_NAME;
                case "description" -> Origin.INTERVENTION_DESCRIPTION;
                default -> Origin.OTHER;
            };
        }
        if (field.startsWith("arms[")) {
            return Origin.ARM_DESCRIPTION;
        }
        return "briefSummary".equals(field) ? Origin.SUMMARY : Origin.OTHER;
    }

    private static void select(TrialStore store, String query, Consumer<QuerySolution> each) {
        store.query(QueryFactory.create(query), qe -> {
            qe.execSelect().forEachRemaining(each);
            return null;
        });
    }
}
