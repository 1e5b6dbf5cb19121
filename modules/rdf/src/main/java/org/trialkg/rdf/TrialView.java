package org.trialkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.trialkg.model.SourceKind;
import org.trialkg.vocab.TK;

/**
 * A trial's one value of each single-valued fact, merged from the records that describe it. Each record states its
 * own values on its record node; the view states, on the trial, the values of the first record that has them, in
 * rank order: the registry's own full record before ICTRP's copy and saved pages, those before partial exports, those
 * before other documents; among records of one kind the newest by the registry's last-update date, then the latest
 * stored. The view is kept in a graph of its own, {@code id/view/<the trial's path>}, rewritten whenever a record of
 * the trial changes.
 *
 * <pre>{@code
 * Graph view = TrialView.merge(trial, List.of(TrialView.Facts.read(recordGraph, recordNode)));
 * }</pre>
 */
public final class TrialView {
    private static final String VIEW = TK.ID + "view/";

    /** The facts of which a trial has one value; each is a property with its text form or companions. */
    public enum Slot {
        TITLE(DCTerms.title),
        OFFICIAL_TITLE(TK.officialTitle),
        ACRONYM(TK.acronym),
        STATUS(TK.status, TK.statusText),
        PHASE(TK.phase, TK.phaseText),
        STUDY_TYPE(TK.studyType, TK.studyTypeText),
        ALLOCATION(TK.allocation, TK.allocationText),
        INTERVENTION_MODEL(TK.interventionModel, TK.interventionModelText),
        PURPOSE(TK.purpose, TK.purposeText),
        MASKING(TK.masking, TK.maskingText),
        ENROLLMENT(TK.enrollment, TK.enrollmentType, TK.enrollmentTypeText),
        START_DATE(TK.startDate),
        COMPLETION_DATE(TK.completionDate),
        LAST_UPDATED(TK.lastUpdated),
        SUMMARY(TK.briefSummary),
        DESCRIPTION(TK.detailedDescription),
        ELIGIBILITY(TK.eligibility),
        RESPONSIBLE_PARTY(TK.responsibleParty);

        private final List<Property> properties;

        Slot(Property... properties) {
            this.properties = List.of(properties);
        }

        /** The properties the slot's value is stated with, its main one first. */
        public List<Property> properties() {
            return properties;
        }
    }

    /**
     * One record's own values of the slots, with what ranks it.
     *
     * @param record the record's IRI node
     * @param kind the kind of source the record was read from
     * @param lastUpdated the registry's last-update date as an ISO partial date, or null when the format has none
     * @param ingestedAt when this version was stored (xsd:dateTime lexical form), or null before it is stored
     * @param values each slot's triples, with the record as subject
     */
    public record Facts(Node record, SourceKind kind, String lastUpdated, String ingestedAt,
            Map<Slot, List<Triple>> values) {

        /** Reads a record's facts from a graph holding the record's triples. */
        public static Facts read(Graph graph, Node record) {
            Map<Slot, List<Triple>> values = new EnumMap<>(Slot.class);
            for (Slot slot : Slot.values()) {
                List<Triple> found = new ArrayList<>();
                for (Property p : slot.properties()) {
                    graph.find(record, p.asNode(), Node.ANY).forEachRemaining(found::add);
                }
                if (!found.isEmpty()) {
                    values.put(slot, found);
                }
            }
            GraphReader r = new GraphReader(graph);
            String kind = r.string(record, TK.sourceKind);
            String layout = r.string(record, TK.layout);
            SourceKind k = kind != null ? SourceKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT))
                    : SourceKind.of(layout == null ? "" : layout);
            return new Facts(record, k, r.string(record, TK.lastUpdated), r.string(record, TK.ingestedAt), values);
        }
    }

    /** The order in which records give a trial its values: see the class comment. */
    public static final Comparator<Facts> RANK = Comparator
            .comparingInt((Facts f) -> f.kind().rank())
            .thenComparing(Facts::lastUpdated, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Facts::ingestedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(f -> f.record().getURI());

    private TrialView() {
    }

    /** The name of the graph holding a trial's view. */
    public static Node graphOf(Node trial) {
        String iri = trial.getURI();
        return NodeFactory.createURI(iri.startsWith(TK.ID) ? VIEW + iri.substring(TK.ID.length())
                : VIEW + "other/" + Iris.sha256Hex(iri).substring(0, 24));
    }

    /** Whether a graph name is that of a trial's view. */
    public static boolean isView(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(VIEW);
    }

    /** The trial's view: each slot's values taken from the first record, by rank, that has any. */
    public static Graph merge(Node trial, List<Facts> records) {
        Graph view = GraphMemFactory.createDefaultGraph();
        chosen(records).forEach((slot, facts) -> {
            for (Triple t : facts.values().get(slot)) {
                view.add(trial, t.getPredicate(), t.getObject());
            }
        });
        return view;
    }

    /** For each slot some record has, the record whose values the trial takes. */
    public static Map<Slot, Facts> chosen(List<Facts> records) {
        List<Facts> ranked = records.stream().sorted(RANK).toList();
        Map<Slot, Facts> out = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            ranked.stream().filter(f -> f.values().containsKey(slot)).findFirst().ifPresent(f -> out.put(slot, f));
        }
        return out;
    }

    /**
     * The view of a trial as the dataset holds its records now (inside the caller's transaction); empty when no
     * record describes the trial, so that its view graph is removed.
     */
    public static Optional<Graph> derive(DatasetGraph dsg, Node trial) {
        List<Facts> records = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, TK.describes.asNode(), trial);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                // a record is the name of its own graph; the default graph and views hold no records
                if (q.getGraph().equals(q.getSubject())) {
                    records.add(Facts.read(dsg.getGraph(q.getGraph()), q.getSubject()));
                }
            }
        } finally {
            Iter.close(it);
        }
        return records.isEmpty() ? Optional.empty() : Optional.of(merge(trial, records));
    }
}
