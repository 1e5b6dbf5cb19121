package org.trialkg.enrich.drug;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an intervention's text into the things it names: {@code Camrelizumab+Radiotherapy},
 * {@code Toripalimab combined with capecitabine}, {@code sintilimab or camrelizumab} (alternatives),
 * {@code PD-1 inhibitor +/- chemotherapy} (optional), {@code A, B and C}, {@code paclitaxel/carboplatin}, each part
 * tagged by kind. Dose text stays with its drug: {@code paclitaxel 50 mg/m2, d1 + carboplatin AUC 2} is two parts.
 *
 * <pre>{@code
 * new InterventionSplitter(SkosDrugLexicon.shipped()).split("sintilimab or camrelizumab");
 * }</pre>
 */
public final class InterventionSplitter {
    /** What a part is. */
    public enum Kind { DRUG, CLASS, RADIOTHERAPY, PROCEDURE, OTHER }

    /**
     * One thing an intervention text names.
     *
     * @param text the part as written, trimmed
     * @param start offset in the text split
     * @param end end offset, exclusive
     * @param alternative true when it is one of several given instead of each other ("A or B")
     * @param optional true when it may be left out ("+/- B", "with or without B")
     * @param drugs drug and class names in the part, with offsets into the text split
     */
    public record Part(String text, int start, int end, Kind kind, boolean alternative, boolean optional,
            List<DrugHit> drugs) {
        public Part {
            Objects.requireNonNull(text, "part text");
            Objects.requireNonNull(kind, "part kind");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("part: expected 0 <= start <= end, was " + start + ".." + end);
            }
            drugs = List.copyOf(drugs);
        }
    }

    private enum Sep { AND, OR, OPTIONAL, COMMA, SLASH }

    private record Cut(int start, int end, Sep sep) {
    }

    // Longest connectors first; "+" right after a word and before a space is a marker ("MRD+ patients"), not a cut.
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?<opt>\\s*\\(\\s*\\+\\s*/\\s*-\\s*\\)\\s*|\\s*\\+\\s*/\\s*-\\s*|\\s*±\\s*|\\s+with\\s+or\\s+without\\s+"
            + "|\\s+plus\\s+or\\s+minus\\s+)"
            + "|(?<and>\\s+(?:combined|in\\s+combination)\\s+with\\s+|\\s+followed\\s+by\\s+|\\s+\\+\\s*|\\+(?!\\s)"
            + "|\\s+plus\\s+|\\s+and\\s+|\\s+with\\s+|\\s+(?:versus|vs\\.?)\\s+|\\s*[;；]\\s*)"
            + "|(?<or>\\s+or\\s+)"
            + "|(?<comma>\\s*[,，、]\\s*)"
            + "|(?<slash>\\s*/\\s*)",
            Pattern.CASE_INSENSITIVE);
    /** A comma before a dose or schedule keeps it with the drug before: "50 mg/m2, d1", "(10mg,40mg)". */
    private static final Pattern DOSE_START = Pattern.compile(
            "(?i)(?:\\d|d\\d|days?\\b|q\\d*[wdh]\\b|qd\\b|bid\\b|tid\\b|iv\\b|po\\b|ivgtt\\b|once\\b|twice\\b"
            + "|every\\b|weekly\\b|auc\\b|mg\\b|for\\b).*", Pattern.DOTALL);
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}{3,})$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\p{L}{3,}");
    private static final Pattern RADIOTHERAPY = Pattern.compile("(?i)\\b(?:radio\\w*|radiation|irradiation|imrt"
            + "|sbrt|sabr|srs|vmat|3d-?crt|crt|rt|brachytherapy|proton|chemoradi\\w*|\\d+(?:\\.\\d+)?\\s*gy)\\b");
    private static final Pattern PROCEDURE = Pattern.compile("(?i)\\b(?:surgery|surgical|resection|\\w+ectomy"
            + "|ablation|ablative|biopsy|transplant\\w*|\\w*scopy|tomography|ultrasound|imaging|puncture"
            + "|local\\s+therapy|operation)\\b");

    private final DrugLexicon lexicon;

    public InterventionSplitter(DrugLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The parts of an intervention text, in order; a text without connectors is one part. */
    public List<Part> split(String text) {
        Objects.requireNonNull(text, "text");
        List<DrugHit> hits = lexicon.scan(text);
        List<Cut> cuts = cuts(text, hits);
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        for (Cut c : cuts) {
            spans.add(new int[] {from, c.start()});
            from = c.end();
        }
        spans.add(new int[] {from, text.length()});
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int s = spans.get(i)[0];
            int e = spans.get(i)[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                continue;
            }
            Sep before = i > 0 ? cuts.get(i - 1).sep() : null;
            boolean optional = before == Sep.OPTIONAL;
            boolean alternative = before == Sep.OR || leadsToOr(cuts, i);
            List<DrugHit> inside = new ArrayList<>();
            for (DrugHit h : hits) {
                if (h.start() >= s && h.end() <= e) {
                    inside.add(h);
                }
            }
            String partText = text.substring(s, e);
            parts.add(new Part(partText, s, e, kind(partText, inside), alternative, optional, inside));
        }
        return parts;
    }

    /** Whether the part at index i is followed, through commas only, by "or": "A, B or C" makes A an alternative. */
    private static boolean leadsToOr(List<Cut> cuts, int i) {
        for (int k = i; k < cuts.size(); k++) {
            if (cuts.get(k).sep() == Sep.OR) {
                return true;
            }
            if (cuts.get(k).sep() != Sep.COMMA) {
                return false;
            }
        }
        return false;
    }

    private List<Cut> cuts(String text, List<DrugHit> hits) {
        int[] depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '（') {
                d++;
            } else if ((c == ')' || c == ']' || c == '）') && d > 0) {
                d--;
            }
            depth[i + 1] = d;
        }
        List<Cut> cuts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            Sep sep = m.group("opt") != null ? Sep.OPTIONAL : m.group("and") != null ? Sep.AND
                    : m.group("or") != null ? Sep.OR : m.group("comma") != null ? Sep.COMMA : Sep.SLASH;
            if (s == 0 || e == text.length() || depth[s] > 0 || insideName(s, e, hits)) {
                continue; // "(+/-)" opening a text, a connector inside parentheses or inside a name such as "A and B"
            }
            if (sep == Sep.COMMA && DOSE_START.matcher(text.substring(e)).matches()) {
                continue;
            }
            if (sep == Sep.SLASH && !slashJoinsNames(text, s, e, hits)) {
                continue; // mg/m2, mg/kg, d1/d8
            }
            cuts.add(new Cut(s, e, sep));
        }
        return cuts;
    }

    private static boolean insideName(int s, int e, List<DrugHit> hits) {
        for (DrugHit h : hits) {
            if (s < h.end() && e > h.start() && s >= h.start() && e <= h.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean slashJoinsNames(String text, int s, int e, List<DrugHit> hits) {
        for (DrugHit h : hits) {
            if (h.end() == s || h.start() == e) {
                return true;
            }
        }
        return WORD_BEFORE.matcher(text.substring(0, s)).find() && WORD_AFTER.matcher(text.substring(e)).find();
    }

    private static Kind kind(String text, List<DrugHit> hits) {
        if (hits.stream().anyMatch(h -> !h.classLevel())) {
            return Kind.DRUG;
        }
        if (RADIOTHERAPY.matcher(text).find()) {
            return Kind.RADIOTHERAPY;
        }
        if (PROCEDURE.matcher(text).find()) {
            return Kind.PROCEDURE;
        }
        return hits.isEmpty() ? Kind.OTHER : Kind.CLASS;
    }
}
