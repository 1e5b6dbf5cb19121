package org.trialkg.enrich.regimen;

import java.util.ArrayList;
import java.util.List;
import org.trialkg.model.Range;
import org.trialkg.model.RegimenComponent;

/** Renders a component's values (not its text or span) as "key=value" words, for compact assertions. */
final class Describe {
    private Describe() {
    }

    static String of(RegimenComponent c) {
        List<String> out = new ArrayList<>();
        add(out, "kind", c.kind().equals(RegimenComponent.DRUG) ? null : c.kind());
        add(out, "arm", c.arm());
        add(out, "drug", c.drug());
        add(out, "iri", c.drugConceptIri() == null ? null
                : c.drugConceptIri().replace(FakeDrugLexicon.DRUG, "drug:").replace(FakeDrugLexicon.CLASS, "class:"));
        add(out, "dose", range(c.dose()));
        add(out, "doseParts", c.doseParts());
        add(out, "unit", c.unit());
        add(out, "route", c.route());
        add(out, "days", c.days());
        add(out, "interval", c.interval());
        add(out, "timesPerDay", c.timesPerDay());
        add(out, "cycles", range(c.cycles()));
        add(out, "maxDuration", c.maxDuration());
        add(out, "phase", c.treatmentPhase());
        add(out, "group", c.alternativeGroup());
        add(out, "totalDose", range(c.totalDose()));
        add(out, "fractions", range(c.fractions()));
        add(out, "dosePerFraction", c.dosePerFraction() == null ? null : Numbers.format(c.dosePerFraction()));
        add(out, "duration", c.duration());
        add(out, "technique", c.technique());
        return String.join(" ", out);
    }

    private static String range(Range r) {
        if (r == null) {
            return null;
        }
        return r.isSingle() ? Numbers.format(r.min()) : Numbers.format(r.min()) + "-" + Numbers.format(r.max());
    }

    private static void add(List<String> out, String key, Object value) {
        if (value != null) {
            out.add(key + "=" + value);
        }
    }
}
