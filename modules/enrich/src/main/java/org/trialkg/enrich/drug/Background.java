package org.trialkg.enrich.drug;

import java.util.regex.Pattern;

/**
 * Reads the words around a drug name that make it a drug of earlier treatment or of care outside what the trial
 * studies, written as a list after what says so: "currently treated with steroids, sulfasalazine (Azulfidine), ...",
 * "failing a regimen of ZDV, 3TC, and IDV", "antiviral treatments according to the national protocol", "Diuretics
 * and doxazosin may be given concurrently", "a diet which excludes red meat, poultry, and white sugar".
 */
final class Background {
    // A word of a list's item: not a verb or a clause's word, so that prose ("cisplatin will receive") is no list.
    private static final String WORD = "(?!(?:and|or|will|shall|is|are|was|were|be|been|being|receive[sd]?|receiving"
            + "|given|gets?|takes?|taken|randomi[sz]ed|then|plus|followed|who|which|that|to|in|on|at|for|with|by|from"
            + "|as)\\b)[\\p{L}\\d][\\p{L}\\d-]*+";
    // An item of up to three words and a short bracket: "5-ASA drugs", "sulfasalazine (Azulfidine)".
    private static final String ITEM = WORD + "(?:\\s+" + WORD + "){0,2}+(?:\\s*\\([^()]{1,30}\\))?";
    private static final String SEPARATOR = "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+|\\s*[/+]\\s*)";
    // The items before the name, each closed by a separator, then the bracket the name opens ("5-ASA drugs
    // (Pentasa") or up to two words of its own ("with a", "with first-line").
    private static final String LIST_SO_FAR = "(?:" + ITEM + SEPARATOR + "){0,6}(?:" + ITEM + "\\s*\\(\\s*|(?:"
            + WORD + "\\s+){0,2})$";
    /*
     * The drugs of a treatment given before or today: "This disease is currently treated with steroids, sulfasalazine
     * (Azulfidine), 5-ASA drugs (Pentasa, Asacol)", "who have failed a first-line chemotherapeutic regimen containing
     * oxaliplatin and 5-fluorouracil", "Participants who are failing a regimen of ZDV, 3TC, and IDV", "Patients on
     * a Stable Triple Antiretroviral Therapy Regimen Containing Lamivudine, Stavudine or Zidovudine", "progressed
     * while on treatment with first-line osimertinib". Read in the sentence, as the brackets of such a list end a
     * clause.
     */
    private static final Pattern EARLIER_LIST_BEFORE = Pattern.compile("(?i)\\b(?:(?:is|are)\\s+(?:currently|usually"
            + "|commonly|typically|traditionally|conventionally)\\s+treated\\s+with"
            + "|(?:failing|failed|failure\\s+(?:of|on)|progress(?:ed|ion)\\s+on|refractory\\s+to|resistant\\s+to"
            + "|on\\s+(?:a\\s+)?stable)"
            + "\\s+(?:(?:an?|the|their|prior|previous)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:regimens?|therap(?:y|ies)"
            + "|treatments?|combinations?)\\s+(?:of|containing|including|with)"
            + "|progress(?:ed|ing|ion)\\s+(?:while\\s+)?(?:on|after|during)\\s+(?:(?:the|their|a)\\s+)?"
            + "(?:treatment|therapy)\\s+with)\\s+" + LIST_SO_FAR);
    /*
     * Care by a national protocol, named after the drug or class: "in addition to antiviral treatments according to
     * the national protocol". Not "according to local guidelines" nor "as per protocol": a control arm's drugs and
     * the trial's own are given so.
     */
    private static final Pattern NATIONAL_PROTOCOL_AFTER = Pattern.compile("(?i)^(?:\\s+(?:treatments?"
            + "|therap(?:y|ies)|drugs|medications?|regimens?))?\\s*,?\\s+(?:according\\s+to|as\\s+per|based\\s+on|per)"
            + "\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(?:national|ministry|country)\\b");
    // Drugs a protocol allows beside the ones it studies, or leaves to the clinician: "Diuretics and doxazosin may be
    // given concurrently",
    // "Supplemental cholestyramine may be given as needed", "steroids is discouraged but will be allowed if deemed
    // necessary", "corticosteroids are permitted".
    private static final Pattern ALLOWED_AFTER = Pattern.compile("(?i)^(?:\\s*(?:,|and|or)\\s*[\\p{L}\\d-]+){0,3}"
            + "(?:\\s+(?:may|can|could)\\s+(?:also\\s+)?be\\s+(?:given|used|added|administered)\\s+"
            + "(?:concurrently|as\\s+needed|if\\s+(?:needed|necessary|required)|as\\s+required)"
            + "|\\s+(?:is|are)\\s+discouraged"
            + "|\\s+(?:is|are|(?:will|may)\\s+(?:also\\s+)?be)\\s+(?:also\\s+)?(?:allowed|permitted)"
            // allowed as an option, not for how long the drug is given ("will be allowed until progression")
            + "(?=\\s*(?:[.;,)]|$|\\s+(?:if|when|as(?!\\s+re-?treatment)|at|but|only|in\\s+case)\\b))"
            // left to the clinician: "Enfuvirtide is highly recommended in enfuvirtide-naive patients but is left
            // to the clinician"
            + "|\\s+(?:is|are)\\b[^.;]{0,80}\\bleft\\s+to\\s+the\\s+(?:treating\\s+)?"
            + "(?:clinician|investigator|physician|doctor)s?\\b)");
    // Care left to the clinician, listed as what it may include: "Standard of care will be determined by the treating
    // clinician ... Treatments may include antiviral agents (e.g. LPV/r, HCQ)". Not a kind of therapy ("Chemotherapy
    // may include cisplatin or carboplatin" is the arm's own choice of drug).
    // So is an optimised background regimen: "an optimized background regimen that may include NRTIs and
    // enfuvirtide", "optimized background therapy: may include NRTI(s) and enfuvirtide".
    private static final Pattern MAY_INCLUDE_BEFORE = Pattern.compile("(?i)(?:\\b(?:treatments?|therap(?:y|ies)|care"
            + "|management|medications?)|\\bbackground\\s+regimens?)\\s*:?\\s+(?:(?:that|which)\\s+)?(?:may|might|can"
            + "|could)\\s+(?:also\\s+)?include\\b[^.;]*$");
    // More of the trial's own drug, which a protocol allows too: "A second dose of misoprostol is allowed if bleeding
    // persists".
    private static final Pattern MORE_OF_THE_SAME_BEFORE = Pattern.compile("(?i)\\b(?:second|repeat(?:ed)?|additional"
            + "|further|extra|another)\\s+(?:doses?|courses?|cycles?)\\s+of\\s+(?:the\\s+)?$");
    // What a diet or the patients leave out: "a diet which excludes red meat, poultry, and white sugar", "abstinence
    // from alcohol". (Not "avoid": "To avoid hypotension, phenylephrine infusion will be started" gives it.)
    private static final Pattern EXCLUDED_BEFORE = Pattern.compile("(?i)\\b(?:exclud(?:es|ing)|prohibit(?:s|ed|ing)"
            + "|abstain(?:s|ing)?\\s+from|abstinence\\s+from)\\s+(?:the\\s+)?(?:use\\s+of\\s+)?" + LIST_SO_FAR);

    private Background() {
    }

    /**
     * Whether the name at [start, end) is listed as earlier treatment, care by a national protocol, a drug allowed
     * beside the trial's, care the clinician may choose, or what a diet leaves out. The windows are the sentence
     * before the name (at most 200 characters, {@link MentionContext#sentence}; 160 for care that "may include",
     * across "e.g."), and 80 or 120 characters after it, enough for the longest such wording over all of
     * ../shared/data.
     */
    static boolean listed(String text, int start, int end) {
        String sentence = MentionContext.sentence(text, start);
        // "e.g." and "i.e." end no sentence here
        String window = MentionContext.before(text, start, 160).replace("e.g.", "e_g_").replace("i.e.", "i_e_");
        return EARLIER_LIST_BEFORE.matcher(sentence).find() || EXCLUDED_BEFORE.matcher(sentence).find()
                || MAY_INCLUDE_BEFORE.matcher(window).find()
                || NATIONAL_PROTOCOL_AFTER.matcher(MentionContext.after(text, end, 80)).lookingAt()
                || ALLOWED_AFTER.matcher(MentionContext.after(text, end, 120)).lookingAt()
                        && !MORE_OF_THE_SAME_BEFORE.matcher(MentionContext.before(text, start, 40)).find();
    }
}
