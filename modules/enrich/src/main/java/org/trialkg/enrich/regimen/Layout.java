package org.trialkg.enrich.regimen;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a regimen text that decides which values may travel to which drug: sentences, clauses (split
 * at "followed by", "then"), parenthesis depth and semicolons.
 */
final class Layout {
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\b(?:followed\\s+(?:initially\\s+|immediately\\s+|directly\\s+)?by|then|thereafter|subsequently|after\\s+that"
            + "|afterwards)\\b"
            // "seguido de", "y luego", "puis", "suivi de", "gefolgt von", "danach", "em seguida", "然后", "随后"
            + "|(?=[slypeagd])(?<![\\p{L}])(?:seguid[oa]s?\\s+(?:de|por)|y\\s+luego|luego|y\\s+despu[eé]s|puis|ensuite|suivie?s?\\s+(?:de|par)"
            + "|gefolgt\\s+von|danach|anschlie(?:ß|ss)end|em\\s+seguida|e\\s+depois)(?![\\p{L}])|然后|随后",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Tablets; 200mg; oral; twice a day;": an ICTRP list item that is only a route or a daily frequency goes on
     * with the item before it, so the semicolon before it does not end that item's values.
     */
    private static final Pattern VALUE_ITEM = Pattern.compile(";\\s*(?:orally|oral|p\\.o\\.?|po|intravenous(?:ly)?"
            + "|i\\.v\\.?|iv|subcutaneous(?:ly)?|s\\.c\\.?|sc|intramuscular(?:ly)?|i\\.m\\.?|im|(?:once|twice)\\s+daily|daily"
            + "|bid|tid|qid|qd|(?:once|twice|three\\s+times|four\\s+times|[1-4]\\s*times?)\\s+(?:a|per)\\s+day)\\s*(?=;|$)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "the third day was ", "from the second day ": the days a second dose is given, written before it ("1g x 2 days,
     * and the third day was 0.5g x 12 days"); "day 2-10: 600 mg" is a day label, read as such.
     */
    private static final String DAYS_BEFORE_A_DOSE = "(?:(?:on|from|for)\\s+)?(?:the\\s+)?(?:(?:" + Numbers.ORDINAL
            + "|next|following|remaining|last)\\s+(?:\\d+\\s+)?(?:days?|weeks?)"
            + "(?:\\s+(?:was|is|were|are|onwards?))?)\\s*[:,]?\\s*";
    /** A dose's number and unit, as {@link #SECOND_DOSE} and {@link #SCHEDULED_DOSE} read it. */
    private static final String DOSE = "(?:" + Numbers.DOSE_NUMBER + ")\\s*"
            + "(?:mg|g|mcg|µg|μg|ug|iu|units?)(?:(?![\\w²])|(?=[x×]\\d))";
    /**
     * "favipiravir 1600 mg bid on day 1, 600 mg bid on days 2-10", "nivolumab 240 mg every 2 weeks or 480 mg every
     * 4 weeks": a second dose of the drug, written after a comma, "and" or "or" once the first has a schedule of its
     * own ({@link #SCHEDULED_DOSE} in the list item, {@link #BEFORE_SECOND_DOSE} right before), starts a clause as
     * "then" does, so that each dose keeps its own days and frequency; "4 mg, 6 mg, or 8 mg" stays one list, and
     * "... once daily and 600 mg of oral celecoxib" names the drug of its dose after it.
     */
    private static final Pattern SECOND_DOSE = Pattern.compile(
            "(?:,\\s*(?:and\\s+|or\\s+)?|\\s(?:and|or)\\s+)(?=(?:" + DAYS_BEFORE_A_DOSE + ")?" + DOSE + "(?!\\s+of\\b))",
            Pattern.CASE_INSENSITIVE);
    /** A dose then a schedule word: days, a frequency or an interval ("1600 mg bid on day 1", "240 mg q2w"). */
    private static final Pattern SCHEDULED_DOSE = Pattern.compile(DOSE + ".*?(?<![\\w.])(?:bid|tid|qid|qd|qod"
            // "400 mg BD on the first day and 200 mg ...": British abbreviations and a day written in words
            + "|bd|od|tds|qds|(?:" + Numbers.ORDINAL + ")\\s+days?"
            + "|q\\.?\\s?\\d+\\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?)|qw|daily|once|twice|thrice|times|every|weekly"
            + "|days?\\s*\\d|d\\d|for\\s+\\d+\\s+(?:days?|weeks?))(?![\\w])"
            // "1gx2 days": a dose times its days
            + "|" + DOSE + "\\s*[x×*]\\s*\\d+\\s*(?:days?|weeks?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /**
     * What the first dose's values end with right before a {@link #SECOND_DOSE}: a day, a frequency, an interval, a
     * route or "dose" ("on day 1, 600 mg", "every 2 weeks or 480 mg", "200 mg loading dose, 100 mg"); not a drug's
     * name ("q 21 days Docetaxel, 60mg/m2").
     */
    private static final Pattern BEFORE_SECOND_DOSE = Pattern.compile("(?:(?<![\\w.])(?:days?|d|weeks?|wks?|cycles?)"
            + "\\s*\\d+(?:\\s*(?:-|–|to|and|&|,)\\s*\\d+)*"
            + "|(?<![\\w.])(?:bid|tid|qid|qd|qod|bd|od|tds|qds|qw|q\\.?\\s?\\d+\\s?[a-z]*|daily|weekly|nightly|weeks?|days?|hours?|months?|once|twice|thrice|times|(?:a|per)\\s+day|orally|po|iv"
            + "|intravenously|subcutaneously|sc|im|intramuscularly|infusion|injection|doses?|bolus))\\s*\\)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "on day 1 and 3, 10 and 5 mg/kg": a number after a comma or "and" before the dose shares its unit. */
    private static final Pattern BARE_NUMBER_BEFORE = Pattern.compile(
            "(?:[,;:(]|\\band|\\bor)\\s*\\d+(?:\\.\\d+)?\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * "Dose: 15 ml<br>Frequency: 2 times daily after meal<br>Route of administration: oral<br>Duration of therapy:
     * 14 days": a line that is a field of a product's form, as CTRI records write them, goes on with
     * the sentence before it, which names the product.
     */
    private static final String FORM_FIELD_LABEL = "(?:dos(?:e|age)(?:\\s+(?:form|frequency|schedule))?|frequency"
            + "|(?:route|mode|time)\\s+of\\s+administration|route|anupana"
            + "|duration(?:\\s+of\\s+(?:therapy|therpay|treatment|intervention|administration))?)\\s*(?::|-\\s)";
    /** A line break, then a {@link #FORM_FIELD_LABEL}. */
    private static final Pattern FORM_FIELD = Pattern.compile("(?:\\s|<br\\s*/?>)*" + FORM_FIELD_LABEL,
            Pattern.CASE_INSENSITIVE);
    /** A period ending a line, then a {@link #FORM_FIELD_LABEL}: "Dosage form: Avaleha.<br>Route of ...:". */
    private static final Pattern FORM_FIELD_AFTER_PERIOD = Pattern.compile("\\.[ \\t]*(?:\\r|\\n|<br\\s*/?>)"
            + "(?:\\s|<br\\s*/?>)*" + FORM_FIELD_LABEL, Pattern.CASE_INSENSITIVE);
    /** Words that end with a period without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("vs", "etc", "approx", "fig", "no", "dr", "al", "e.g",
            "i.e", "b.i.d", "t.i.d", "q.d", "p.o", "i.v", "s.c", "i.m");

    private final String text;
    private final int[] sentence;
    private final int[] clause;
    private final int[] depth;
    private final int[] clauseStartOfId;

    Layout(String text) {
        this.text = text;
        int n = text.length();
        sentence = new int[n + 1];
        clause = new int[n + 1];
        depth = new int[n + 1];
        boolean[] clauseBreak = new boolean[n + 1];
        Matcher m = CLAUSE_BREAK.matcher(text);
        while (m.find()) {
            clauseBreak[m.start()] = true;
        }
        boolean[] secondDose = new boolean[n + 1];
        Matcher second = SECOND_DOSE.matcher(text);
        while (second.find()) {
            secondDose[second.start()] = true;
        }
        int s = 0;
        int c = 0;
        int d = 0;
        int[] starts = new int[n + 2];
        starts[0] = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (clauseBreak[i] || secondDose[i] && d == 0 && secondDose(starts[c], i)) {
                starts[++c] = i;
            }
            if (ch == '(' || ch == '[') {
                d++;
            }
            sentence[i] = s;
            clause[i] = c;
            depth[i] = d;
            if ((ch == ')' || ch == ']') && d > 0) {
                d--;
            }
            if (endsSentence(i)) {
                s++;
                starts[++c] = i + 1;
                d = 0;
            }
        }
        sentence[n] = s;
        clause[n] = c;
        depth[n] = 0;
        clauseStartOfId = java.util.Arrays.copyOf(starts, c + 1);
    }

    /** Whether a {@link #SECOND_DOSE} at {@code at} follows a scheduled dose of its clause's list item. */
    private boolean secondDose(int clauseStart, int at) {
        int itemStart = Math.max(clauseStart, text.lastIndexOf(';', at - 1) + 1);
        int from = Math.max(itemStart, at - 40);
        return BEFORE_SECOND_DOSE.matcher(text).region(from, at).find()
                && !BARE_NUMBER_BEFORE.matcher(text).region(from, at).find()
                && SCHEDULED_DOSE.matcher(text).region(itemStart, at).find();
    }

    private boolean endsSentence(int i) {
        char ch = text.charAt(i);
        // ICTRP writes its line breaks as HTML: "for five days. <br>Day 1: 800mg"
        boolean lineBreak = ch == '\n' || ch == '\r' || ch == '<' && text.regionMatches(true, i, "<br", 0, 3);
        Pattern field = lineBreak ? FORM_FIELD : ch == '.' ? FORM_FIELD_AFTER_PERIOD : null;
        if (field != null && field.matcher(text).region(i, text.length()).lookingAt()) {
            return false;
        }
        if (lineBreak) {
            return true;
        }
        if (ch != '.' && ch != '!' && ch != '?') {
            return false;
        }
        int j = i + 1;
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j < text.length() && !Character.isUpperCase(text.charAt(j)) && !Character.isDigit(text.charAt(j))) {
            return false;
        }
        int k = i;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, i).toLowerCase(java.util.Locale.ROOT);
        boolean abbreviation = ABBREVIATIONS.contains(word) || (word.length() == 1 && k == i - 1
                && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))));
        return !abbreviation;
    }

    String text() {
        return text;
    }

    private boolean valueItem(int semicolon) {
        return VALUE_ITEM.matcher(text).region(semicolon, text.length()).lookingAt();
    }

    int sentence(int pos) {
        return sentence[Math.min(pos, text.length())];
    }

    /** Where the sentence holding {@code pos} starts. */
    int sentenceStart(int pos) {
        int s = sentence(pos);
        int i = Math.min(pos, text.length());
        while (i > 0 && sentence[i - 1] == s) {
            i--;
        }
        return i;
    }

    int clause(int pos) {
        return clause[Math.min(pos, text.length())];
    }

    int depth(int pos) {
        return depth[Math.min(pos, text.length())];
    }

    /** Where a clause starts; the text's length for a clause past the last. */
    int clauseStart(int clauseId) {
        return clauseId < clauseStartOfId.length ? clauseStartOfId[clauseId] : text.length();
    }

    /**
     * Where the values of a name at {@code start} stop: the end of its sentence or clause, a semicolon (not one
     * before a {@link #VALUE_ITEM}), or the
     * parenthesis that encloses the name closing; never past {@code limit}.
     */
    int scopeEnd(int start, int limit) {
        int s = sentence(start);
        int c = clause(start);
        int d = depth(start);
        int i = start;
        while (i < limit) {
            char ch = text.charAt(i);
            if (sentence[i] != s || clause[i] != c || depth[i] < d || (ch == ';' && depth[i] <= d && !valueItem(i))
                    || (ch == ')' && depth[i] == d && d > 0)) {
                return i;
            }
            i++;
        }
        return limit;
    }
}
