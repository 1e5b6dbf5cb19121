package org.trialkg.ingest.document;

import java.util.List;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;
import org.trialkg.model.ValueSource;

/**
 * Any other document about a trial (a protocol, a register page, a results synopsis, a press release): the
 * layout-independent {@link DocumentExtractor} reads it, and its values go into the record so that the enrichers do
 * the rest. Each investigational drug becomes a drug intervention whose description is the sentence giving its
 * dose, which the regimen enricher parses; a short document's text is its brief summary, whose drugs the drug
 * enricher finds when neither its title nor a product label names the tested drug.
 */
final class GenericLayout implements PageLayout {
    static final String NAME = "generic";
    // A document this short is a summary or a note; a longer one is a protocol or a page, not a summary.
    private static final int SUMMARY_MAX = 4000;
    /**
     * How long the extractor's drug scan may take after the reader's time limit for the text; a 300-page protocol
     * is scanned whole in about 2 s on one core, so this cuts only texts of many hundred pages or a machine under
     * heavy load.
     */
    private static final long SCAN_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(3);

    private static final java.util.regex.Pattern FRONT_MATTER = java.util.regex.Pattern.compile(
            "^\\s*---\\R.*?\\R---\\R", java.util.regex.Pattern.DOTALL);

    private final DocumentExtractor extractor;

    GenericLayout(DrugNames names) {
        this.extractor = new DocumentExtractor(names);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(PageText text) {
        return true;
    }

    @Override
    public void extract(PageText text, TrialRecord.Builder out) {
        DocumentFacts facts = extractor.extract(text.text(), text.headings(), System.nanoTime() + SCAN_NANOS);
        RegistryId own = facts.ownId();
        if (own == null && !DocumentExtractor.aboutTrial(text.text(), facts)) {
            // Nothing says this is a trial: leave the record empty, which the reader reports.
            return;
        }
        out.id(own);
        facts.related().forEach(out::related);
        if (facts.phases() != null) {
            facts.phases().value().forEach(out::phase);
        }
        out.enrollment(facts.enrollment() == null ? null : new Enrollment(facts.enrollment(), null));
        out.title(facts.title() == null ? null : facts.title().value());
        readAt(out, facts, "title", facts.title());
        if (facts.phases() != null) {
            readAt(out, facts, "phase", new DocumentFacts.Found<>(String.join(", ", facts.phases().value()),
                    facts.phases().section(), facts.phases().start(), facts.phases().end()));
        }
        if (facts.sponsor() != null) {
            out.sponsor(new Sponsor(facts.sponsor().value(), Sponsor.LEAD, null));
            readAt(out, facts, "sponsor", facts.sponsor());
        }
        // Collaborators follow a lead sponsor: a record's first sponsor is read as its lead.
        for (DocumentFacts.Found<String> c : facts.sponsor() == null ? List.<DocumentFacts.Found<String>>of()
                : facts.collaborators()) {
            out.sponsor(new Sponsor(c.value(), Sponsor.COLLABORATOR, null));
            readAt(out, facts, "collaborator", c);
        }
        if (!facts.design().isEmpty()) {
            out.design(facts.design());
        }
        for (DocumentFacts.Found<String> c : facts.conditions()) {
            out.condition(c.value());
            readAt(out, facts, "condition", c);
        }
        // Candidates as written: the country enricher keeps those that name a country, as ISO codes.
        for (DocumentFacts.Found<String> c : facts.countries()) {
            out.country(c.value());
            readAt(out, facts, "country", c);
        }
        boolean summary = text.text().length() <= SUMMARY_MAX;
        int interventions = 0;
        for (DocumentFacts.Drug d : facts.investigational()) {
            // A summary's drugs are all its own (arms, comparators): with no drug named as tested, the drug
            // enricher reads every drug of the summary instead of only the most named.
            if (!summary || d.role() != DocumentFacts.Role.MOST_NAMED) {
                readAt(out, facts, "intervention[" + interventions + "]",
                        new DocumentFacts.Found<>(d.text(), d.section(), d.start(), d.end()));
                out.intervention(new Intervention("DRUG", d.text(), d.doseText(), List.of(), List.of()));
                interventions++;
            }
        }
        if (summary) {
            // A Markdown copy's front matter (title:, date:, tags:) is the copy's, not the summary's.
            out.briefSummary(FRONT_MATTER.matcher(text.text()).replaceFirst("").strip());
        }
    }

    /**
     * Records where a value was read: its section's heading and its span in the text. A value with no span (a phase
     * read from several places of the prose) gets none, rather than a made-up one.
     */
    private static void readAt(TrialRecord.Builder out, DocumentFacts facts, String field,
            DocumentFacts.Found<String> found) {
        if (found != null && found.end() > found.start()) {
            out.valueSource(new ValueSource(field, found.value(), facts.headingAt(found.start()), found.start(),
                    found.end()));
        }
    }
}
