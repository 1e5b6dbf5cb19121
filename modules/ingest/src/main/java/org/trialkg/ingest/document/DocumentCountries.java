package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries a document states for its trial, as written: the values of a countries label ("Member State
 * Concerned: Spain - AEMPS", "Countries: Germany, France and Spain"), the lines of a countries or site-list section
 * (an EU register's "Specify the countries outside of the EEA in which trial sites are planned", "Participating
 * countries", "Locations" with "United States, Alaska, Anchorage, 99508"), an EU results PDF's enrolment per country
 * ("Country: Number of subjects enrolled Canada: 124") and an EU register search result's protocol countries
 * ("Trial protocol: DE (Completed)"). These are candidates: the country enricher writes the ones that name a country
 * as ISO codes and drops the rest for a document, since this reader does not know the country names.
 */
final class DocumentCountries {
    /** "Country" alone is a contact's or sponsor's address field in the EU register (B.1.3.4), not the trial's. */
    private static final String ADDRESS_LABEL = "country";
    private static final Pattern ENROLLED = Pattern.compile("(?i)^number of subjects enrolled\\s+(.+?)\\s*:\\s*\\d+$");
    private static final Pattern PROTOCOL_COUNTRIES = Pattern.compile("Trial protocol:\\s*((?:[A-Z]{2}\\s*\\([^)]{1,40}\\)\\s*)+)");
    private static final java.util.Set<String> SHORT_NAMES = java.util.Set.of("US", "USA", "UK");
    /** An EU register field whose value is the list of countries or regions outside the EEA (E.8.6.3). */
    private static final Pattern SITES_PLANNED = Pattern.compile("(?i)\\bin which trial sites are planned\\b");
    /** A list of countries in brackets after the word, as a stratification factor is written: "Country (Brazil, ...)". */
    private static final Pattern BRACKETED = Pattern.compile("\\bCountr(?:y|ies)\\s*\\(([^)]{3,600})\\)");
    /** One place of a list in prose: capitalised words, "the UK", "Republic of Korea". */
    private static final String PLACE = "(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:of[ \\t]+)?\\p{Lu}[\\p{L}'’-]*){0,3}";
    /**
     * Where a trial runs, said in prose: "at 90 hospitals ... in Denmark, Germany, ..., the UK, and the USA",
     * "Multicenter, international, across Mainland China, Taiwan, Republic of Korea and Australia".
     */
    private static final Pattern WHERE_RUN = Pattern.compile("(?i:sites|centres|centers|hospitals|countries|"
            + "international|multinational|conducted|recruited)[^.;:]{0,60}?\\b(?:in|across)\\s+(" + PLACE
            + "(?:\\s*,\\s*(?:and\\s+)?" + PLACE + "|\\s+and\\s+" + PLACE + ")+)");
    // Prose saying where the trial runs is read on the cover, synopsis or abstract only: later sections tell of
    // other studies and the disease elsewhere.
    private static final int PROSE_FRONT = 30_000;
    private static final Pattern EUDRACT_BLOCK = Pattern.compile("(?m)^EudraCT Number:\\s*(\\d{4}-\\d{6}-\\d{2})");
    private static final Pattern CODE = Pattern.compile("\\b([A-Z]{2})\\s*\\(");
    /** Where one item of a written list ends: commas, semicolons, slashes, "and", "und", "et", "y", "e", "和", "、". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;/、，；]|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|和)\\s*");
    /** An authority after the member state: "Portugal - INFARMED". */
    private static final Pattern AUTHORITY = Pattern.compile("\\s+[-–]\\s+.*$");
    // A line of a countries or sites section longer than this is running text, which ends the list.
    private static final int MAX_LINE = 80;
    // A section's list is read over at most this many lines (a site list of a large trial is longer, and its
    // countries repeat).
    private static final int MAX_LINES = 400;
    // Only the first part of a text holds a search result's protocol countries.
    private static final int FRONT = 200_000;

    private DocumentCountries() {
    }

    static List<DocumentFacts.Found<String>> find(String text, DocumentSections sections,
            org.trialkg.model.RegistryId own) {
        List<DocumentFacts.Found<String>> out = new ArrayList<>();
        for (DocumentSections.Value v : sections.values(HeadingField.COUNTRIES)) {
            String value = v.value().strip();
            Matcher enrolled = ENROLLED.matcher(value);
            if (enrolled.matches()) {
                int at = v.start() + value.indexOf(enrolled.group(1));
                add(out, enrolled.group(1), at);
            } else if (!HeadingField.fold(v.label()).equals(ADDRESS_LABEL) && v.end() > v.start()) {
                String raw = text.substring(v.start(), v.end());
                items(out, raw, v.start(), raw.chars().anyMatch(Character::isDigit));
            }
        }
        for (DocumentSections.Section s : sections.sections(HeadingField.COUNTRIES)) {
            int n = 0;
            for (DocumentSections.Line line : sections.lines()) {
                if (line.start() < s.start() || line.start() >= s.end()) {
                    continue;
                }
                String t = line.text();
                if (t.length() > MAX_LINE || DocumentSections.ANY_LABEL.matcher(t).find() || ++n > MAX_LINES) {
                    break;
                }
                // A site's address line ("United States, Georgia, Atlanta, 30303", "Kiel, Germany 24105") names
                // its country first or last; its other parts are places, some of which share a country's name.
                boolean address = t.chars().anyMatch(Character::isDigit);
                items(out, t, line.start(), address);
            }
        }
        List<DocumentSections.Line> lines = sections.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (SITES_PLANNED.matcher(lines.get(i).text()).find()) {
                for (int j = i + 1; j < lines.size() && j <= i + MAX_LINES; j++) {
                    String t = lines.get(j).text();
                    if (t.length() > MAX_LINE || DocumentSections.ANY_LABEL.matcher(t).find()) {
                        break;
                    }
                    items(out, t, lines.get(j).start(), false);
                }
            }
        }
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            items(out, bracketed.group(1), bracketed.start(1), false);
        }
        Matcher prose = WHERE_RUN.matcher(text.length() > PROSE_FRONT ? text.substring(0, PROSE_FRONT) : text);
        while (prose.find()) {
            items(out, prose.group(1), prose.start(1), false);
        }
        Matcher m = PROTOCOL_COUNTRIES.matcher(text.length() > FRONT ? text.substring(0, FRONT) : text);
        while (m.find()) {
            Matcher code = CODE.matcher(m.group(1));
            while (code.find()) {
                code(out, code.group(1), m.start(1) + code.start(1));
            }
        }
        // A heading's value and its section's first line are one place in the text: each span counts once.
        java.util.Map<Integer, DocumentFacts.Found<String>> once = new java.util.TreeMap<>();
        out.forEach(f -> once.putIfAbsent(f.start(), f));
        List<DocumentFacts.Found<String>> found = new ArrayList<>(once.values());
        return own == null ? found : ownBlocks(text, own, found);
    }

    /**
     * Of an EU register download holding several trials ("EudraCT Number: ..." opening each record), the
     * candidates in the records of the document's own trial; the others' countries are theirs.
     */
    private static List<DocumentFacts.Found<String>> ownBlocks(String text, org.trialkg.model.RegistryId own,
            List<DocumentFacts.Found<String>> found) {
        Matcher m = EUDRACT_BLOCK.matcher(text);
        List<int[]> blocks = new ArrayList<>();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        int openAt = -1;
        boolean openOwn = false;
        while (m.find()) {
            numbers.add(m.group(1));
            if (openAt >= 0 && openOwn) {
                blocks.add(new int[] {openAt, m.start()});
            }
            openAt = m.start();
            openOwn = own.value().equals(m.group(1));
        }
        if (openAt >= 0 && openOwn) {
            blocks.add(new int[] {openAt, text.length()});
        }
        if (numbers.size() < 2 || blocks.isEmpty()) {
            return found;
        }
        return found.stream().filter(f -> blocks.stream().anyMatch(b -> f.start() >= b[0] && f.start() < b[1]))
                .toList();
    }

    /** The items of a written list, each with its span; of an address, its first and last parts only. */
    private static void items(List<DocumentFacts.Found<String>> out, String raw, int offset, boolean address) {
        List<int[]> parts = new ArrayList<>();
        for (String line : raw.split("\\R")) {
            int lineAt = raw.indexOf(line);
            String own = AUTHORITY.matcher(line).replaceFirst("");
            Matcher sep = SEPARATOR.matcher(own);
            int from = 0;
            while (true) {
                boolean found = sep.find();
                int to = found ? sep.start() : own.length();
                parts.add(new int[] {lineAt + from, lineAt + to});
                if (!found) {
                    break;
                }
                from = sep.end();
            }
        }
        List<int[]> kept = new ArrayList<>();
        for (int[] p : parts) {
            String item = raw.substring(p[0], p[1]).strip();
            if (!item.isEmpty() && !item.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c))) {
                kept.add(p);
            }
        }
        if (address && kept.size() > 2) {
            kept = List.of(kept.get(0), kept.get(kept.size() - 1));
        }
        for (int[] p : kept) {
            String item = raw.substring(p[0], p[1]);
            add(out, item, offset + p[0] + (item.length() - item.stripLeading().length()));
        }
    }

    private static void code(List<DocumentFacts.Found<String>> out, String code, int at) {
        out.add(new DocumentFacts.Found<>(code, HeadingField.COUNTRIES, at, at + code.length()));
    }

    private static void add(List<DocumentFacts.Found<String>> out, String item, int at) {
        String t = item.strip().replaceAll("\\s*\\d+$", "").replaceAll("\\s+", " ");
        int start = at;
        if (t.startsWith("the ")) {
            t = t.substring(4);
            start += 4;
        }
        // A name of two or three letters in a list is a country only as "US", "USA" or "UK", the short forms
        // documents write: "in", "no", "IND" (an IND number) and "and" would read as India, Norway and Andorra.
        // A register's country codes come through code(), not here.
        boolean shortWord = t.length() <= 3 && !SHORT_NAMES.contains(t);
        if (t.length() >= 2 && t.length() <= 60 && !shortWord && t.chars().anyMatch(Character::isLetter)
                && t.chars().noneMatch(Character::isDigit)) {
            out.add(new DocumentFacts.Found<>(t, HeadingField.COUNTRIES, start, start + t.length()));
        }
    }
}
