package org.trialkg.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.TrialDocument;

/** Turns a trial card into the document the search index holds. */
final class CardDocuments {
    private CardDocuments() {
    }

    static TrialDocument toDocument(TrialCard c, Function<String, List<String>> drugNames) {
        List<String> otherTitles = new ArrayList<>();
        add(otherTitles, c.officialTitle());
        add(otherTitles, c.acronym());
        StringBuilder summary = new StringBuilder();
        if (c.briefSummary() != null) {
            summary.append(c.briefSummary());
        }
        if (c.detailedDescription() != null) {
            summary.append(summary.length() > 0 ? "\n\n" : "").append(c.detailedDescription());
        }
        Set<String> conditions = new LinkedHashSet<>(c.conditions());
        conditions.addAll(c.keywords());
        // The registry's MeSH headings go with the conditions, so that "Lung Neoplasms" finds a trial whose own
        // condition text only says "NSCLC"; a heading the text already has is not counted twice.
        conditions.addAll(absent(conditions, c.conditionMeshTerms()));
        List<String> interventions = new ArrayList<>();
        for (TrialCard.ArmCard a : c.arms()) {
            add(interventions, a.label());
            add(interventions, a.description());
        }
        for (TrialCard.InterventionCard i : c.interventions()) {
            add(interventions, i.name());
            add(interventions, i.description());
            i.otherNames().forEach(n -> add(interventions, n));
        }
        interventions.addAll(absent(interventions, c.interventionMeshTerms()));
        Set<String> drugs = new LinkedHashSet<>();
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> classes = new LinkedHashSet<>();
        for (TrialCard.DrugCard d : c.drugs()) {
            if (d.iri() == null) {
                synonyms.addAll(d.mentions());
                continue;
            }
            drugs.add(d.name());
            classes.addAll(d.classes());
            synonyms.addAll(d.mentions());
            synonyms.addAll(drugNames.apply(d.iri()));
        }
        synonyms.removeAll(drugs);
        List<String> sponsors = c.sponsors().stream().map(TrialCard.SponsorCard::name).distinct().toList();
        List<String> sites = new ArrayList<>();
        for (TrialCard.SiteCard s : c.sites()) {
            sites.add(String.join(", ", nonNull(s.facility(), s.city(), s.region())));
        }
        List<String> outcomes = new ArrayList<>();
        for (TrialCard.OutcomeCard o : c.outcomes()) {
            outcomes.add(String.join(". ", nonNull(o.measure(), o.description(), o.timeFrame())));
        }
        String eligibility = c.eligibility() == null ? null : c.eligibility().criteria();
        Integer year = c.startDate() == null || c.startDate().length() < 4 ? null
                : Integer.valueOf(c.startDate().substring(0, 4));
        return new TrialDocument(c.iri(), c.ids(), c.title(), otherTitles, summary.length() == 0 ? null : summary.toString(),
                new ArrayList<>(conditions), interventions, new ArrayList<>(drugs), new ArrayList<>(synonyms),
                new ArrayList<>(classes), sponsors, sites, c.countries(), eligibility, outcomes, c.phase(), c.status(),
                c.studyType(), year, nonNull(c.acronym()),
                c.otherIds().stream().map(TrialCard.OtherIdCard::id).filter(v -> v != null && !v.isBlank()).toList());
    }

    private static void add(List<String> list, String v) {
        if (v != null && !v.isBlank()) {
            list.add(v);
        }
    }

    // The values of 'more' that 'have' lacks, ignoring case.
    private static List<String> absent(Collection<String> have, List<String> more) {
        Set<String> seen = new HashSet<>();
        have.forEach(v -> seen.add(v.toLowerCase(Locale.ROOT)));
        List<String> out = new ArrayList<>();
        for (String v : more) {
            if (v != null && !v.isBlank() && seen.add(v.toLowerCase(Locale.ROOT))) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            add(out, v);
        }
        return out;
    }
}
