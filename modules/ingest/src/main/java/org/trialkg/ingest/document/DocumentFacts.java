package org.trialkg.ingest.document;

import java.util.List;
import java.util.Objects;
import org.trialkg.model.Design;
import org.trialkg.model.RegistryId;

/**
 * What the layout-independent extractor read from one document, each value with where it was read: the section
 * field its text sits in (null outside the named sections) and its character span in the document's text.
 */
record DocumentFacts(RegistryId ownId, List<RegistryId> related, Found<String> title, Found<List<String>> phases,
        Found<String> sponsor, List<Found<String>> collaborators, Design design, Integer enrollment, List<Found<String>> conditions,
        List<Found<String>> countries, List<Drug> drugs, DocumentSections sections) {

    DocumentFacts {
        Objects.requireNonNull(sections, "document sections");
        related = List.copyOf(related);
        conditions = List.copyOf(conditions);
        collaborators = List.copyOf(collaborators);
        countries = List.copyOf(countries);
        drugs = List.copyOf(drugs);
        design = design == null ? Design.EMPTY : design;
    }

    /** A value and where it was read. */
    record Found<T>(T value, HeadingField section, int start, int end) {
        Found {
            Objects.requireNonNull(value, "found value");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("found span: expected 0 <= start <= end, was " + start + ".." + end);
            }
        }
    }

    /** How a drug figures in the document. */
    enum Role {
        /** Named by the title or an investigational-product label or section: what the trial tests. */
        INVESTIGATIONAL,
        /** Named clearly more often than any other drug, in a document that says no drug's role. */
        MOST_NAMED,
        /** Named after "versus" or "compared with" in the title, or as a comparator. */
        COMPARATOR,
        /** Named elsewhere in the text only. */
        MENTIONED
    }

    /**
     * One drug of the document: its name as first written where it was picked, its concept and preferred name, its
     * role, how often the text names it, and the sentence that gives its dose (null when none does).
     */
    record Drug(String text, String concept, String label, Role role, int count, HeadingField section, int start,
            int end, String doseText) {
        Drug {
            Objects.requireNonNull(text, "drug text");
            Objects.requireNonNull(concept, "drug concept");
            Objects.requireNonNull(role, "drug role");
        }
    }

    /** The heading, as the document writes it, of the section or label a value at this offset was read under. */
    String headingAt(int offset) {
        return sections.headingAt(offset);
    }

    /** The drugs the trial tests: those the title or a product label names, else the most named one. */
    List<Drug> investigational() {
        return drugs.stream().filter(d -> d.role() == Role.INVESTIGATIONAL || d.role() == Role.MOST_NAMED).toList();
    }
}
