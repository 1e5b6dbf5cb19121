package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A page cut into sections at lines that are exactly one of a layout's headings; the lines before the first
 * heading are the preamble. Boilerplate lines the layout names are left out.
 */
final class HeadedSections {
    /** One section: its heading and its lines, stripped, blank ones kept for paragraph breaks. */
    record Section(String heading, List<String> raw) {
        Section {
            raw = List.copyOf(raw);
        }

        /** The lines that are not blank. */
        List<String> lines() {
            return raw.stream().filter(l -> !l.isEmpty()).toList();
        }

        /** The text, paragraphs kept; null when the section is empty. */
        String text() {
            return PageText.join(raw);
        }

        /** The first line, or null when the section is empty. */
        String first() {
            List<String> l = lines();
            return l.isEmpty() ? null : l.get(0);
        }
    }

    private final List<String> preamble;
    private final Map<String, Section> sections;

    private HeadedSections(List<String> preamble, Map<String, Section> sections) {
        this.preamble = preamble;
        this.sections = sections;
    }

    static HeadedSections parse(List<String> rawLines, Set<String> headings, Set<String> boilerplate) {
        List<String> preamble = new ArrayList<>();
        Map<String, Section> sections = new LinkedHashMap<>();
        String heading = null;
        List<String> current = preamble;
        for (String line : rawLines) {
            if (headings.contains(line)) {
                close(sections, heading, current);
                heading = line;
                current = new ArrayList<>();
            } else if (!boilerplate.contains(line)) {
                current.add(line);
            }
        }
        close(sections, heading, current);
        return new HeadedSections(preamble.stream().filter(l -> !l.isEmpty()).toList(), sections);
    }

    private static void close(Map<String, Section> sections, String heading, List<String> lines) {
        // A heading seen twice keeps the lines of both places, in order.
        if (heading != null) {
            Section before = sections.get(heading);
            List<String> all = new ArrayList<>(before == null ? List.of() : before.raw());
            all.addAll(lines);
            sections.put(heading, new Section(heading, all));
        }
    }

    /** The non-blank lines before the first heading. */
    List<String> preamble() {
        return preamble;
    }

    Optional<Section> get(String heading) {
        return Optional.ofNullable(sections.get(heading));
    }

    /** The section's lines, or none. */
    List<String> lines(String heading) {
        return get(heading).map(Section::lines).orElse(List.of());
    }

    /** The section's first line, or null. */
    String first(String heading) {
        return get(heading).map(Section::first).orElse(null);
    }

    /** The section's text with paragraphs kept, or null. */
    String text(String heading) {
        return get(heading).map(Section::text).orElse(null);
    }

    /** How many of the given headings the page has. */
    long count(Set<String> of) {
        return of.stream().filter(sections::containsKey).count();
    }
}
