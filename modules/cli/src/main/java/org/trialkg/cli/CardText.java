package org.trialkg.cli;

import java.util.List;
import java.util.StringJoiner;
import org.trialkg.rdf.TrialCard;

/** The trial card as readable text: a heading, then one labelled section per kind of fact. */
final class CardText {
    private CardText() {
    }

    static String format(TrialCard c) {
        StringBuilder b = new StringBuilder();
        b.append(c.title() == null ? "(no title)" : c.title()).append('\n');
        line(b, "IDs", c.ids().isEmpty() ? "(no registry ID)" : String.join(", ", c.ids()));
        line(b, "IRI", c.iri());
        if (!c.otherIds().isEmpty()) {
            line(b, "Other IDs", join(c.otherIds().stream().map(o -> o.id() + (o.type() == null ? "" : " (" + o.type() + ")")).toList()));
        }
        line(b, "Official title", c.officialTitle());
        line(b, "Acronym", c.acronym());
        line(b, "Status", c.status());
        line(b, "Phase", c.phase());
        line(b, "Study type", c.studyType());
        if (c.design() != null) {
            StringJoiner d = new StringJoiner(", ");
            add(d, "allocation", c.design().allocation());
            add(d, "model", c.design().model());
            add(d, "purpose", c.design().purpose());
            add(d, "masking", c.design().masking());
            line(b, "Design", d.length() == 0 ? null : d.toString());
        }
        line(b, "Enrollment", c.enrollment() == null ? null : c.enrollment().toString());
        line(b, "Start", c.startDate());
        line(b, "Completion", c.completionDate());
        line(b, "Conditions", join(c.conditions()));
        line(b, "MeSH", join(c.meshTerms().stream().map(TrialCard.MeshCard::term).toList()));
        if (!c.arms().isEmpty()) {
            b.append("Arms\n");
            for (TrialCard.ArmCard a : c.arms()) {
                b.append("  - ").append(a.label()).append(a.type() == null ? "" : " [" + a.type() + "]");
                if (!a.interventions().isEmpty()) {
                    b.append(": ").append(String.join(", ", a.interventions()));
                }
                b.append('\n');
            }
        }
        if (!c.drugs().isEmpty()) {
            b.append("Drugs\n");
            for (TrialCard.DrugCard d : c.drugs()) {
                b.append("  - ").append(d.name());
                if (!d.classes().isEmpty()) {
                    b.append(" (").append(String.join(", ", d.classes())).append(')');
                }
                if (!d.mentions().isEmpty()) {
                    b.append(" as written: ").append(String.join("; ", d.mentions()));
                }
                b.append('\n');
            }
        }
        if (c.regimens() != null && !c.regimens().isEmpty()) {
            b.append("Regimens\n");
            for (TrialCard.RegimenCard r : c.regimens()) {
                b.append("  - ").append(r.arm() == null ? "" : r.arm() + ": ").append(regimen(r)).append('\n');
            }
        }
        if (!c.sponsors().isEmpty()) {
            line(b, "Sponsors", join(c.sponsors().stream().map(CardText::sponsor).distinct().toList()));
        }
        if (c.responsibleParty() != null) {
            TrialCard.ResponsiblePartyCard p = c.responsibleParty();
            line(b, "Responsible party", join(nonNull(p.type(), p.name(), p.title(), p.affiliation())));
        }
        if (!c.investigators().isEmpty()) {
            line(b, "Investigators", join(c.investigators().stream()
                    .map(i -> i.name() + (i.role() == null ? "" : " (" + i.role() + ")")
                            + (i.affiliation() == null ? "" : ", " + i.affiliation())).toList()));
        }
        if (!c.sites().isEmpty()) {
            b.append("Sites\n");
            for (TrialCard.SiteCard s : c.sites()) {
                b.append("  - ").append(String.join(", ", nonNull(s.facility(), s.city(), s.region(), s.country()))).append('\n');
            }
        }
        line(b, "Countries", join(c.countries()));
        if (c.eligibility() != null) {
            TrialCard.EligibilityCard e = c.eligibility();
            StringJoiner j = new StringJoiner(", ");
            add(j, "min age", e.minAge());
            add(j, "max age", e.maxAge());
            add(j, "sex", e.sex());
            if (e.healthyVolunteers() != null) {
                add(j, "healthy volunteers", e.healthyVolunteers() ? "yes" : "no");
            }
            line(b, "Eligibility", j.length() == 0 ? null : j.toString());
        }
        if (!c.outcomes().isEmpty()) {
            b.append("Outcomes\n");
            for (TrialCard.OutcomeCard o : c.outcomes()) {
                b.append("  - ").append(o.kind()).append(": ").append(o.measure())
                        .append(o.timeFrame() == null ? "" : " [" + o.timeFrame() + "]").append('\n');
            }
        }
        if (!c.references().isEmpty()) {
            b.append("References\n");
            for (TrialCard.ReferenceCard r : c.references()) {
                b.append("  - ").append(String.join(" ", nonNull(r.pmid() == null ? null : "PMID " + r.pmid(),
                        r.doi() == null ? null : "doi:" + r.doi()))).append('\n');
            }
        }
        line(b, "Related trials", join(c.related()));
        line(b, "Same trial as", join(c.sameAs()));
        if (!c.sources().isEmpty()) {
            b.append(c.sources().size() == 1 ? "Source\n" : "Records (" + c.sources().size() + ")\n");
            for (TrialCard.SourceCard s : c.sources()) {
                StringBuilder line = new StringBuilder();
                if (s.trial() != null && !c.sameAs().isEmpty()) {
                    line.append(tail(s.trial())).append(": ");
                }
                line.append(s.file()).append(" (").append(s.kind()).append(", ").append(s.layout());
                if (s.lastUpdated() != null) {
                    line.append(", updated ").append(s.lastUpdated());
                }
                if (s.ingestedAt() != null) {
                    line.append(", stored ").append(s.ingestedAt());
                }
                line.append(')');
                item(b, "  - ", line.toString());
                if (!s.gives().isEmpty() && c.sources().size() > 1) {
                    item(b, "      ", "gives " + String.join(", ", s.gives()));
                }
                for (TrialCard.ValueSourceCard v : s.readAt()) {
                    item(b, "      ", v.field() + " read under " + (v.section() == null ? "no heading"
                            : "\"" + v.section() + "\"") + ", characters " + v.start() + "-" + v.end());
                }
            }
        }
        if (!c.links().isEmpty()) {
            b.append("Linked because\n");
            for (TrialCard.LinkCard l : c.links()) {
                b.append("  - ").append(tail(l.a())).append(" = ").append(tail(l.b())).append(": ");
                if (l.score() == null) {
                    b.append(String.join("; ", l.evidence())).append('\n');
                } else {
                    b.append(String.format(java.util.Locale.ROOT, "score %.2f%n", l.score()));
                    l.evidence().forEach(e -> b.append("      ").append(e).append('\n'));
                }
            }
        }
        return b.toString().stripTrailing();
    }

    /** The registry ID at the end of a trial IRI, or a document trial's own key. */
    /** The organisation by its preferred name, the record's own spelling beside it when it differs. */
    private static String sponsor(TrialCard.SponsorCard s) {
        String org = s.organisationName() != null ? s.organisationName() : s.name();
        String written = s.name() != null && !s.name().equals(org) ? ", as " + s.name() : "";
        return org + " (" + s.role() + written + ")";
    }

    private static String tail(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String regimen(TrialCard.RegimenCard r) {
        StringJoiner j = new StringJoiner(", ");
        if ("radiotherapy".equals(r.kind())) {
            j.add("radiotherapy");
            add(j, "", dose(r.totalDose(), "Gy"));
            add(j, "", dose(r.fractions(), "fractions"));
            add(j, "", r.technique());
            add(j, "", r.duration());
        } else {
            j.add(r.drug() == null ? r.kind() : r.drug());
            add(j, "", r.dose() == null && r.doseParts() != null ? r.doseParts() + (r.unit() == null ? "" : " "
                    + r.unit()) : dose(r.dose(), r.unit()));
            add(j, "", r.route());
            add(j, "", r.days());
            add(j, "every", r.interval());
            add(j, "times a day", r.timesPerDay() == null ? null : r.timesPerDay().toString());
            add(j, "", dose(r.cycles(), "cycles"));
            add(j, "at most", r.maxDuration());
        }
        add(j, "", r.treatmentPhase());
        if (r.alternativeTo() != null && !r.alternativeTo().isEmpty()) {
            j.add("or " + String.join(" or ", r.alternativeTo()));
        }
        return j.toString();
    }

    private static String dose(TrialCard.DoseCard d, String unit) {
        if (d == null) {
            return null;
        }
        String v = d.value() != null ? num(d.value()) : num(d.min()) + "-" + num(d.max());
        return unit == null ? v : v + " " + unit;
    }

    private static String num(Double d) {
        return d == null ? "?" : d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }

    /** A label, then its value wrapped in a column of its own (a long list of IDs or sites stays beside its label). */
    private static final Table LABELLED = Table.of(19, 0);

    private static void line(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(LABELLED.row(label, value));
        }
    }

    private static void add(StringJoiner j, String label, String value) {
        if (value != null && !value.isBlank()) {
            j.add(label.isEmpty() ? value : label + " " + value);
        }
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("; ", values);
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    // A line of a list, wrapped between words at the table width, its continuation lines indented under its text.
    private static void item(StringBuilder b, String lead, String text) {
        String indent = " ".repeat(lead.length() + 2);
        List<String> lines = HelpText.wrap(text, Table.lineWidth() - indent.length());
        for (int i = 0; i < lines.size(); i++) {
            b.append(i == 0 ? lead : indent).append(lines.get(i)).append('\n');
        }
    }
}
