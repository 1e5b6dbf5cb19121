package org.trialkg.ingest.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.RegistryId;

/**
 * A document's title: the value of a title label ("Official Title", "Protocol Title:", "A.3 Full title of the
 * trial"), else a Markdown front-matter or heading title, else the first line that opens like a trial's title ("A
 * Randomized, Double-blind ... Study of"), joined with the lines a PDF broke it over. Page furniture (cookie
 * banners, "Approved, Date: ...", "Search text", page numbers, confidentiality notes) is never a title.
 */
final class DocumentTitle {
    private static final Pattern FURNITURE = Pattern.compile("(?i)cookie|javascript|skip to|search text|submit search"
            + "|approved,? date|^page \\d|\\bpage \\d+ of \\d+|confidential|^version\\b|^date\\b|^\\d+$|copyright|©"
            + "|all rights reserved|table of contents|^home\\b|menu|log ?in\\b|sign ?in\\b|^protocol$"
            + "|^clinical (?:trial|study) protocol|^statistical analysis plan|\\birb\\b|^print|^share|^---|^help$"
            + "|^status\\b|^amendment|^document|^prepared by|^supersedes|^protocol (?:no|number|amendment)"
            + "|register$|^clinical development|^global clinical development|^official protocol title|^nct number"
            + "|^see detailed description|\\?\\s*(?:yes|no)$");
    /** How a trial's title opens. */
    private static final Pattern OPENING = Pattern.compile("(?i)^(?:(?:a|an|the)\\s+)?(?:\\d+[- ](?:month|week|year|"
            + "day)s?,?\\s+)?(?:phase|randomi[sz]ed|"
            + "multi-?cent|multi-?national|open[- ]label|double[- ]blind|single[- ]blind|prospective|pilot|placebo|"
            + "adaptive|dose|first[- ]in|long[- ]term|non-?randomi|international|global|two-part|pivotal|"
            + "comparative|parallel|retrospective|observational|single[- ]arm|single[- ]cent)");
    private static final Pattern TRIAL_WORD = Pattern.compile("(?i)\\b(?:study|trial|protocol|investigation)\\b");
    private static final Pattern YAML_TITLE = Pattern.compile("(?m)^title:\\s*\"?(.+?)\"?\\s*$");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#\\s+(.{10,300})$");
    private static final Pattern STOP = Pattern.compile("(?i)^(?:protocol|version|amendment|document|date|status|"
            + "sponsor|product|compound|eudract|ind\\b|short title|lay title|page|\\d)");
    // A title is never longer than this (the longest in the labelled documents is about 330 characters).
    private static final int MAX_TITLE = 400;
    private static final int MIN_TITLE = 12;
    // A line taken for a title only for being first has a title's words, not a code ("CC #16-H-XXXX").
    private static final int MIN_WORDS = 5;
    // The cover page: a title line is looked for in the first lines only, not in a protocol's body.
    private static final int COVER_LINES = 150;
    // A title without a trial-like opening is looked for among the very first lines only.
    private static final int TOP_LINES = 40;
    private static final int MAX_LINES = 8;
    // A line this long was broken by the page width, so the title goes on over the next line.
    private static final int WRAPPED = 45;

    private DocumentTitle() {
    }

    static DocumentFacts.Found<String> find(String text, DocumentSections sections) {
        for (DocumentSections.Value v : sections.values(HeadingField.TITLE)) {
            String t = clean(v.value());
            if (t.length() >= MIN_TITLE && !FURNITURE.matcher(t).find() && !isOnlyIds(t)) {
                return new DocumentFacts.Found<>(cap(t), HeadingField.TITLE, v.start(), v.end());
            }
        }
        Matcher yaml = YAML_TITLE.matcher(text.length() > 2000 ? text.substring(0, 2000) : text);
        if (text.startsWith("---") && yaml.find() && yaml.group(1).strip().length() >= 3) {
            return new DocumentFacts.Found<>(cap(yaml.group(1).strip()), null, yaml.start(1), yaml.end(1));
        }
        Matcher md = MD_HEADING.matcher(text.length() > 4000 ? text.substring(0, 4000) : text);
        if (md.find()) {
            return new DocumentFacts.Found<>(cap(md.group(1).strip()), null, md.start(1), md.end(1));
        }
        List<DocumentSections.Line> lines = sections.lines();
        int cover = Math.min(lines.size(), COVER_LINES);
        for (int i = 0; i < cover; i++) {
            String t = lines.get(i).text();
            if (OPENING.matcher(t).find() && TRIAL_WORD.matcher(joined(lines, i)).find() && usable(t)) {
                return joinedFound(lines, i);
            }
        }
        int top = Math.min(lines.size(), TOP_LINES);
        for (int i = 0; i < top; i++) {
            String t = lines.get(i).text();
            if (TRIAL_WORD.matcher(t).find() && t.length() >= 25 && usable(t) && !t.endsWith(".")) {
                return joinedFound(lines, i);
            }
        }
        for (int i = 0; i < top; i++) {
            String t = lines.get(i).text();
            // A sentence (a summary's first paragraph) is not a title.
            if (t.length() >= MIN_TITLE && usable(t) && words(t) >= MIN_WORDS && !t.endsWith(".")
                    && !DocumentSections.ANY_LABEL.matcher(t).find()) {
                return joinedFound(lines, i);
            }
        }
        return null;
    }

    private static int words(String t) {
        int n = 0;
        for (String w : t.split("\\s+")) {
            if (w.chars().filter(Character::isLetter).count() >= 2) {
                n++;
            }
        }
        return n;
    }

    private static boolean usable(String t) {
        return !t.endsWith(":") && !FURNITURE.matcher(t).find() && !isOnlyIds(t) && HeadingField.ofLabel(t).isEmpty()
                && HeadingField.ofHeading(t).isEmpty() && t.length() <= MAX_TITLE;
    }

    private static boolean isOnlyIds(String t) {
        String rest = t;
        for (RegistryId id : RegistryId.findAll(t)) {
            rest = rest.replace(id.value(), "");
        }
        return rest.replaceAll("[\\W_]+", "").length() < 4;
    }

    private static DocumentFacts.Found<String> joinedFound(List<DocumentSections.Line> lines, int i) {
        String t = joined(lines, i);
        DocumentSections.Line first = lines.get(i);
        return new DocumentFacts.Found<>(cap(clean(t)), null, first.start(), first.start() + t.length());
    }

    /** The line and the lines a PDF broke the same title over. */
    private static String joined(List<DocumentSections.Line> lines, int i) {
        StringBuilder sb = new StringBuilder(lines.get(i).text());
        String last = lines.get(i).text();
        for (int j = i + 1; j < lines.size() && j < i + MAX_LINES; j++) {
            String next = lines.get(j).text();
            boolean open = last.matches("(?i).*\\b(?:of|in|with|for|and|or|the|to|versus|vs\\.?|on|a|an|by)$");
            // Across a blank line only a title left open ("... in Subjects With") goes on.
            boolean lower = Character.isLowerCase(next.charAt(0));
            // Across a blank line only a title left open ("... in Subjects With"), going on in lower case, or in
            // capitals like its start, goes on.
            boolean continues = lines.get(j).afterBlank() ? open || lower || upper(last) && upper(next)
                    : lower || last.length() >= WRAPPED || open;
            if (!continues || last.endsWith(".") || STOP.matcher(next).find()
                    || !usable(next) || DocumentSections.ANY_LABEL.matcher(next).find()
                    || RegistryId.findAll(next).size() > 0 && isOnlyIds(next)
                    || next.contains("  ") || sb.length() + next.length() > MAX_TITLE) {
                break;
            }
            sb.append(' ').append(next);
            last = next;
        }
        return sb.toString();
    }

    private static boolean upper(String t) {
        return t.chars().filter(Character::isLetter).count() >= 3
                && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String clean(String t) {
        return t.replaceAll("\\s+", " ").replaceAll("^[\\s:|#*-]+|[\\s:|(*-]+$", "").strip();
    }

    private static String cap(String t) {
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE);
    }
}
