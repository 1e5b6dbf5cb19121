package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document cut into sections at its own headings, whatever its layout: a line that is only a heading word of a
 * {@link HeadingField} ("5.1 Investigational Product", "纳入标准") opens a section of that field, which runs to the
 * next heading-like line (numbered, all capitals, or another field's heading). Lines that give a label and a value
 * ("Sponsor Name: Alexion Pharmaceuticals, Inc.") are kept as labelled values, with the value's continuation lines
 * when the label stands alone. Every section and value keeps its character span in the text.
 */
final class DocumentSections {
    /** One line of the text and where it starts. */
    record Line(String text, int start, boolean afterBlank) {
        int end() {
            return start + text.length();
        }
    }

    /** A section: the field its heading names, the heading as written, and the character range of its body. */
    record Section(HeadingField field, String heading, int start, int end) {
    }

    /** A labelled value and where it is. */
    record Value(HeadingField field, String label, String value, int start, int end) {
    }

    /** A line that is a label of its own ("EudraCT NUMBER: ...", "A.3.1 Title of the trial for lay people"). */
    static final Pattern ANY_LABEL = Pattern.compile(
            "^(?:\\p{Lu}[^:：]{1,40}[:：]|(?:[A-Z]\\.)?\\d+(?:\\.\\d+)+\\.?\\s)");
    /** A numbered heading: "5.1 Study Drug", "3. STUDY DESIGN"; a table-of-contents line has dot leaders. */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){0,4}\\.?\\s+\\p{Lu}.{2,80}$");
    private static final Pattern DOT_LEADERS = Pattern.compile("\\.{4,}|…{2,}|\\s\\d{1,3}$");
    // A heading is short; a longer line is running text even when it starts with a heading word.
    private static final int MAX_HEADING = 90;
    // A value whose label stands alone continues over at most this many lines (a title broken by the PDF's layout).
    private static final int MAX_CONTINUATION = 5;

    private final List<Line> lines;
    private final List<Section> sections;
    private final List<Value> values;
    /** Every heading line, named field or not, in document order: where a value was read is told by these. */
    private final List<Line> headingLines;

    private DocumentSections(List<Line> lines, List<Section> sections, List<Value> values, List<Line> headingLines) {
        this.lines = lines;
        this.sections = sections;
        this.values = values;
        this.headingLines = headingLines;
    }

    static DocumentSections parse(String text) {
        return parse(text, java.util.Set.of());
    }

    /**
     * Cuts a text at its heading-like lines and at the lines its document marks as headings ({@code headings},
     * folded as {@link HeadingField#fold} folds them: HTML and DOCX headings, a PDF's outline).
     */
    static DocumentSections parse(String text, java.util.Set<String> headings) {
        List<Line> lines = lines(text);
        List<Section> sections = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        List<Line> headingLines = new ArrayList<>();
        HeadingField open = null;
        String openHeading = null;
        int openStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            boolean toc = DOT_LEADERS.matcher(t).find() && t.contains("..");
            // "study drug." alone on a line, lower case and closed by a full stop, ends a sentence a PDF wrapped.
            boolean wrapped = Character.isLowerCase(t.charAt(0)) && (t.endsWith(".") || t.endsWith(","));
            Optional<HeadingField> field = t.length() <= MAX_HEADING && !toc && !wrapped ? HeadingField.ofHeading(t)
                    : Optional.empty();
            boolean marked = !toc && !wrapped && t.length() <= MAX_HEADING && !headings.isEmpty()
                    && headings.contains(HeadingField.fold(t));
            if (field.isPresent() || (!toc && isHeadingLike(t)) || marked) {
                if (open != null) {
                    sections.add(new Section(open, openHeading, openStart, line.start()));
                }
                open = field.orElse(null);
                openHeading = t;
                headingLines.add(line);
                openStart = line.end();
            }
            if (field.isPresent()) {
                // "SPONSOR:" or "Sponsor" alone on its line: a label whose value is on the next lines, and a section.
                values.add(value(new HeadingField.Labelled(field.get(), t, ""), lines, i, line));
            } else if (field.isEmpty() && !toc) {
                Optional<HeadingField.Labelled> label = HeadingField.ofLabel(t);
                if (label.isPresent()) {
                    values.add(value(label.get(), lines, i, line));
                }
            }
        }
        if (open != null) {
            sections.add(new Section(open, openHeading, openStart, text.length()));
        }
        return new DocumentSections(lines, List.copyOf(sections), List.copyOf(values), List.copyOf(headingLines));
    }

    private static Value value(HeadingField.Labelled l, List<Line> lines, int i, Line line) {
        if (!l.value().isEmpty()) {
            int start = line.start() + line.text().lastIndexOf(l.value());
            return new Value(l.field(), l.label(), l.value(), start, start + l.value().length());
        }
        // The label stands alone: the value is on the lines after it, up to the next label or heading. A label
        // without a colon is a web page's field name, whose value is one line; a PDF breaks a value over several.
        boolean colon = line.text().endsWith(":") || line.text().endsWith("：");
        int max = colon ? MAX_CONTINUATION : 1;
        StringBuilder v = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int j = i + 1; j < lines.size() && j <= i + max; j++) {
            String t = lines.get(j).text();
            if (t.endsWith(":") || HeadingField.ofLabel(t).isPresent() || HeadingField.ofHeading(t).isPresent()
                    || v.length() > 0 && (lines.get(j).afterBlank() || ANY_LABEL.matcher(t).find()
                    || isHeadingLike(t) && !isHeadingLike(v.toString()))) {
                break;
            }
            if (start < 0) {
                start = lines.get(j).start();
            }
            end = lines.get(j).end();
            v.append(v.length() == 0 ? "" : " ").append(t);
            if (t.endsWith(".") || t.endsWith(")") && v.length() > 60) {
                break;
            }
        }
        return start < 0 ? new Value(l.field(), l.label(), "", line.end(), line.end())
                : new Value(l.field(), l.label(), v.toString(), start, end);
    }

    private static boolean isHeadingLike(String t) {
        if (t.length() > MAX_HEADING || t.endsWith(".") || t.endsWith(",")) {
            return false;
        }
        if (NUMBERED.matcher(t).matches()) {
            return true;
        }
        long letters = t.chars().filter(Character::isLetter).count();
        return letters >= 4 && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && t.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int at = 0;
        int n = text.length();
        boolean blank = false;
        while (at <= n) {
            int nl = text.indexOf('\n', at);
            int stop = nl < 0 ? n : nl;
            String raw = text.substring(at, stop);
            String s = PageText.strip(raw);
            if (!s.isEmpty()) {
                out.add(new Line(s, at + raw.indexOf(s.charAt(0)), blank));
                blank = false;
            } else {
                blank = true;
            }
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        return out;
    }

    /** The non-blank lines with their offsets. */
    List<Line> lines() {
        return lines;
    }

    /** The sections whose heading names a field, in document order. */
    List<Section> sections() {
        return sections;
    }

    /** Sections of one field, in document order. */
    List<Section> sections(HeadingField field) {
        return sections.stream().filter(s -> s.field() == field).toList();
    }

    /** Labelled values, in document order. */
    List<Value> values(HeadingField field) {
        return values.stream().filter(v -> v.field() == field).toList();
    }

    /** The field of the section holding a character offset, or null when none of the fields' sections does. */
    HeadingField fieldAt(int offset) {
        for (Section s : sections) {
            if (offset >= s.start() && offset < s.end()) {
                return s.field();
            }
        }
        return null;
    }

    /**
     * The heading a value at a character offset was read under, as the document writes it: the label of a labelled
     * value holding the offset ("Sponsor Name"), else the last heading line before it ("5.1 Investigational
     * Product"); null before the first heading.
     */
    String headingAt(int offset) {
        for (Value v : values) {
            if (offset >= v.start() && offset < Math.max(v.end(), v.start() + 1) && !v.label().isBlank()) {
                return v.label();
            }
        }
        String last = null;
        for (Line h : headingLines) {
            if (h.start() > offset) {
                break;
            }
            last = h.text();
        }
        return last;
    }
}
