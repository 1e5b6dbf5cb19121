package org.trialkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.trialkg.model.DrugMention;
import org.trialkg.model.Range;
import org.trialkg.model.RegimenComponent;
import org.trialkg.model.Span;
import org.trialkg.vocab.TK;

/** Writes a record's drug mentions and regimen components; drug concept IRIs come from the enricher as given. */
final class DrugMapper {

    void mentions(List<DrugMention> mentions, GraphWriter w, String recordIri, Node trial) {
        for (int i = 0; i < mentions.size(); i++) {
            DrugMention m = mentions.get(i);
            Node n = w.node(Iris.child(recordIri, "mention", i + 1), TK.DrugMention);
            w.add(trial, TK.drugMention, n);
            w.text(n, TK.text, m.text());
            w.text(n, TK.method, m.method().label());
            w.add(n, TK.confidence, Literals.decimal(m.confidence()));
            w.add(n, TK.classLevel, Literals.bool(m.classLevel()));
            w.text(n, TK.conceptLabel, m.conceptLabel());
            span(w, n, m.span());
            if (m.resolved()) {
                Node concept = GraphWriter.iri(m.conceptIri());
                w.add(n, TK.concept, concept);
                w.add(trial, m.classLevel() ? TK.usesDrugClass : TK.usesDrug, concept);
            }
        }
    }

    void regimens(List<RegimenComponent> components, GraphWriter w, String recordIri, Node trial,
            Map<String, Node> arms) {
        Map<Integer, List<Node>> groups = new TreeMap<>();
        for (int i = 0; i < components.size(); i++) {
            RegimenComponent c = components.get(i);
            Node n = w.node(Iris.child(recordIri, "regimen", i + 1), TK.RegimenComponent, type(c.kind()));
            w.add(trial, TK.regimenComponent, n);
            w.text(n, TK.kind, c.kind());
            w.text(n, TK.text, c.text());
            if (c.arm() != null) {
                w.text(n, TK.armLabel, c.arm());
                Node arm = arms.get(RecordMapper.armKey(c.arm()));
                if (arm != null) {
                    w.add(n, TK.inArm, arm);
                }
            }
            w.text(n, TK.drugText, c.drug());
            if (c.drugConceptIri() != null) {
                Node concept = GraphWriter.iri(c.drugConceptIri());
                w.add(n, TK.drug, concept);
                w.add(trial, TK.usesDrug, concept);
            }
            range(w, n, TK.doseMin, TK.doseMax, c.dose());
            w.text(n, TK.doseParts, c.doseParts());
            w.text(n, TK.unit, c.unit());
            w.text(n, TK.route, c.route());
            w.text(n, TK.days, c.days());
            duration(w, n, TK.interval, TK.intervalText, c.interval());
            if (c.timesPerDay() != null) {
                w.add(n, TK.timesPerDay, Literals.integer(c.timesPerDay()));
            }
            range(w, n, TK.cyclesMin, TK.cyclesMax, c.cycles());
            duration(w, n, TK.maxDuration, TK.maxDurationText, c.maxDuration());
            w.text(n, TK.treatmentPhase, c.treatmentPhase());
            range(w, n, TK.totalDoseMin, TK.totalDoseMax, c.totalDose());
            range(w, n, TK.fractionsMin, TK.fractionsMax, c.fractions());
            if (c.dosePerFraction() != null) {
                w.add(n, TK.dosePerFraction, Literals.decimal(c.dosePerFraction()));
            }
            duration(w, n, TK.duration, TK.durationText, c.duration());
            w.text(n, TK.technique, c.technique());
            span(w, n, c.span());
            if (c.alternativeGroup() != null) {
                groups.computeIfAbsent(c.alternativeGroup(), g -> new ArrayList<>()).add(n);
            }
        }
        for (Map.Entry<Integer, List<Node>> g : groups.entrySet()) {
            Node group = w.node(Iris.child(recordIri, "alternatives/" + g.getKey()), TK.AlternativeGroup);
            for (Node a : g.getValue()) {
                w.add(a, TK.alternativeGroup, group);
                for (Node b : g.getValue()) {
                    if (!a.equals(b)) {
                        w.add(a, TK.alternativeTo, b);
                    }
                }
            }
        }
    }

    private static Resource type(String kind) {
        return switch (kind) {
            case RegimenComponent.DRUG -> TK.DrugAdministration;
            case RegimenComponent.RADIOTHERAPY -> TK.RadiotherapyCourse;
            default -> TK.Procedure;
        };
    }

    private static void range(GraphWriter w, Node n, Property min, Property max, Range r) {
        if (r != null) {
            w.add(n, min, Literals.decimal(r.min()));
            w.add(n, max, Literals.decimal(r.max()));
        }
    }

    // The xsd:duration serves comparisons in SPARQL; the text keeps the form the source used when XSD cannot.
    private static void duration(GraphWriter w, Node n, Property typed, Property text, String iso) {
        if (iso == null) {
            return;
        }
        var d = Literals.duration(iso);
        w.optional(n, typed, d);
        if (d.isEmpty() || !d.get().getLiteralLexicalForm().equals(iso)) {
            w.text(n, text, iso);
        }
    }

    private static void span(GraphWriter w, Node n, Span span) {
        if (span != null) {
            w.text(n, TK.sourceField, span.field());
            w.add(n, TK.spanStart, Literals.integer(span.start()));
            w.add(n, TK.spanEnd, Literals.integer(span.end()));
        }
    }
}
