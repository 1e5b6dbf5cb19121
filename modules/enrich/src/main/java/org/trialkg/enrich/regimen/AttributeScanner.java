package org.trialkg.enrich.regimen;

import static org.trialkg.enrich.regimen.Numbers.DOSE_NUMBER;
import static org.trialkg.enrich.regimen.Numbers.NUM;
import static org.trialkg.enrich.regimen.Numbers.ORDINAL;
import static org.trialkg.enrich.regimen.Numbers.TO;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.enrich.regimen.Found.Attr;
import org.trialkg.enrich.regimen.Found.Dose;
import org.trialkg.enrich.regimen.Found.Period;
import org.trialkg.model.Range;

/**
 * Reads every regimen value written in a text (doses, routes, schedules, cycles, durations, radiotherapy doses,
 * treatment phases) without deciding yet which drug it belongs to. Patterns run in priority order and a later
 * pattern never reads characters an earlier one has read, so "twice daily" is never also "daily". Stateless.
 */
final class AttributeScanner {
    /**
     * ASCII letters without regard to case; every other letter matches whatever its case because {@link #p} and
     * {@link #scan} fold both the patterns and the text ({@link CaseFold}), which costs far less than
     * {@code UNICODE_CASE} on every character scanned.
     */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String D = "\\d+(?:\\.\\d+)?";
    private static final String UNIT_TIME = "(years?|yrs?|months?|mos?|weeks?|wks?|days?)";
    private static final String UNIT_TIME_OR_D = "(years?|yrs?|months?|mos?|weeks?|wks?|days?|d)";

    /** "30 daily fractions", "5 once-daily fractions": a word saying how the fractions are given, before the word. */
    private static final String FRACTION_KIND = "(?:(?:once[-\\s]|twice[-\\s])?daily\\s+|consecutive\\s+|equal\\s+)?";
    /**
     * Gray as written, with the proton equivalents "CGE", "GyE" and "Gy (RBE)" counted as Gy; "4,500 cGy" is 45 Gy,
     * never 5, and "1,8 Gy" is 1.8 Gy, as European registrations write it.
     */
    private static final Pattern GY = p("(?<![\\w.,])(" + DOSE_NUMBER + ")(?:" + TO + "(" + DOSE_NUMBER + "))?\\s*-?\\s*"
            + "(c?Gy(?:E|\\s*\\(RBE\\))?|CGE)"
            + "(?![\\w])");
    // "2 Gy/fr" as "2 Gy/fraction": without it the dose per fraction reads as a second total, which cancels the first
    private static final Pattern GY_PER_FRACTION_AFTER = p("^(?:\\s*(?:/|per|each|a|every)\\s*(?:fraction|fx|fr|f|time)s?"
            + "|\\s*(?:fractions?|fx)|\\s*(?:daily|/\\s*d(?:ay)?|per\\s+day|once\\s+(?:a\\s+)?daily|qd)"
            // "2 Gy × 30 fractions", "1.8 Gy x 28": a dose times the count it is given
            + "|(?=\\s*(?:x|×|\\*)\\s*\\d+\\s*(?:fractions?|fx|fr|f|times|treatments|sessions)?(?![\\w.])))(?![\\w])");
    private static final Pattern GY_PER_FRACTION_BEFORE = p("(?:\\bat|fractions?\\s+of)\\s*$");
    private static final Pattern GY_FRACTIONS_AFTER = p("^\\s*(?:/|in|over|with|,)\\s*(\\d+)(?:" + TO
            + "(\\d+))?\\s*(?:/\\s*)?" + FRACTION_KIND + "(?:fractions?|fx|fr|f|times|treatments)(?![\\w])");
    /**
     * "37.5Gy/15", "60 Gy/30": a bare count after the slash is the number of fractions, as Chinese registrations
     * write it; not a count of days, weeks or anything else named after it, nor a dose per fraction ("2 Gy/1").
     */
    private static final Pattern GY_COUNT_AFTER = p("^\\s*/\\s*(\\d+)(?:" + TO + "(\\d+))?(?!\\d|[.,]\\d|\\s*[-–]?\\s*"
            + "(?:d|days?|w|wks?|weeks?|mo|months?|min|minutes?|h|hrs?|hours?|s|secs?|c?gy|mg|ml|kg|times?|cycles?"
            + "|sessions?|patients?|cm|mm)\\b|\\s*[/×x%])");
    // the count after a dose per fraction: "2.5 Gy/fraction for 35 treatments", "1.8 Gy per fraction x 28 sessions"
    // (the words a fraction goes by that the plain fraction rule does not take alone); not "5 sessions a week"
    private static final Pattern PER_FRACTION_COUNT_AFTER = p("^\\s*,?\\s*(?:(?:for|in|over)\\s*(\\d+)(?:"
            + TO + "(\\d+))?\\s*(?:treatments|sessions)|(?:x|\u00d7|\\*)\\s*(\\d+)\\s*(?:fractions?|fx|fr|f|times|treatments"
            + "|sessions)?(?!\\.\\d))(?![\\w])(?!\\s*(?:per|/|a|each)\\s*(?:week|day))");
    private static final Pattern GY_WEEKS_AFTER = p("^\\s*(?:/|,|over|in|within|for)\\s*(" + D + ")(?:" + TO + "("
            + D + "))?\\s*(?:weeks?|wks?|w)(?![\\w])");
    private static final Pattern AUC = p("\\bAUC(?:\\\\?])?\\s*(?:=|:|of)?\\s*(" + D + ")(?:" + TO + "(" + D
            + "))?(?!\\d|\\.\\d)(?:\\s*mg\\s*/\\s*ml\\s*/\\s*min)?");
    /** Square metres as written: m2, m², m^2, m\\^2 (Markdown-escaped), sq m. */
    private static final String M2 = "(?:m\\s*(?:2|²|\\\\?\\^\\s*2)|sq\\.?\\s*m(?:eters?|etres?)?)";
    /** "/" or "per" between a dose and what it is per: "5 mg per kg" is 5 mg/kg. */
    private static final String PER = "(?:/|per\\s+)";
    /** Kilograms of body weight as written: kg, kilogram, "kg body weight", "kg of body weight". */
    private static final String KG = "(?:kg|kilograms?)(?:\\s+(?:of\\s+)?(?:body\\s*weight|bw))?";
    /**
     * Milligrams per kilogram or per square metre (per day) as Chinese registrations write them: "mg/(kg·d)",
     * "mg/kg.d", "mg·kg-1·d-1", "mg·kg-1", "mg·m-2", "mg/(m2·d)".
     */
    private static final String MG_PER_BODY_AS_POWERS = "mg\\s*/\\s*\\(\\s*(?:kg|m2|m²)\\s*[·.*•×]\\s*d(?:ay)?\\s*\\)"
            + "|mg\\s*/\\s*kg(?:\\s*·\\s*|\\.)d(?:ay)?(?![\\w])"
            + "|mg\\s*[·.*•×]\\s*(?:kg\\s*-\\s*1|m\\s*-\\s*2)(?:\\s*[·.*•×]\\s*d\\s*-\\s*1)?";
    /** "5 mcg/kg/day", "10 IU/m2/day": a dose per body weight or surface given per day. */
    private static final String PER_DAY = "(?:\\s*(?:/|per\\s+)\\s*d(?:ay)?\\b)?";
    // "Course 1 - 14 gm/M2": the number of a course, cycle or day before a dose is no lower end of a range
    private static final Pattern DOSE = p("(?<![\\w.,])(?<!\\b(?:course|cycle|day|week|cohort)\\s)(" + DOSE_NUMBER + ")"
            + "(?:" + TO + "(" + DOSE_NUMBER + "))?\\s*"
            + "(mg\\s*/\\s*" + M2 + "\\s*/\\s*d(?:ay)?|mg\\s*" + PER + "\\s*" + M2 + "|" + MG_PER_BODY_AS_POWERS + "|mg\\s*" + PER
            + "\\s*" + KG + "(?:\\s*(?:/|per\\s+)\\s*d(?:ay)?)?|g\\s*/\\s*" + M2 + PER_DAY
            + "|(?:µg|μg|ug|mcg)\\s*" + PER + "\\s*" + KG + PER_DAY + "|g\\s*" + PER + "\\s*" + KG + PER_DAY
            // "1.4g/day", "5 mcg/day": other masses per day, as mg/d (not "g/dL")
            + "|(?:µg|μg|ug|mcg|g)\\s*/\\s*d(?:ay)?\\b|g\\s+per\\s+(?:a\\s+)?day"
            + "|µg|μg|ug|mcg|mg\\s*/\\s*d(?:ay)?|mg\\s+per\\s+(?:a\\s+)?day|mg|g"
            // "2 gm", "2gms", "3 grams": grams as Indian registrations and others write them; "3 grams/m2"
            + "|(?:gms?|grams?)\\s*/\\s*" + M2 + "|gms?|grams?"
            // "2.4 milligrams (mg) cagrilintide": the unit spelled out, with its symbol after it or not
            + "|milligrams?(?:\\s*\\(mg\\))?|micrograms?(?:\\s*\\((?:mcg|µg|ug)\\))?|IU\\s*/\\s*m(?:2|²)" + PER_DAY + "|IU\\s*/\\s*kg" + PER_DAY
            + "|IU\\s*/\\s*d(?:ay)?\\b|IU"
            // "bleomycin 10 u/m²", "10 units/m2"
            + "|(?:u|units?)\\s*/\\s*m(?:2|²)" + PER_DAY
            + "|international\\s+units?"
            // "heparin 5000 units", "insulin 10 U", "100 units/kg": units as heparin and insulin are dosed; not a
            // concentration ("40 U/L"), units of blood ("2 units of packed red cells"), a carboplatin AUC ("area under
            // the curve of 2 units") nor the points of a measure ("a decrease of 14 units on the test")
            + "|(?<!(?:curve|auc)\\s{0,3}(?:of\\s{1,3}|=\\s{0,3})?\\d{1,3}(?:\\.\\d{1,2})?\\s{0,3})"
            + "(?<!(?:crease|change|reduction|improvement|difference|drop|rise)\\s{1,3}(?:of\\s{1,3})?(?:at\\s{1,3}least\\s{1,3}"
            + "|more\\s{1,3}than\\s{1,3}|>\\s{0,3})?\\d{1,4}\\s{0,3})"
            + "(?:units?|(?-i:U))(?:\\s*(?:/|per)\\s*kg" + PER_DAY + ")?(?!\\s*/\\s*d?l\\b)(?!\\s+(?:of\\s+)?(?:packed|red|blood|whole"
            + "|fresh|platelets?|plasma|rbcs?|prbcs?|ffp|cryo\\w*|alcohol)\\b)(?!\\s+(?:on|in)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?"
            + "(?:scales?|scores?|tests?|questionnaires?|index)\\b))(?!(?!x\\s*\\d)[\\w²])"
            // "200 mg/mL", "20 mg/5 mL": a concentration, not a dose ("1 g / 100 ml" is a dose in its infusion)
            + "(?!\\s*/\\s*(?:[1-9](?:[.,]\\d+)?\\s*)?m[lL]\\b)"
            // "mg/sq.m" or "mg/m" written some other way is a dose per body surface, not a flat dose in mg
            + "(?!\\s*/\\s*(?:m\\b|m\\d|m²|m\\\\|m\\^|sq|kg))");
    private static final String STRENGTH = "(\\d+(?:\\.\\d+)?\\s*(?:mg|g|mcg|µg|ug))";
    // "grains" and "bags" as Chinese registrations translate 粒 and 袋
    private static final String UNIT_FORM = "(?:tablets?|tabs?|capsules?|caps?|pills?|sachets?|vials?|ampoules?|grains?"
            // "1 bulb (3mg / 3mL)": an ampoule, as Cuban registrations translate "bulbo"
            + "|bags?|packets?|bulbs?)";
    /** "0.1g/tablet", "200 mg per capsule": the strength of one unit. */
    private static final String PER_UNIT = "(?:\\s*(?:/|per|each)\\s*(?:tab\\w*|cap\\w*|pills?|pieces?|grains?|bags?))?";
    /**
     * "two oxycodone 5 mg tablets", "2 tablets of hydroxychloroquine sulfate 200 mg": up to three words, the product's
     * name, between the count and the strength; none that says what else the number counts (days, groups, doses).
     */
    private static final String PRODUCT_WORDS = "(?:(?!(?:days?|weeks?|months?|years?|hours?|minutes?|times?|doses?"
            + "|groups?|arms?|cycles?|patients?|subjects?|participants?|visits?|puffs?|drops?|and|or|with|every|per"
            + "|kg|m2)\\b)\\p{L}[\\p{L}-]*\\s+){1,3}";
    /** A word between a count and its strength that is not the form's nor a preposition: a product's name. */
    private static final Pattern PRODUCT_NAME = p("(?!" + UNIT_FORM + "\\b|of\\b|each\\b|containing\\b)\\b\\p{L}{3}");
    /** The units a fixed combination's doses are written in. */
    private static final String PARTS_UNIT = "mg|gms?|g|mcg|µg|μg|ug";
    /** "400/100 mg", "200/50mg", "5/325 mg": numbers joined by slashes, then one unit. */
    private static final Pattern DOSE_PARTS = p("(?<![\\w.,/])(?<amounts>\\d+(?:\\.\\d+)?(?:\\s*/\\s*\\d+(?:\\.\\d+)?){1,3})"
            + "\\s*(?<unit>" + PARTS_UNIT + ")(?![\\w/²])");
    /**
     * "200 mg/50 mg": two doses in one unit joined by a slash; not when the drugs they are of come after them or
     * a list of such pairs goes on ("15 mg/500 mg or 30 mg/500 mg of pioglitazone/metformin", {@link
     * CombinationStrengths}).
     */
    private static final Pattern DOSE_PARTS_WITH_UNITS = p("(?<![\\w.,/])(?<amounts>\\d+(?:\\.\\d+)?\\s*"
            + "(?<first>" + PARTS_UNIT + ")\\s*/\\s*\\d+(?:\\.\\d+)?)\\s*(?<unit>" + PARTS_UNIT + ")(?![\\w/²])"
            + "(?!\\s*(?:of|for|or)\\b|\\s*,\\s*\\d+(?:\\.\\d+)?\\s*(?:mg|g|mcg|ug)\\s*/)");
    private static final Pattern PARTS_SEPARATOR = p("\\s*(?:" + PARTS_UNIT + ")?\\s*/\\s*");
    /** "200/50 mg two tablets", "400/100 mg, 2 tablets": a count of units after a combination's doses. */
    private static final Pattern COUNT_AFTER_PARTS = p("\\s*(?:,|x|×|\\*)?\\s*(" + NUM + ")\\s*" + UNIT_FORM + "\\b");
    /**
     * "2 tablets of Kaletra ", "two tablets (": a count of units right before a combination's doses, with at most
     * the product's name between; not another drug's count ("2 tablets of hydroxychloroquine and Kaletra 200/50 mg").
     */
    private static final Pattern COUNT_BEFORE_PARTS = p("(?<![\\w.])(" + NUM + ")\\s*" + UNIT_FORM
            + "\\s*(?:of\\s+)?(?:(?!(?:and|or|plus|with|then)\\b)\\p{L}[\\p{L}/-]*\\s*(?:\\([^)]{0,40}\\)\\s*)?){0,3}"
            + "[(,]?\\s*$");
    /** What a number right before a product's name may be the number of instead of a count of units. */
    private static final Pattern NUMBERED_BEFORE = p("(?:arm|group|cohort|part|phase|stage|step|intervention|level"
            + "|day|week|visit|no\\.?|number|#)\\s*$");
    private static final Pattern COUNT_THEN_STRENGTH = p("(?<![\\w.])(" + NUM + ")\\s*(?:x|×|\\*)?\\s*(?:"
            + PRODUCT_WORDS + ")?" + STRENGTH + "\\s*" + UNIT_FORM + "\\b");
    /** "eight 200 mg Favipiravir tablets": a count, the strength, then the product's name and its form. */
    private static final Pattern COUNT_STRENGTH_NAMED = p("(?<![\\w.])(" + NUM + ")\\s+" + STRENGTH + "\\s+(?="
            + PRODUCT_WORDS + UNIT_FORM + "\\b)");
    private static final Pattern COUNT_OF_STRENGTH = p("(?<![\\w.])(" + NUM + ")\\s*" + UNIT_FORM
            // "4 tablets of Plaquenil (Hydroxychloroquine) 200 mg": the name may have its other name in brackets
            + "\\s*(?:of(?:\\s+" + PRODUCT_WORDS + "(?:\\([\\p{L}\\s-]{2,40}\\)\\s*)?)?|\\(|,|x|×|each\\s+of|containing)?\\s*" + STRENGTH
            + PER_UNIT + "(?![\\w/])");
    /**
     * "hydroxychloroquine 200 mg two tablets", "Lopinavir 200 mg, 2 capsules at a time": a count of units after
     * their strength; not "800mg (4 capsules)", where the count in brackets is how the dose is made up, nor the
     * second strength of a pair ("200/50 mg two tablets").
     */
    private static final Pattern STRENGTH_THEN_COUNT = p("(?<![\\w./])" + STRENGTH + PER_UNIT
            // "0.2 g x 2 tablets", "200 mg/tablet, 2 tablets", "ribavirin (200 mg) 6 tablets"
            + "(?:\\s*\\))?\\s*(?:,|x|×|\\*)?\\s*(" + NUM + ")\\s*" + UNIT_FORM + "\\b");
    /** "5 million IU", "5million U", "3 MIU": units in millions, as interferons are dosed. */
    private static final Pattern MILLION_UNITS = p("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*(?:million\\s*|mio\\.?\\s*)"
            + "(?:international\\s+units?|IU|U|units?)(?![\\w])|(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*MIU(?![\\w])");
    /** "Dupilumab 300 mg (for a total of 600 mg)": the total is the dose given. */
    private static final Pattern TOTAL_BETWEEN = p("^\\s*\\(\\s*(?:for\\s+)?(?:a\\s+)?total\\s+(?:dose\\s+)?(?:of\\s+)?$");
    private static final Pattern FRACTIONS = p("(?<![\\w.])(\\d+)(?:" + TO + "(\\d+))?\\s*" + FRACTION_KIND
            + "(?:fractions?|fx)(?![\\w])"
            + "(?!\\s*(?:per|/|a|each)\\s*(?:week|day))");
    // "up to 6 cycles" and "a maximum of 6 cycles" are the cycles planned, as the labelled set counts them
    // "an additional 2 courses" (after a response) and "a minimum of 6 courses" are not the courses planned
    /**
     * "Patients achieving complete response receive up to 8 courses", "Patients who achieve complete remission receive
     * a maximum of 6 courses": the courses of those who respond are no count of the treatment's cycles, as the sets
     * label them (unless they are a phase of their own, {@link #PHASE_NAMED_AFTER}).
     */
    private static final Pattern RESPONDERS_SENTENCE = p("\\s*patients\\s+(?:who\\s+(?:achieve|are\\s+in|have|experience"
            + "|show)|achieving|with|in)\\s+(?:an?\\s+)?(?:clinical\\s+)?(?:complete|partial|objective|stable|cr\\b|pr\\b"
            + "|sd\\b|ccr\\b|response|remission)");
    /** "... receive 2 courses of etoposide/mitoxantrone with PSC-833 as consolidation": a course of its own. */
    private static final Pattern PHASE_NAMED_AFTER = p("^[^.;]*\\b(?:consolidation|maintenance|intensification"
            + "|induction|reinduction)\\b");
    private static final Pattern CYCLE_EXCLUDED_BEFORE = p("\\b(?:every|each|after|additional|another|further|extra"
            + "|minimum\\s+of"
            + "|first|within|before|prior\\s+to|previous|previously|undergone|completed|completing"
            + "|completion\\s+of|following|least|than|over|(?<!up\\s)to)\\s+(?:[\\w-]+\\s+)?$");
    private static final String ROUTE_WORD = "(?:po|p\\.o\\.|oral(?:ly)?|by\\s+mouth|ivpb|ivp|iv|i\\.v\\.|intravenous(?:ly)?|sc|s\\.c\\."
            + "|subcutaneous(?:ly)?|im|i\\.m\\.|intramuscular(?:ly)?)";
    /** "cyclosporine PO or IV BID", "filgrastim IV or SC daily": two routes, the second written as an alternative. */
    private static final Pattern ROUTE_ALTERNATIVE = p("(?<![\\w.])" + ROUTE_WORD + "(\\s+or\\s+" + ROUTE_WORD + ")(?![\\w])");
    /** "2 courses beyond complete response": courses added after a response, not the courses planned. */
    private static final Pattern BEYOND_A_RESPONSE_AFTER = p("\\s*(?:of\\s+(?:therapy|treatment)\\s+)?(?:beyond|past|after)"
            + "\\s+(?:(?:the|a|achieving|attaining|documentation\\s+of)\\s+)*(?:complete|best|maximal|maximum|cr\\b"
            + "|documented|confirmed)");
    /** "with follow-up to Day 30": the day a follow-up ends is no day of the schedule. */
    private static final Pattern FOLLOW_UP_TO_BEFORE = p("\\bfollow(?:ed)?[\\s-]*up\\s+(?:to|until|till|through)\\s+$");
    // "This regimen could be continued for 10 days if necessary": an extension that may come, not the course planned
    private static final Pattern DURATION_EXCLUDED_BEFORE = p("(?:follow(?:ed)?[\\s-]*up|followed|survival|observed"
            + "|monitored|assessed|(?:could|may|can|might)\\s+be\\s+(?:continued|extended|prolonged))\\s+(?:[\\w-]+\\s+)?$");
    /** "until Hb reaches 10g/dL": an amount per decilitre is a laboratory value, not a dose. */
    private static final Pattern PER_DECILITRE_AFTER = p("\\s*/\\s*dl\\b");
    /** "reduced to 5 mg each week", "increased by 25 mg every week": how often a dose changes, not how often given. */
    private static final Pattern STEP_BEFORE = p("\\b(?:reduc|taper|decreas|lower|increas)\\w*\\s+(?:by\\s+|to\\s+)?"
            + "(?:\\d+(?:\\.\\d+)?\\s*(?:mg|g|mcg|µg|%)\\s+)?$");
    /** "monthly visits", "weekly telephone calls": how often patients are seen or asked, not how often dosed. */
    private static final Pattern VISITS_AFTER = p("\\s*(?:(?:clinic(?:al)?|study|telephone|phone|follow[-\\s]?up|office"
            + "|outpatient)\\s+)?(?:visits?|assessments?|evaluations?|follow[-\\s]?ups?|check[-\\s]?ups?|calls?|contacts?"
            + "|questionnaires?|examinations?|exams?|interviews?|appointments?|measurements?|blood\\s+(?:tests?|draws?"
            + "|samples?))\\b");
    /**
     * "Patients are followed every 3 months for 2 years, then every 6 months for 3 years": a sentence about how the
     * patients are followed gives the follow-up's intervals and durations, not the treatment's.
     */
    private static final Pattern FOLLOWED_SENTENCE = p("\\b(?:are|is|be|were|being)\\s+(?:then\\s+)?followed\\b(?!\\s+by)"
            + "(?:(?!\\.\\s|\\\\n|<br).)*$");
    /**
     * EU CTR product blocks ("Trade Name: PLAQUENIL 200 mg", "Concentration number: 200-") name the product and its
     * strength, not the dose given.
     */
    private static final Pattern PRODUCT_LINE = p("\\b(?:trade\\s+name|product\\s+name|concentration(?:\\s+number)?"
            + "|pharmaceutical\\s+form)\\s*:");
    /** "Density: 500 mg of chelated mixture per 2 cc", "Strength: 200 mg": a label of the product's strength. */
    private static final Pattern STRENGTH_LABEL_BEFORE = p("\\b(?:density|strength|concentration)\\s*:\\s*$");
    private static final Pattern DOSE_AFTER_BARE_NUMBER = p("(?<![\\w.])\\d+(?:\\.\\d+)?\\s*(?:or|/)\\s*$");
    /** "each 21-28 day cycle": the second number of a range is not an interval of its own. */
    private static final Pattern RANGE_BEFORE = p("\\d\\s*(?:-|–|—|~|to)\\s*$");
    /** "TAGRISSO 40 mg film-coated tablets": a product's name and strength, not a dose given. */
    private static final Pattern FILM_COATED_AFTER = p("^\\s*film[-\\s]?coated\\b");
    /**
     * "tocilizumab 8 mg/kg (max 800 mg)", "8 mg/kg IV, not to exceed 800 mg": a cap written after a dose is not a
     * second dose (which would leave the drug with none).
     */
    private static final Pattern CAP_AFTER_A_DOSE = p("\\d\\s*(?:mg|g|mcg|µg|μg|ug|iu|units?)(?:\\s*/\\s*(?:kg|m2|m²))?"
            + "[^\\d;]{0,25}?(?:\\(\\s*|,\\s*|\\s)(?:max(?:imum|\\.)?|not\\s+(?:to\\s+)?exceed(?:ing)?|(?:no|not)\\s+more"
            + "\\s+than|capped\\s+at|up\\s+to\\s+a\\s+max(?:imum)?(?:\\s+of)?)\\s*(?:(?:single\\s+|daily\\s+)?dose\\s+)?"
            + "(?:of\\s+)?:?\\s*$");
    /** "dose tapered 10% weekly", "increased every 2 weeks": how a dose changes, not how often it is given. */
    private static final Pattern CHANGED_BEFORE = p("\\b(?:taper(?:ed|ing)?|reduc(?:ed|ing)|decreas(?:ed|ing)"
            + "|increas(?:ed|ing)|escalat(?:ed|ing)|titrat(?:ed|ing))\\b(?:\\s+(?:by\\s+)?[\\w%.-]+){0,2}\\s*$");
    private static final Pattern DAY_OF_A_WEEK_AFTER = p("\\s*of\\s+(?:each\\s+|every\\s+)?weeks?\\b");
    // "filgrastim SC beginning on day 6 and continuing until blood counts recover": the first day, not the only one
    private static final Pattern OPEN_FROM_BEFORE = p("\\b(?:from|since|after|until|till|up\\s+to|(?:starting|beginning"
            + "|commencing|begins?|starts?)(?:\\s+(?:on|at|from))?)\\s*$");
    private static final Pattern PLUS_MINUS_BEFORE = p("(?:±|\\+/-|\\+-)\\s*$");
    /**
     * "12, 15, or 18 Gy": doses offered as alternatives with the unit written once after the last; as with "60 or 40
     * mg", none of them is the course's dose.
     */
    private static final Pattern GY_ALTERNATIVES_BEFORE = p("(?<![\\w.])\\d+(?:\\.\\d+)?(?:\\s*,\\s*\\d+(?:\\.\\d+)?)*\\s*,?"
            + "\\s*or\\s*$");
    /**
     * "spinal cord Dmax < 45 Gy", "V20 of 20 Gy", "not exceeding 54 Gy": a limit on the dose an organ may receive, not
     * a dose given.
     */
    private static final Pattern GY_CONSTRAINT_BEFORE = p("(?:[<≤＜]|<=|=<|\\b(?:less|lower)\\s+than|\\bbelow|\\bexceed(?:s|ing)?"
            + "|\\blimited\\s+to|\\bD\\s?(?:max|mean)\\s*(?:[:=]|of)?|\\bV\\s?\\d{1,2}\\s*(?:[:=]|of)?)\\s*$");
    /**
     * What joins two doses of one drug into the range it is given in: a range with the unit written twice ("from
     * 30 mg to 400 mg") and a titration ("starting dose 5mg increased to 10mg daily", "15 mg/day on Day 1 through
     * Day 28 and then increase to 30 mg/day").
     */
    private static final Pattern DOSE_RANGE_BETWEEN = p("^\\s*(?:to|-|–|(?:(?:on\\s+)?days?\\s+\\d+\\s*(?:-|–|to|through)\\s*"
            + "(?:days?\\s+)?\\d+\\s*)?(?:,\\s*)?(?:and\\s+)?(?:then\\s+)?(?:be\\s+)?(?:increas(?:e|es|ed)|(?:up-?)?titrat(?:e|es|ed)"
            + "|escalat(?:e|es|ed))(?:\\s+up)?\\s+to(?:\\s+a\\s+(?:maximum\\s+)?(?:dose\\s+)?of)?)\\s*$");
    /**
     * "flexible dose: 56 mg or 84 mg": doses joined by "or" are a range only when the text says the dose is flexible;
     * "200 mg or 400 mg every 3 weeks" is two regimens (400 mg goes with another interval) and stays unread.
     */
    private static final Pattern FLEXIBLE_BEFORE = p("\\bflexibl[ey]\\b[^.;]{0,25}$");
    private static final Pattern OR_BETWEEN = p("^\\s*or\\s*$");
    /** "15 mg/500 mg or 30 mg/500 mg": a fixed combination's strengths, not one drug's doses. */
    private static final Pattern DAY_WINDOW = p("\\bbetween\\s+days?\\s*\\d{1,2}\\s+and\\s+(?:days?\\s*)?(\\d{1,2})"
            + "(?!\\d|\\.\\d)");
    private static final Pattern FROM_DAY = p("\\bfrom\\s+days?\\s*(\\d{1,2})(?![\\d.])(?!\\s*(?:-|–|to|through|until|till)\\b)");
    private static final Pattern PLACEBO_LINE = p("\\bof\\s+the\\s+placebo\\s*:");
    private static final Pattern PAIRED_AFTER = p("^\\s*/\\s*\\d");
    /**
     * "If tolerated after 1 week, add to 200 mg", "may be escalated to 400 mg": a dose the drug may later be raised
     * to, written apart from its dose (so not joined into a range), is not a dose given.
     */
    private static final Pattern RAISED_TO_BEFORE = p("\\b(?:add(?:ed)?|increas(?:e|ed|ing)|escalat(?:e|ed|ing)"
            + "|titrat(?:e|ed|ing)|rais(?:e|ed|ing))\\s+(?:up\\s+)?to\\s*$");
    /**
     * "6mg/8mg/10mg qd": three or more doses, each with its unit, joined by slashes and rising are the doses a drug
     * is given in (6-10 mg); two ("200 mg/50 mg") may be a fixed combination's strengths and stay as they are.
     */
    private static final Pattern DOSE_ALTERNATIVES = p("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*(mg|g|mcg|µg|ug)"
            + "(?:\\s*/\\s*\\d+(?:\\.\\d+)?\\s*\\2){2,}(?![\\w/])");
    /**
     * "Duration: 3wks x 4 cycles = 12 wks", "21 days x 6 cycles": a cycle's length times the number of cycles, and
     * the whole course where the product is written.
     */
    private static final Pattern CYCLE_PRODUCT = p("(?<![\\w.])(\\d+)\\s*(weeks?|wks?|days?)\\s*(?:x|×|\\*)\\s*(\\d+)"
            + "\\s*(?:treatment\\s+)?cycles?\\b(?:\\s*=\\s*(\\d+)\\s*(weeks?|wks?|months?|days?)\\b)?");
    /** "5 28-day cycles of ABVD", "six 21 day courses": the number of cycles, then their length. */
    private static final Pattern CYCLES_OF_LENGTH = p("(?<![\\w.])(?<![x×]\\s)(" + NUM + ")\\s+(\\d+)[-\\s](days?|weeks?|wks?)"
            + "\\s+(?:treatment\\s+)?(?:cycles?|courses?)\\b");
    /**
     * "weekly for 7 consecutive weeks in an 8 week course", "once weekly on weeks 1-3 of each 4-week course", "weekly
     * for 3 weeks every 4 weeks": a drug given weekly for the first weeks of a course written with them is given on the
     * first day of each of those weeks, every course. With no course written after them, only "on weeks 1-4" is read
     * so (its course may be in another sentence: "Courses repeat every 4 weeks"); "weekly for 12 weeks" is how long
     * the drug is given, and "every 3 weeks thereafter" a later schedule.
     */
    private static final Pattern WEEKS_OF_A_COURSE = p("\\b(?:once\\s+)?(?:weekly|every\\s+week|once\\s+(?:a|per|each)"
            + "\\s+week)\\s+(?:for\\s+(?:the\\s+first\\s+)?(" + NUM + ")\\s+(?:consecutive\\s+)?(?:weeks|wks)"
            + "|on\\s+weeks?\\s+1\\s*(?:-|–|to|through)\\s*(\\d{1,2})(?!\\s*(?:,|and|&)\\s*\\d)|on\\s+(" + NUM + ")\\s+consecutive\\s+weeks)\\b"
            + "(?:,?\\s+(?:(?:of|in|within)\\s+(?:an?|each|every)\\s+(\\d{1,2})[-\\s](?:weeks?|wks?)\\s+(?:treatment\\s+)?"
            + "(?:course|cycle)\\b|(?:every|repeated\\s+every)\\s+(\\d{1,2})\\s+(?:weeks|wks)\\b(?!\\s+thereafter)))?");
    /** "twice weekly", "3 times weekly", "2x weekly", "bi-weekly": more than once a week, no weeks of a course. */
    private static final Pattern TIMES_BEFORE = p("(?:\\b(?:twice|thrice|times|bi)|[2-7]\\s?x)[\\s-]*$");
    /** "5 days a week", "five consecutive days per week": the first days of every week. */
    private static final Pattern DAYS_A_WEEK = p("(?<![\\w.])(" + NUM + ")\\s+(?:consecutive\\s+)?days\\s+(?:a|per|each|every)"
            + "\\s+week\\b");
    private static final Pattern RADIOTHERAPY_WORD = p("\\b(?:radiotherapy|radiation|irradiation|(?-i:RT|XRT|EBRT|IMRT)|c?gy"
            + "|fractions?)\\b");
    /**
     * "of a 28-day course", "in each 6-week course": after the days a drug is given, the course they are days of; not
     * a course of something ("pharmacokinetics of a 10-day course of oral imatinib" is how long it is given).
     */
    private static final Pattern OF_A_COURSE = p("\\b(?:of|in|within)\\s+(?:an?|each|every)\\s+(\\d{1,2})[-\\s](days?|weeks?"
            + "|wks?)\\s+(?:treatment\\s+)?course\\b(?!\\s+of\\b)");
    /** "Once adjuvant therapy is completed": a phase that is over names an earlier treatment. */
    private static final Pattern PHASE_EXCLUDED_AFTER = p("^(?:[\\s-]+[\\w/-]+){0,2}\\s+(?:is|are|was|were|has\\s+been"
            + "|have\\s+been)\\s+(?:completed|finished|over)\\b");
    private static final Pattern PHASE_EXCLUDED_BEFORE = p("\\b(?:after|following|post|prior\\s+to|before|no|not|without"
            + "|completion\\s+of|completed|completing|undergone|undergoing|received|than)\\b(?:[\\s-]+[\\w/-]+){0,3}"
            + "[\\s-]*$");

    /**
     * What follows "twice", "three times" and the like to make a daily frequency: "a day", "per day", "each day",
     * "daily", "/day", "/d" ("twice/d" as Chinese registrations abbreviate it), with spaces or hyphens.
     */
    private static final String A_DAY = "(?:[\\s-]+(?:a[\\s-]+|per\\s+|each\\s+)?(?:daily|day)|\\s*/\\s*d(?:ay)?"
            // "two times before meal", "thrice after food": meals are a day's
            + "|\\s+(?:before|after|with)\\s+(?:meals?|food))";

    /** "per cycle", "/cycle", "as a cycle", "is one cycle": after a length, what makes it the length of a cycle. */
    private static final String AS_A_CYCLE = "(?:/\\s*|(?:per|as\\s+(?:a|one)|is\\s+(?:a|one)|for\\s+(?:a|one))\\s+)"
            + "(?:treatment\\s+)?cycle\\b";

    /** "each cycle", "every 21-day cycle", "the treatment cycle": after "day N of". */
    private static final String OF_EACH_CYCLE = "(?:each|every|the|a)\\s+(?:[\\w-]+\\s+)?cycle";

    /** An ordinal day number in words or digits: "second", "2nd"; one capturing group. */

    private record Rule(Pattern pattern, Attr attr, java.util.function.Function<Matcher, Object> value) {
    }

    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("mg/m2/d", "mg/m2/d"),
            Map.entry("mg/m2", "mg/m2"), Map.entry("mg/kg", "mg/kg"), Map.entry("mg/kg/d", "mg/kg/d"),
            Map.entry("g/kg", "g/kg"), Map.entry("g/kg/d", "g/kg/d"), Map.entry("g/m2", "g/m2"), Map.entry("g/d", "g/d"),
            Map.entry("ug/d", "ug/d"), Map.entry("iu/d", "[iU]/d"), Map.entry("u/m2", "[iU]/m2"),
            Map.entry("unit/m2", "[iU]/m2"), Map.entry("units/m2", "[iU]/m2"),
            Map.entry("ug/kg", "ug/kg"), Map.entry("ug", "ug"), Map.entry("mg/d", "mg/d"), Map.entry("mg", "mg"),
            Map.entry("g", "g"), Map.entry("iu/m2", "[iU]/m2"), Map.entry("iu/kg", "[iU]/kg"), Map.entry("iu", "[iU]"),
            Map.entry("internationalunit", "[iU]"), Map.entry("internationalunits", "[iU]"), Map.entry("u", "[iU]"),
            Map.entry("unit", "[iU]"), Map.entry("units", "[iU]"), Map.entry("u/kg", "[iU]/kg"),
            Map.entry("unit/kg", "[iU]/kg"), Map.entry("units/kg", "[iU]/kg"), Map.entry("ug/kg/d", "ug/kg/d"),
            Map.entry("g/m2/d", "g/m2/d"), Map.entry("iu/m2/d", "[iU]/m2/d"), Map.entry("u/m2/d", "[iU]/m2/d"),
            Map.entry("unit/m2/d", "[iU]/m2/d"), Map.entry("units/m2/d", "[iU]/m2/d"), Map.entry("iu/kg/d", "[iU]/kg/d"),
            Map.entry("u/kg/d", "[iU]/kg/d"), Map.entry("unit/kg/d", "[iU]/kg/d"), Map.entry("units/kg/d", "[iU]/kg/d"));

    private final List<Rule> rules = List.of(
            new Rule(DOSE, Attr.DOSE, AttributeScanner::dose),
            // hyphens as spaces: "twice-daily application", "three-times-a-day", "once-daily"
            // "bi-daily oseltamivir": twice a day, as registrations translate it
            new Rule(p("\\b(?:bid|b\\.i\\.d\\.?|bd|b\\.d\\.|bi-?daily|(?:twice|two[\\s-]+times)" + A_DAY + ")(?![\\w])"),
                    Attr.TIMES_PER_DAY, m -> 2),
            // "TDS" and "QDS" (ter and quater die sumendus), as Indian and British registrations write them
            new Rule(p("\\b(?:tid|t\\.i\\.d\\.?|tds|t\\.d\\.s\\.?|(?:thrice|three[\\s-]+times)" + A_DAY + ")(?![\\w])"),
                    Attr.TIMES_PER_DAY, m -> 3),
            new Rule(p("\\b(?:qid|q\\.i\\.d\\.?|qds|q\\.d\\.s\\.?|four[\\s-]+times" + A_DAY + ")(?![\\w])"),
                    Attr.TIMES_PER_DAY, m -> 4),
            new Rule(p("\\b(five|six)[\\s-]+times" + A_DAY + "(?![\\w])"), Attr.TIMES_PER_DAY,
                    m -> m.group(1).equalsIgnoreCase("five") ? 5 : 6),
            // "0.5 mg/kg in three divided doses", "divided into 2 equal doses": so many doses a day (with the "daily"
            // written beside it, which is no once a day: "daily in two divided doses", "in three divided doses daily")
            new Rule(p("(?:\\bdaily,?\\s+)?\\b(?:(?:in|into)\\s+(two|three|four|2|3|4)\\s+(?:equal(?:ly)?\\s+)?divided"
                    + "|divided\\s+(?:in|into)\\s+(two|three|four|2|3|4)(?:\\s+equal)?)\\s+(?:daily\\s+)?doses"
                    + "(?:\\s+(?:daily|a\\s+day|per\\s+day))?\\b"),
                    Attr.TIMES_PER_DAY, m -> switch (first(m, 1, 2).toLowerCase(Locale.ROOT)) {
                        case "two", "2" -> 2;
                        case "three", "3" -> 3;
                        default -> 4;
                    }),
            // "3 times a day", "1 time / day", "2x daily"; not the upper end of "3-4 times a day"
            new Rule(p("(?<![\\w.])(?<![-–~]\\s?)([1-6])\\s*(?:times?|x)\\s*(?:(?:a|per|each)\\s+|/\\s*)?(?:daily|day)\\b"
                    // "2 times/d", "1 time/d"
                    + "|(?<![\\w.])(?<![-–~]\\s?)([1-6])\\s*times?\\s*/\\s*d(?![\\w])"),
                    Attr.TIMES_PER_DAY, m -> Integer.parseInt(first(m, 1, 2))),
            // the registries' other languages: German, French, Spanish, Portuguese, Chinese
            new Rule(p("(?<![\\p{L}])(?:zweimal\\s+(?:täglich|am\\s+tag)|deux\\s+fois\\s+par\\s+jour|dos\\s+veces\\s+(?:al|por)"
                    + "\\s+d[ií]a|duas\\s+vezes\\s+(?:ao|por)\\s+dia)(?![\\p{L}])|[每一][日天](?:两|二|2)次"), Attr.TIMES_PER_DAY, m -> 2),
            new Rule(p("(?<![\\p{L}])(?:dreimal\\s+(?:täglich|am\\s+tag)|trois\\s+fois\\s+par\\s+jour|tres\\s+veces\\s+(?:al|por)"
                    + "\\s+d[ií]a|tr[eê]s\\s+vezes\\s+(?:ao|por)\\s+dia)(?![\\p{L}])|[每一][日天](?:三|3)次"), Attr.TIMES_PER_DAY, m -> 3),
            // "q8h", "every 8 hours", "each 12 hours", "every eight hours", "8-hourly", "8/8 h" (as Brazilian
            // registrations write it): given 24/h times a day
            new Rule(p("\\bq\\.?\\s?(\\d{1,2})\\s?(?:h|hrs?|hours?)\\b\\.?|\\b(?:every|each|per)\\s+(" + NUM
                    + ")\\s*(?:h|hrs?|hours?)\\b|\\b(" + NUM + ")[-\\s]hourly\\b"
                    + "|(?<![\\w./])(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*(?:h|hrs?|hours?|horas)\\b"), Attr.TIMES_PER_DAY,
                    m -> m.group(4) != null && !m.group(4).equals(m.group(5)) ? null : perDay(first(m, 1, 2, 3, 4))),
            // "at 8h intervals", "at 12-hour intervals"
            new Rule(p("\\bat\\s+(\\d{1,2})[-\\s]?(?:h|hrs?|hours?)\\s+intervals?\\b"), Attr.TIMES_PER_DAY,
                    m -> perDay(m.group(1))),
            // "cada 12 horas", "a cada 8 horas", "toutes les 12 heures", "alle 12 Stunden", "每12小时"
            new Rule(p("(?=[cta每])(?<![\\p{L}])(?:cada|toutes\\s+les|alle)\\s+(\\d{1,2})\\s*(?:horas|heures|stunden)(?![\\p{L}])"
                    + "|每\\s*(\\d{1,2})\\s*小时"), Attr.TIMES_PER_DAY, m -> perDay(first(m, 1, 2))),
            // "every morning and evening", "in the morning and at bedtime", "with breakfast and dinner": twice a day
            // (before "every morning" and "at bedtime" are once)
            new Rule(p("\\b(?:(?:every|each|in\\s+the)\\s+)?morning\\s+and\\s+(?:(?:at\\s+)?bedtime|evening|night)\\b"
                    + "|\\b(?:with|after|before)\\s+breakfast\\s+and\\s+(?:dinner|supper)\\b"), Attr.TIMES_PER_DAY, m -> 2),
            // "on every Day 1" is a day of the cycle, not every day
            // not the "daily" of "BD daily", "twice daily" (the look-behind after the word: tried only where it is)
            new Rule(p("\\b(?:qd|q\\.d\\.?|(?:once|one\\s+time)" + A_DAY
                    + "|daily(?<!(?:\\bbid|\\bbd|\\btid|\\btds|\\bqid|twice|thrice|times)\\s{1,3}daily)|every\\s+day(?!\\s*\\d)"
                    // "qn" (quaque nocte), as Chinese registrations write a dose at night
                    + "|qn"
                    // "200 ml by IV infusion per day": once a day (a dose "per day" is a unit, mg/d)
                    + "|(?<=(?:infusion|injection|drip|administration)\\s)per\\s+day"
                    // "once nightly", "every night", "q day", "qhs": once a day too
                    + "|(?:once\\s+)?nightly|every\\s+(?:night|evening|morning)|q\\.?\\s?day|qhs|q\\.h\\.s\\.?"
                    // "at bedtime", "HS" (hora somni) after a dose
                    + "|(?:once\\s+)?at\\s+bedtime|(?<=\\d\\s?(?:mg|g|mcg|ml|tablets?|caps?)\\s)hs)(?![\\w])"),
                    Attr.TIMES_PER_DAY, m -> 1),
            new Rule(p("(?<![\\p{L}])(?:(?:einmal\\s+)?täglich|une\\s+fois\\s+par\\s+jour|(?:une\\s+fois\\s+)?quotidiennement"
                    + "|una\\s+vez\\s+(?:al|por)\\s+d[ií]a|diariamente|uma\\s+vez\\s+(?:ao|por)\\s+dia)(?![\\p{L}])"
                    + "|[每一][日天](?:一|1)次|每[日天](?![两二三四2-9\\d])"), Attr.TIMES_PER_DAY, m -> 1),
            // "12 mg OD", "Tab 500 mg po OD": once daily as Indian registrations write it, in capitals after a dose or
            // a route (not an eye, "1 drop OD")
            // (the capitals first and the look-behind after them: a look-behind tried at every position is slow)
            new Rule(p("(?-i:OD)(?![\\w])(?<=(?:\\d\\s?(?:mg|g|mcg|ug|iu)|\\btabs?|\\bpo|\\biv|\\boral(?:ly)?|\\bsc|\\bim)"
                    + "\\s{1,3}OD)"), Attr.TIMES_PER_DAY, m -> 1),
            // "every week or every two weeks", "weekly or every 3 weeks", "every 3-4 weeks", "every 2 or 3 weeks":
            // either interval, written as the labelled sets write alternatives ("P1W/P3W")
            new Rule(p("\\b(?:weekly|every\\s+week)\\s+or\\s+every\\s+(" + NUM + ")\\s+weeks\\b"), Attr.INTERVAL,
                    m -> either("P1W", iso(period(m.group(1), null, "weeks")))),
            new Rule(p("\\bevery\\s+(" + NUM + ")\\s*(?:-|–|to|or)\\s*(" + NUM + ")\\s+(days|weeks|months)\\b"),
                    Attr.INTERVAL, m -> either(iso(period(m.group(1), null, m.group(3))),
                            iso(period(m.group(2), null, m.group(3))))),
            new Rule(p("\\bq\\.?\\s?(\\d+)\\s?(w|wks?|weeks?|d|days?|mo|months?)(?![\\w])\\.?"), Attr.INTERVAL,
                    m -> iso(period(m.group(1), null, m.group(2)))),
            new Rule(p("\\bq\\.?(w|wk)(?![\\w])"), Attr.INTERVAL, m -> "P1W"),
            new Rule(p("\\b(?:every\\s+other\\s+day|on\\s+alternate\\s+days|q\\.?o\\.?d\\b\\.?|qod)"), Attr.INTERVAL, m -> "P2D"),
            // "every other week", "every third week", "every 2nd month", "fortnightly", "on alternate weeks"
            new Rule(p("\\bevery\\s+(other|second|third|fourth|2nd|3rd|4th)\\s+(day|week|month)\\b|\\b(fortnightly)\\b"
                    + "|\\b(?:on\\s+)?(alternate)\\s+(weeks)\\b"), Attr.INTERVAL, AttributeScanner::everyNth),
            // "alle 3 Wochen", "toutes les 3 semaines", "cada 3 semanas", "a cada 21 dias", "每3周", "每21天"
            new Rule(p("(?<![\\p{L}])(?:alle|toutes\\s+les|cada)\\s+(\\d+)\\s+(wochen|tage|semaines|jours|semanas|d[ií]as"
                    + "|meses|monate|mois)(?![\\p{L}])|每\\s*(\\d+)\\s*(周|天|日|个月)"), Attr.INTERVAL,
                    m -> iso(period(first(m, 1, 3), null, unitWord(first(m, 2, 4))))),
            new Rule(p("(?<![\\p{L}])(?:wöchentlich|einmal\\s+(?:pro|in\\s+der)\\s+woche|une\\s+fois\\s+par\\s+semaine"
                    + "|hebdomadaire|semanal(?:mente)?|una\\s+vez\\s+(?:a\\s+la|por)\\s+semana|uma\\s+vez\\s+por\\s+semana)"
                    + "(?![\\p{L}])|每周(?:一次|1次)?"), Attr.INTERVAL, m -> "P1W"),
            // "ever 3 weeks" is a frequent misspelling of "every 3 weeks"; "q d 21" is every 21 days
            new Rule(p("\\bevery?\\s+(" + NUM + ")[-\\s]+(weeks?|wks?|days?|months?)\\b"), Attr.INTERVAL,
                    m -> iso(period(m.group(1), null, m.group(2)))),
            // "twice weekly", "3 times weekly" are no interval, as "3 times per week" is not (labelled.tsv)
            // "OW" (once weekly) only in capitals, as the dosing abbreviation is written; the look-ahead names the
            // letters the branches begin with, so that the look-behinds are tried there only
            new Rule(p("(?=[eow])(?:\\b(?:every|once\\s+(?:a|per|every))\\s+week\\b"
                    + "|(?<!bi-)(?<!bi\\s)(?<!(?:twice|thrice|times|[2-7]\\s?x)[\\s-]{1,3})\\b(?:once\\s+)?weekly\\b"
                    + "|(?<![\\w.])(?-i:OW)(?![\\w]))"),
                    Attr.INTERVAL, m -> "P1W"),
            // "180 ug/week", "30 mg/m2/week", "25μg(s.c.)/2weeks": a dose per week is given weekly
            new Rule(p("(?<=\\d\\s{0,2}(?:mg|g|ug|µg|μg|mcg|iu|u|units?)(?:\\s*/\\s*(?:m2|m²|m\\^2|kg))?(?:\\s*\\([^)]{0,12}\\))?)"
                    + "\\s*(?:/|per\\s+)\\s*(\\d+)?\\s*(?:weeks?|wks?|w)(?![\\w])"), Attr.INTERVAL,
                    m -> iso(period(m.group(1) == null ? "1" : m.group(1), null, "w"))),
            // "on day 1 of each week", "on 3 consecutive days each week", "paclitaxel IV each week"; not "twice each
            // week", which says how often within the week
            new Rule(p("(?<!(?:twice|thrice|times|doses|hours)\\s)(?<!(?:dose|hour)\\s)\\beach\\s+week\\b(?!\\s*\\d)"),
                    Attr.INTERVAL, m -> "P1W"),
            new Rule(p("\\b(" + NUM + ")[-\\s]weekly\\b"), Attr.INTERVAL, m -> iso(period(m.group(1), null, "w"))),
            // "once / week", "1 time / week", "one time per week", as "1 time / day" is once a day
            new Rule(p("(?<![\\w.])(?:once|1\\s*times?|one\\s+time)\\s*(?:/\\s*|(?:a|per|each)\\s+)(?:week|wk)\\b"),
                    Attr.INTERVAL, m -> "P1W"),
            new Rule(p("(?<!bi-)\\b(?:monthly|every\\s+month|once\\s+(?:a|per|each|every)\\s+month)\\b"), Attr.INTERVAL,
                    m -> "P1M"),
            // "a 3-week cycle", "four cycles of 3-weeks regimen", "on a 2-week schedule"
            new Rule(p("\\b(" + NUM + ")[-\\s]weeks?\\s+(?:treatment\\s+)?(?:cycles?|regimens?|schedules?)\\b"), Attr.INTERVAL,
                    m -> iso(period(m.group(1), null, "w"))),
            new Rule(p("\\bq\\s?d\\s?(\\d{1,2})\\b"), Attr.INTERVAL, m -> iso(period(m.group(1), null, "d"))),
            new Rule(p("\\bcycles?\\s+(?:(?:is|are)\\s+)?(?:of|=|:|is|every|lasts?|lasting|repeated\\s+every|of\\s+every)\\s+("
                    + NUM + ")\\s+(weeks?|wks?)\\b|\\b(" + NUM + ")\\s*(?:weeks?|wks?)\\s*" + AS_A_CYCLE), Attr.INTERVAL,
                    m -> iso(period(first(m, 1, 3), null, "w"))),
            new Rule(p("\\b(\\d+)[-\\s]days?\\s+(?:treatment\\s+)?cycles?\\b|\\bcycles?\\s+(?:(?:is|are)\\s+)?"
                    + "(?:of|=|:|is|every|lasts?|lasting|repeated\\s+every)\\s+(\\d+)\\s+days\\b|\\b(\\d+)\\s*days?\\s*" + AS_A_CYCLE), Attr.INTERVAL,
                    m -> iso(period(first(m, 1, 2, 3), null, "d"))),
            new Rule(p("\\b(?:on\\s+)?(?:the\\s+)?first\\s+day\\s+of\\s+(?:each|every|the)\\s+(?:treatment\\s+)?cycle\\b"
                    + "|\\bday\\s+one\\b"
                    // "1600 mg per time on first day" (a loading dose); not "on the first day of chemotherapy"
                    + "|\\bon\\s+(?:the\\s+)?first\\s+day\\b(?!\\s+of\\b)"
                    // "el primer día", "le premier jour", "am ersten Tag", "no primeiro dia", "首日"
                    + "|(?=[elan])(?<![\\p{L}])(?:el\\s+primer\\s+d[ií]a|le\\s+premier\\s+jour|am\\s+ersten\\s+tag|(?:no\\s+)?primeiro"
                    + "\\s+dia)(?![\\p{L}])|首日"), Attr.DAYS, m -> "d1"),
            // "第1天", "第2-10天", "第2至10天": a day or days as Chinese registrations write them
            new Rule(p("第\\s*(\\d{1,2})\\s*(?:(?:-|–|~|～|至|到)\\s*(?:第\\s*)?(\\d{1,2})\\s*)?[天日]"), Attr.DAYS,
                    m -> m.group(2) == null ? "d" + Integer.parseInt(m.group(1))
                            : dayRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
            // "from the 2nd to the 10th day", "the second-fifth days": days written as ordinals
            new Rule(p("\\b(?:from\\s+)?(?:the\\s+)?" + ORDINAL + "(?:\\s+days?)?\\s*(?:-|–|~|～|to|through|until|till)\\s*"
                    + "(?:the\\s+)?" + ORDINAL + "\\s+days?\\b"), Attr.DAYS,
                    m -> dayRange(Numbers.ordinal(m.group(1)), Numbers.ordinal(m.group(2)))),
            // "on the second day", "the 3rd day of each cycle"; not "the second day of hospitalisation", nor "from the
            // second day" (on and after it) or "the third day was 0.5 g x 12 days"
            // "for the first 2 days", "in the first three days": the days from the first
            new Rule(p("\\b(?:for|in|during|on)\\s+(?:the\\s+)?first\\s+(\\d|two|three|four|five|six|seven)\\s+days\\b"
                    + "(?!\\s+of\\b)"), Attr.DAYS, m -> dayRange(1, (int) Numbers.value(m.group(1)))),
            // "400 mg every 12 hours for the first day", "in the first day", "(first day 400 mg/BD": a first day
            new Rule(p("\\b(?:for|in|during)\\s+(?:the\\s+)?first\\s+day\\b(?!\\s+of\\b)|(?<=\\(\\s?)first\\s+day\\b"),
                    Attr.DAYS, m -> "d1"),
            new Rule(p("\\bon\\s+the\\s+" + ORDINAL + "\\s+day\\b(?!\\s+of\\b(?!\\s+" + OF_EACH_CYCLE + "))"
                    + "|\\bthe\\s+" + ORDINAL + "\\s+day\\s+of\\s+(?=" + OF_EACH_CYCLE + ")"), Attr.DAYS,
                    m -> Double.isNaN(Numbers.ordinal(first(m, 1, 2))) ? null
                            : "d" + Numbers.format(Numbers.ordinal(first(m, 1, 2)))),
            // "anlotinib 1-14days of every 3-week cycle": a range of days before "days of each cycle"
            new Rule(p("(?<![\\w.])(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})\\s*days?(?=\\s+of\\s+(?:each|every|the|a)\\s+"
                    + "(?:\\d+[-\\s](?:days?|weeks?)\\s+)?(?:treatment\\s+)?cycle)"), Attr.DAYS,
                    m -> Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2))
                            ? "d" + Integer.parseInt(m.group(1)) + "-" + Integer.parseInt(m.group(2)) : null),
            // not the D of a vitamin ("Vitamin D3 50,000 IU weekly", "25(OH)D3"), which is no day of the schedule, nor of
            // a dextrose solution ("in 500 cc D5W", "D5NS")
            new Rule(p("\\b(?<!vitamin[\\s-])(?<!vit\\.?[\\s-])(?<!\\(oh\\))(?:d\\s?(?=\\d)|days?\\s*)(\\d{1,2})(?!(?:w|ns)\\b)"
                    + "(?:" + TO + "(?:d(?=\\d)|days?\\s*)?\\d{1,2}|\\s*through\\s*(?:d(?=\\d)|days?\\s*)?\\d{1,2})?(?:\\s*(?:,\\s*and|,\\s*&|,|，|、|and|&|\\+(?=\\s*d))\\s*(?:d\\s?(?=\\d)|days?\\s*)?\\d{1,2}(?:" + TO + "\\d{1,2})?(?!\\d|\\.\\d)"
                    + "(?!\\s*(?:mg|g\\b|cycles?|courses?|weeks?|days?|years?|months?|%|gy)))*(?!\\d|\\.\\d)"),
                    Attr.DAYS, m -> days(m.group())),
            // "daily for 14 days every 21 days", "11mg/m2/day x 5 days every 28 days": the first days of each cycle,
            // not how long treatment lasts
            new Rule(p("(?:\\bfor\\s+|(?<=\\s)x\\s*|×\\s*)(\\d{1,2})\\s+(?:consecutive\\s+)?days\\b(?=,?\\s+(?:every|each\\b|of\\s+(?:each|every|a)\\b"
                    + "|q\\.?\\s?\\d|in\\s+(?:each|every|a)\\s+(?:\\d+[-\\s]days?\\s+)?cycle))"), Attr.DAYS,
                    m -> "d1-" + Integer.parseInt(m.group(1))),
            // "x 5 days Wks 1, 5, 9, and 13", "for 5 days in weeks 1 and 4": the first days of each week named
            new Rule(p("(?:\\bfor|(?<=\\s)x|×)\\s*(\\d{1,2})\\s+(?:consecutive\\s+)?days\\b(?=,?\\s+(?:(?:on|in|of|during)"
                    + "\\s+)?(?:weeks?|wks?\\.?)\\s+\\d{1,2}\\s*(?:,|and\\b|&))"), Attr.DAYS,
                    m -> "d1-" + Integer.parseInt(m.group(1))),
            // "crs" as abbreviated legacy texts write courses; not "crs 1,2,4" (course numbers) nor a grade of CRS
            // (cytokine release syndrome)
            new Rule(p("(?<![\\w.])(?<!grade\\s)(" + NUM + ")(?:" + TO + "(" + NUM + ")|\\s+or\\s+(" + NUM + "))?\\s+"
                    + "(?:treatment\\s+|more\\s+|chemotherapy\\s+)?(?:cycles?|courses?|(?-i:crs)(?!\\s*\\d))\\b"), Attr.CYCLES,
                    AttributeScanner::cycles),
            // "for at least 5 days and up to 14 days": the least and the most the drug is given for
            new Rule(p("\\bfor\\s+(?:at\\s+least|a\\s+minimum\\s+of)\\s+(" + NUM + ")\\s*" + UNIT_TIME + "\\s+(?:and\\s+)?"
                    + "(?:up\\s+to|(?:a\\s+)?max(?:imum)?\\s+of|at\\s+most|(?:no|not)\\s+more\\s+than)\\s+(" + NUM + ")\\s*"
                    + UNIT_TIME + "(?![\\w])"), Attr.DURATION, m -> sameUnit(m.group(2), m.group(4))
                            ? period(m.group(1), m.group(3), m.group(2)) : null),
            // "durante 5 días", "por 10 dias", "pendant 10 jours", "für 5 Tage", "连用7天": how long, in the registries'
            // languages
            new Rule(p("(?=[dpf连持共疗])(?<![\\p{L}])(?:durante|por|pendant|für)\\s+(\\d+)(?:\\s*(?:-|a|à|bis)\\s*(\\d+))?\\s*(d[ií]as"
                    + "|semanas|meses|jours|semaines|mois|tagen?|wochen|monaten?)(?![\\p{L}])|(?:连续|连用|持续|共|疗程)\\s*(\\d+)\\s*"
                    + "(天|日|周|个月)"), Attr.DURATION, m -> period(first(m, 1, 4), m.group(2), unitWord(first(m, 3, 5)))),
            // "for at least 5 days" is the course planned, as the labelled sets count it; "for a period of 14 days",
            // "for 5 consecutive days", "during 5 days" too
            // "for total 5 days", "for totally 10 days", "for next 7 weeks" as registrations write them
            new Rule(p("\\b(?:for|over|during)\\s+(?:(?:a|the)\\s+(?:period|course)\\s+of\\s+)?(?:up\\s+to\\s+|at\\s+least\\s+"
                    + "|(?:a\\s+)?max(?:imum|\\.)?\\s+(?:of\\s+)?|(?:a\\s+)?total\\s+(?:of\\s+)?|totally\\s+|(?:the\\s+)?next\\s+"
                    + "|at\\s+most\\s+|(?:no|not)\\s+more\\s+than\\s+)?(" + NUM + ")(?:" + TO + "(" + NUM + "))?\\s*"
                    + "(?:consecutive\\s+)?" + UNIT_TIME + "(?![\\w])"
                    // not "for 5 consecutive days a week for 4 weeks" (the days of each week)
                    + "(?!\\s+(?:a|per|each|every|of\\s+(?:each|every))\\s+week|\\s+weekly|\\s+for\\s+\\d+\\s+(?:weeks?|wks?))"),
                    Attr.DURATION, m -> period(m.group(1), m.group(2), m.group(3))),
            // "x 6 weeks", "duration: 10 days" (the look-ahead as above); the label's words may be another's
            new Rule(p("(?=[x×ptd])(?:(?:(?<=\\s)|(?<=\\d)|(?<=\\dg)|(?<=mg)|^)(?:x|×)\\s*(" + NUM + ")\\s*" + UNIT_TIME
                    + "(?![\\w])|\\b(?:planned\\s+|total\\s+)?"
                    // "Duration of therapy - 2 days", "Duration- 30 days", "Duration of treatment: 5 days"
                    + "(?:treatment\\s+|therapy\\s+)?duration(?:\\s+of\\s+(?:the\\s+)?(?:treatment|therapy|administration"
                    + "|intervention)\\b)?(?:\\s+|(?=\\s*[:–-]))(?:of\\s+)?(?:treatment\\s+)?(?:is\\s+|of\\s+|[:–-]\\s*"
                    + "|will\\s+be\\s+"
                    // "the duration of treatment will be 10 d.": a bare "d" only after a duration's label
                    + "|was\\s+)?(" + NUM + ")\\s*" + UNIT_TIME_OR_D + "(?![\\w]))"), Attr.DURATION,
                    m -> period(first(m, 1, 3), null, m.group(2) != null ? m.group(2) : m.group(4))),
            // "5 mg, once daily, 10 days": a number of days right after a daily frequency is how long it is given
            // the comma first and the frequency behind it: a look-behind tried at every position of every text was
            // the slowest of the rules
            new Rule(p(",(?<=(?:daily|qd|bid|tid|a\\sday|per\\sday),)\\s*(" + NUM + ")\\s*(days?|weeks?)\\b(?!\\s+(?:of|every|per|before"
                    + "|after|later|prior|apart))"), Attr.DURATION, m -> period(m.group(1), null, m.group(2))),
            // "200 mg BID seven days", "300/100 daily  5 days": the same right after the frequency, without a comma
            // (the look-behind for the frequency only where a number starts after a space: tried at every position
            // of every text, it was the slowest of the rules)
            new Rule(p("(?<=\\s)(?=\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    + "(?<=(?:daily|qd|od|bid|bd|tid|qid|a\\sday|per\\sday)\\s{1,3})(" + NUM + ")\\s*(days?|weeks?)\\b"
                    + "(?!\\s+(?:of|every|per|before|after|later|prior|apart|a\\s+week|each\\s+week))"), Attr.DURATION,
                    m -> period(m.group(1), null, m.group(2))),
            // "twice a day, twice each time, 7-14 days.": a number of days that is the last item of a list of values
            new Rule(p("(?<=,)\\s*(" + NUM + ")(?:" + TO + "(" + NUM + "))?\\s*(days?|weeks?)(?=\\s*(?:[.;)]|<br|$))"),
                    Attr.DURATION, m -> period(m.group(1), m.group(2), m.group(3))),
            // "till the patient is negative or 30 days whichever earlier": at most that long
            new Rule(p("\\b(" + NUM + ")\\s*" + UNIT_TIME + "\\s*,?\\s*which\\s*ever\\s+(?:is\\s+)?(?:earlier|sooner|first|less)\\b"),
                    Attr.DURATION, m -> period(m.group(1), null, m.group(2))),
            // "Treatment will last 1 month", "the intervention lasts for 12 weeks"; not "the last 5 days", "at last", nor
            // the length of a cycle ("Each cycle will last 28 days")
            new Rule(p("(?<!the\\s)(?<!at\\s)(?<!(?:course|cycle)\\s)(?<!(?:course|cycle)\\swill\\s)\\blast(?:s|ing)?\\s+(?:for\\s+)?(?:about\\s+)?(" + NUM + ")\\s*" + UNIT_TIME
                    + "(?![\\w])"), Attr.DURATION, m -> period(m.group(1), null, m.group(2))),
            // "The duration of herbal supplement taking is one week": a duration of what is taken, not of a follow-up,
            // a stay or an illness
            new Rule(p("\\bduration\\s+of\\s+(?!(?:the\\s+)?(?:follow|study|observation|hospital|stay|trial|symptoms?"
                    + "|illness|disease|fever|infusion|admission|isolation|quarantine))(?:[\\w-]+\\s+){1,4}(?:is|will\\s+be"
                    + "|was)\\s+(" + NUM + ")\\s*" + UNIT_TIME + "(?![\\w])"), Attr.DURATION,
                    m -> period(m.group(1), null, m.group(2))),
            // "once nightly for 4 nights": as many days
            new Rule(p("\\bfor\\s+(" + NUM + ")\\s+(?:consecutive\\s+)?nights\\b"), Attr.DURATION,
                    m -> period(m.group(1), null, "days")),
            new Rule(p("\\bup\\s+to\\s+(" + NUM + ")\\s*" + UNIT_TIME + "(?![\\w])"), Attr.DURATION,
                    m -> period(m.group(1), null, m.group(2))),
            new Rule(p("\\bmax(?:imum|\\.)?\\s+(?:treatment\\s+|medication\\s+|therapy\\s+)?(?:duration|period|time)"
                    + "(?:\\s+of\\s+(?:treatment|medication|therapy|administration|dosing))?\\s*(?:is|of|:|=|will\\s+be"
                    + "|was)?\\s*(?:up\\s+to\\s+)?(" + NUM + ")\\s*" + UNIT_TIME + "(?![\\w])"), Attr.DURATION,
                    m -> period(m.group(1), null, m.group(2))),
            // "for a 52 week open-label phase", "during the 12-week treatment period": how long a drug of that phase is
            // given; not a run-in, follow-up or assessment period, which gives no drug
            new Rule(p("\\b(?:for|during|over|throughout)\\s+(?:a|an|the)\\s+(" + NUM + ")[-\\s](year|month|week|day)s?"
                    + "(?:[-\\s]long)?\\s+(?:(?:double|single)[-\\s]blind(?:ed)?|open[-\\s]label|treatment|dosing|maintenance"
                    + "|randomi[sz]ed)(?:\\s+(?:treatment|dosing|extension))?\\s+(?:phase|period|extension)\\b"),
                    Attr.DURATION, m -> period(m.group(1), null, m.group(2))),
            new Rule(p("\\b(" + NUM + ")[-\\s](year|month|week)s?(?=\\s+(?:of\\s+)?(?:[\\w-]+\\s+)?(?:treatment|therapy)\\b)"),
                    Attr.DURATION, m -> period(m.group(1), null, m.group(2))),
            new Rule(FRACTIONS, Attr.RT_FRACTIONS, m -> range(m.group(1), m.group(2))),
            // "ivgtt" (intravenous guttae, a drip), as Chinese registrations write it; "IVPB" (piggyback) and "IVP"
            // (push), as US protocols do
            new Rule(p("(?<![\\w.])(?:intravenous(?:ly)?|i\\.v\\.?|iv|civ|ivgtt|iv\\s?gtt|ivpb|ivp|by\\s+vein"
                    // "into a vein", "into your vein", "through your vein", as texts written for patients say it
                    + "|(?:into|in|through)\\s+(?:a|the|your)\\s+vein)(?![\\w])(?:\\s+(?:drip|infusion|injection|bolus"
                    + "|push)\\b)?"), Attr.ROUTE, m -> "IV"),
            // "v.o." (vía oral), as Spanish and Italian registrations abbreviate it
            new Rule(p("(?<![\\w.])(?:orally|oral|p\\.o\\.?|po|per\\s+os|by\\s+mouth|v\\.o\\.?)(?![\\w])"), Attr.ROUTE,
                    m -> "oral"),
            // "ih" / "i.h." (hypodermic injection) is how Chinese registrations write subcutaneous
            // "subQ", and "SQ" in capitals (not the "sq m" of a dose per body surface)
            new Rule(p("(?<![\\w.])(?:subcutaneous(?:ly)?|s\\.c\\.?|sc|subcut|sub-?q|(?-i:SQ)(?!\\s*\\.?\\s*[mM]\\b)|i\\.h\\.?|ih"
                    + "|hypodermic(?:ally)?)(?![\\w])(?:\\s+injection\\b)?"),
                    Attr.ROUTE, m -> "subcutaneous"),
            // "IM route", "IM injection", "IM on day 1", "given IM": the capitals alone are too often something else
            // ("IM" of an arm's name)
            new Rule(p("(?<![\\w.])(?:intramuscular(?:ly)?|i\\.m\\.|(?-i:IM)(?=\\s+(?:route|injections?|administration|doses?"
                    + "|on\\s+days?|every|once|daily|weekly)\\b)|(?<=(?:given|administered|injected)\\s)(?-i:IM))(?![\\w])"),
                    Attr.ROUTE, m -> "intramuscular"),
            new Rule(p("(?<![\\p{L}])(?:intravenös|intraveineuse|intraveineux|intravenosa|intravenoso|endovenosa|endovenoso)"
                    + "(?![\\p{L}])|静脉(?:滴注|注射|输注)?"), Attr.ROUTE, m -> "IV"),
            new Rule(p("(?<![\\p{L}])(?:orale|oralmente|peroral|por\\s+v[ií]a\\s+oral|por\\s+via\\s+oral)(?![\\p{L}])|口服"),
                    Attr.ROUTE, m -> "oral"),
            new Rule(p("(?<![\\p{L}])(?:subkutan|sous-cutanée?|subcutánea|subcutânea)(?![\\p{L}])|皮下(?:注射)?"), Attr.ROUTE,
                    m -> "subcutaneous"),
            new Rule(p("(?<![\\p{L}])(?:intramuskulär|intramusculaire)(?![\\p{L}])|肌肉注射|肌注"), Attr.ROUTE,
                    m -> "intramuscular"),
            // "IT" (intrathecal) in capitals before a schedule, a drug's name or a closing mark, as leukaemia protocols
            // write it ("MTX IT on wks 7, 10", "IT Methotrexate"); not a country code, "IT system" or "IT Therapy" (no
            // drug's route)
            new Rule(p("\\bintrathecal(?:ly)?\\b|(?<![\\w.-])(?-i:IT)(?![\\w])(?=\\s*[,;)]|\\s+(?:on|over|days?|wks?|weeks?|per|x"
                    + "|once|twice|weekly|daily|q\\d+)\\b|\\s+(?!therapy|treatment)(?-i:[A-Z][a-z]))"), Attr.ROUTE,
                    m -> "intrathecal"),
            new Rule(p("\\bintraperitoneal(?:ly)?\\b"), Attr.ROUTE, m -> "intraperitoneal"),
            new Rule(p("\\bintravitreal(?:ly)?\\b"), Attr.ROUTE, m -> "intravitreal"),
            new Rule(p("\\bintra-?arterial(?:ly)?\\b"), Attr.ROUTE, m -> "intra-arterial"),
            new Rule(p("\\bintra-?(?:tumou?ral|lesional)(?:ly)?\\b"), Attr.ROUTE, m -> "intralesional"),
            new Rule(p("\\btopical(?:ly)?\\b"), Attr.ROUTE, m -> "topical"),
            // not "vaginal bleeding": "vaginal" only before a word of how a drug is given
            new Rule(p("\\bvaginally\\b|\\bper\\s+vaginam\\b|\\bvaginal(?=\\s+(?:route|use|suppositor(?:y|ies)|pessar(?:y|ies)"
                    + "|gel|tablets?|rings?|creams?|inserts?|administration|application)\\b)"), Attr.ROUTE, m -> "vaginal"),
            new Rule(p("\\bintradermal(?:ly)?\\b"), Attr.ROUTE, m -> "intradermal"),
            // "intranasal esketamine" (the document reader writes a route label's "Nasal use" so)
            // "1 puff ... at each nostril", "nasally": a dose given into the nose
            new Rule(p("\\bintranasal(?:ly)?\\b|\\bnasally\\b|\\b(?:in(?:to)?|at|per)\\s+(?:each|both|one|either)\\s+nostrils?\\b"),
                    Attr.ROUTE, m -> "intranasal"),
            new Rule(p("\\bintravesical(?:ly)?\\b"), Attr.ROUTE, m -> "intravesical"),
            new Rule(p("\\btransdermal(?:ly)?\\b"), Attr.ROUTE, m -> "transdermal"),
            new Rule(p("\\bsublingual(?:ly)?\\b"), Attr.ROUTE, m -> "sublingual"),
            // not "rectal cancer": "rectal" only before a word of how a drug is given
            new Rule(p("\\brectally\\b|\\bper\\s+rectum\\b|\\brectal(?=\\s+(?:route|use|suppositor(?:y|ies)|administration"
                    + "|insufflations?|enemas?|application)\\b)"), Attr.ROUTE, m -> "rectal"),
            new Rule(p("\\binhal(?:ed|ation|ational)\\b|\\bnebuli[sz](?:ed|ation|er)\\b"), Attr.ROUTE, m -> "inhalation"),
            new Rule(p("\\b(?:single|one)[-\\s](?:dose|administration|injection|infusion)\\b|\\bonce\\s+only\\b"),
                    Attr.SINGLE, m -> Boolean.TRUE),
            new Rule(p(Techniques.PATTERN.pattern()), Attr.TECHNIQUE, m -> Techniques.name(m.group())),
            // not a vaccine's adjuvant: "incomplete Freund's adjuvant", "QS-21 vaccine adjuvant"
            new Rule(p("\\b(?:neo-?adjuvant|(?<!freund['’]s\\s)(?<!freunds\\s)(?<!freund\\s)(?<!vaccine\\s)adjuvant"
                    + "|induction|consolidation|consolidative|maintenance|salvage|concurrent|concurrently)\\b"
                    // "the simultaneous chemoradiotherapy regimen", "simultaneously with radiotherapy": concurrent
                    + "|\\bsimultaneous(?:ly)?(?=\\s+(?:with\\s+)?(?:the\\s+)?(?:chemo-?radi|radi|crt\\b|rt\\b))"),
                    Attr.PHASE, m -> phase(m.group())),
            // "CONTINUATION: Pts receive oral 6-MP daily": leukaemia protocols' maintenance, as a heading only
            new Rule(p("\\bcontinuation(?=\\s*(?:phase|therapy|treatment)?\\s*[:：])"), Attr.PHASE, m -> "maintenance"));

    /** Every value in the text, ordered by position, non-overlapping. */
    List<Found> scan(String written) {
        String text = CaseFold.beyondAscii(written);
        boolean[] taken = new boolean[text.length() + 1];
        List<Found> out = new ArrayList<>();
        scanRadiotherapyDoses(text, taken, out);
        Matcher auc = AUC.matcher(text);
        while (auc.find()) {
            Range r = range(auc.group(1), auc.group(2));
            if (r != null && free(taken, auc.start(), auc.end())) {
                take(taken, auc.start(), auc.end());
                out.add(new Found(Attr.DOSE, auc.start(), auc.end(), new Dose(r, "AUC")));
            }
        }
        Matcher millions = MILLION_UNITS.matcher(text);
        while (millions.find()) {
            Range r = range(first(millions, 1, 2), null);
            if (r != null && free(taken, millions.start(), millions.end())) {
                take(taken, millions.start(), millions.end());
                out.add(new Found(Attr.DOSE, millions.start(), millions.end(),
                        new Dose(new Range(r.min() * 1e6, r.max() * 1e6), "[iU]")));
            }
        }
        // "PO or IV", "IV or SC": the route is the first written, the other the alternative
        Matcher alternative = ROUTE_ALTERNATIVE.matcher(text);
        while (alternative.find()) {
            take(taken, alternative.start(1), alternative.end());
        }
        scanDoseParts(text, taken, out);
        scanCountedDoses(text, taken, out);
        scanCycleProducts(text, taken, out);
        scanDoseAlternatives(text, taken, out);
        // "administered orally between Day 1 and Day 10, 1800 mg twice a day on Day 1 followed by 800 mg from Day 2":
        // the span the doses are given within is neither dose's days (and never days 1 and 10 alone)
        // "... followed by 800 mg twice a day from Day 2" within that span: days 2 to its last day
        Matcher window = DAY_WINDOW.matcher(text);
        while (window.find()) {
            take(taken, window.start(), window.end());
            int last = Integer.parseInt(window.group(1));
            int stop = text.length();
            for (String end : List.of("<br", "\n", ". ", ";")) {
                int at = text.indexOf(end, window.end());
                stop = at >= 0 ? Math.min(stop, at) : stop;
            }
            Matcher from = FROM_DAY.matcher(text).region(window.end(), stop);
            while (from.find()) {
                int first = Integer.parseInt(from.group(1));
                if (first < last && free(taken, from.start(), from.end())) {
                    take(taken, from.start(), from.end());
                    out.add(new Found(Attr.DAYS, from.start(), from.end(), "d" + first + "-" + last));
                }
            }
        }
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || !free(taken, m.start(), m.end()) || excluded(rule.attr(), text, m)) {
                    continue;
                }
                Object value = rule.value().apply(m);
                if (value != null) {
                    take(taken, m.start(), m.end());
                    out.add(new Found(rule.attr(), m.start(), m.end(), value));
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        return joinDoseRanges(text, out);
    }

    /**
     * Two doses in one unit joined by {@link #DOSE_RANGE_BETWEEN}, the lower first, become one dose range: the
     * drug is given anywhere from one to the other, as its label would state it ("56-84 mg").
     */
    private static List<Found> joinDoseRanges(String text, List<Found> finds) {
        List<Found> out = new ArrayList<>(finds.size());
        for (int i = 0; i < finds.size(); i++) {
            Found f = finds.get(i);
            // the next dose, past the days the first is given on ("15 mg/day on Day 1 through Day 28 and then
            // increase to 30 mg/day")
            int j = i + 1;
            while (j < finds.size() && finds.get(j).attr() == Attr.DAYS) {
                j++;
            }
            Found next = j < finds.size() ? finds.get(j) : null;
            if (next != null && f.attr() == Attr.DOSE && next.attr() == Attr.DOSE
                    && f.value() instanceof Dose a && next.value() instanceof Dose b && a.unit().equals(b.unit())
                    && a.amount().isSingle() && b.amount().isSingle() && a.amount().min() < b.amount().min()
                    && (DOSE_RANGE_BETWEEN.matcher(text.substring(f.end(), next.start())).matches()
                    || OR_BETWEEN.matcher(text.substring(f.end(), next.start())).matches()
                    && FLEXIBLE_BEFORE.matcher(text.substring(Math.max(0, f.start() - 40), f.start())).find())
                    && !PAIRED_AFTER.matcher(text.substring(next.end())).find()
                    && !PAIRED_AFTER.matcher(text.substring(f.end())).find()) {
                out.add(new Found(Attr.DOSE, f.start(), next.end(),
                        new Dose(new Range(a.amount().min(), b.amount().min()), a.unit())));
                i = j;
                continue;
            }
            if (i + 1 < finds.size() && f.value() instanceof Dose a && finds.get(i + 1).value() instanceof Dose b
                    && a.unit().equals(b.unit())
                    && TOTAL_BETWEEN.matcher(text.substring(f.end(), finds.get(i + 1).start())).matches()) {
                out.add(new Found(Attr.DOSE, f.start(), finds.get(i + 1).end(), b));
                i++;
                continue;
            }
            if (f.attr() == Attr.DOSE && RAISED_TO_BEFORE.matcher(text.substring(Math.max(0, f.start() - 30),
                    f.start())).find()) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** Reads {@link #DOSE_ALTERNATIVES} as one dose range, before the plain dose rule takes each dose alone. */
    private static void scanDoseAlternatives(String text, boolean[] taken, List<Found> out) {
        Matcher m = DOSE_ALTERNATIVES.matcher(text);
        while (m.find()) {
            List<Double> values = new ArrayList<>();
            for (String part : m.group().split("/")) {
                values.add(Numbers.value(part.replaceAll("[^\\d.]", "")));
            }
            boolean rising = true;
            for (int i = 1; i < values.size(); i++) {
                rising &= values.get(i) > values.get(i - 1);
            }
            Matcher unit = DOSE.matcher(values.get(0) + " " + m.group(2));
            if (rising && unit.matches() && free(taken, m.start(), m.end()) && dose(unit) instanceof Dose one) {
                take(taken, m.start(), m.end());
                out.add(new Found(Attr.DOSE, m.start(), m.end(), new Dose(new Range(values.get(0),
                        values.get(values.size() - 1)), one.unit())));
            }
        }
    }

    private static boolean excluded(Attr attr, String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 45), m.start());
        return switch (attr) {
            case CYCLES -> CYCLE_EXCLUDED_BEFORE.matcher(before).find()
                    || BEYOND_A_RESPONSE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || RESPONDERS_SENTENCE.matcher(sentenceBefore(text, m.start())).lookingAt()
                            && !PHASE_NAMED_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 80))
                                    .find();
            case DURATION -> DURATION_EXCLUDED_BEFORE.matcher(before).find() || FOLLOWED_SENTENCE.matcher(
                    text.substring(Math.max(0, m.start() - 160), m.start())).find();
            case PHASE -> PHASE_EXCLUDED_BEFORE.matcher(before).find()
                    || PHASE_EXCLUDED_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)))
                            .find();
            // "stage IV" and "phase IV" are not routes
            // "60 or 40 mg": the dose of the first number is not written, so neither is read
            case DOSE -> DOSE_AFTER_BARE_NUMBER.matcher(before).find() || CAP_AFTER_A_DOSE.matcher(before).find()
                    || PRODUCT_LINE.matcher(line(text, m.start())).find() || STRENGTH_LABEL_BEFORE.matcher(before).find()
                    || FILM_COATED_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()
                    || PER_DECILITRE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            case INTERVAL -> RANGE_BEFORE.matcher(before).find() || CHANGED_BEFORE.matcher(before).find()
                    || VISITS_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || STEP_BEFORE.matcher(before).find()
                    || FOLLOWED_SENTENCE.matcher(text.substring(Math.max(0, m.start() - 160), m.start())).find();
            // "starting from D2: 5 mg/day", "800 mg twice a day from Day 2": from that day on, not on it alone
            // (but "beginning on day 1 of week 13 and continuing weekly" is that day of each week)
            case DAYS -> OPEN_FROM_BEFORE.matcher(before).find() && m.group().matches("(?is)\\D*\\d+\\s*")
                    && !DAY_OF_A_WEEK_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || FOLLOW_UP_TO_BEFORE.matcher(before).find();
            // "Route of administration of the placebo: Intravenous use" (EU CTR product blocks) is not the drug's
            case ROUTE -> m.group().equalsIgnoreCase("iv") && before.matches("(?is).*\\b(?:stage|phase|grade)\\s*$")
                    || PLACEBO_LINE.matcher(line(text, m.start())).find();
            default -> false;
        };
    }

    /**
     * "lopinavir/ritonavir 400/100 mg", "Kaletra 2 tablets (200/50 mg)": a fixed combination's doses, one per drug,
     * in one unit; "2 tablets of Kaletra 200/50 mg" is twice each (400/100). Not a dose per area or weight
     * ("/m2" after the unit), nor numbers without a unit right after them.
     */
    private static void scanDoseParts(String text, boolean[] taken, List<Found> out) {
        for (Pattern written : List.of(DOSE_PARTS, DOSE_PARTS_WITH_UNITS)) {
            Matcher m = written.matcher(text);
            while (m.find()) {
                String unit = partsUnit(m.group("unit"));
                if (unit == null || !free(taken, m.start(), m.end())
                        || written == DOSE_PARTS_WITH_UNITS && !unit.equals(partsUnit(m.group("first")))) {
                    continue;
                }
                double count = 1;
                int end = m.end();
                Matcher before = COUNT_BEFORE_PARTS.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
                Matcher after = COUNT_AFTER_PARTS.matcher(text).region(m.end(), text.length());
                if (before.find()) {
                    count = Numbers.value(before.group(1));
                } else if (after.lookingAt()) {
                    count = Numbers.value(after.group(1));
                    end = after.end();
                }
                if (Double.isNaN(count) || count <= 0 || count > 10) {
                    count = 1;
                }
                List<String> parts = new ArrayList<>();
                for (String n : PARTS_SEPARATOR.split(m.group("amounts"))) {
                    parts.add(Numbers.format(round(Double.parseDouble(n) * count)));
                }
                if (parts.contains("0")) {
                    continue;
                }
                take(taken, m.start(), end);
                out.add(new Found(Attr.DOSE_PARTS, m.start(), end, new Found.Parts(String.join("/", parts), unit)));
            }
        }
    }

    private static String partsUnit(String written) {
        String key = written.toLowerCase(Locale.ROOT).replace("µ", "u").replace("μ", "u").replace("mcg", "ug");
        return UNITS.get(key.matches("gms?") ? "g" : key);
    }

    /**
     * "two 200 mg tablets", "2 tablets of 200 mg", "2 x 200 mg capsules": the dose given is the count times the
     * strength (400 mg), read before a plain dose rule can take the strength alone.
     */
    private static void scanCountedDoses(String text, boolean[] taken, List<Found> out) {
        for (Pattern counted : List.of(COUNT_THEN_STRENGTH, COUNT_OF_STRENGTH, STRENGTH_THEN_COUNT,
                COUNT_STRENGTH_NAMED)) {
            Matcher m = counted.matcher(text);
            int countGroup = counted == STRENGTH_THEN_COUNT ? 2 : 1;
            while (m.find()) {
                double count = Numbers.value(m.group(countGroup));
                Matcher d = DOSE.matcher(m.group(3 - countGroup));
                if (Double.isNaN(count) || count <= 0 || count > 10 || !d.matches()
                        || !free(taken, m.start(), m.end())) {
                    continue;
                }
                Object strength = dose(d);
                if (strength instanceof Dose one && one.amount().isSingle()) {
                    // a product's name between the count and the strength is the drug the dose is of: the dose
                    // starts after it, so that the name is the drug before it
                    boolean named = counted != STRENGTH_THEN_COUNT
                            && PRODUCT_NAME.matcher(text.substring(m.end(1), m.start(2))).find();
                    if ((named || counted == COUNT_STRENGTH_NAMED) && NUMBERED_BEFORE.matcher(
                            text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                        continue; // "Arm 2 hydroxychloroquine 200 mg tablets": the number is the arm's
                    }
                    int start = named ? m.start(3 - countGroup) : m.start();
                    take(taken, m.start(), m.end());
                    out.add(new Found(Attr.DOSE, start, m.end(), new Dose(new Range(
                            round(one.amount().min() * count), round(one.amount().max() * count)), one.unit())));
                }
            }
        }
    }

    /**
     * Reads {@link #CYCLE_PRODUCT} as the cycle length, the number of cycles and, when written, the duration; and
     * {@link #CYCLES_OF_LENGTH} as the number of cycles and their length.
     */
    private static void scanCycleProducts(String text, boolean[] taken, List<Found> out) {
        Matcher m = CYCLE_PRODUCT.matcher(text);
        while (m.find()) {
            String length = iso(period(m.group(1), null, m.group(2)));
            Range cycles = range(m.group(3), null);
            if (length == null || cycles == null || !free(taken, m.start(), m.end())) {
                continue;
            }
            take(taken, m.start(), m.end());
            out.add(new Found(Attr.INTERVAL, m.start(1), m.end(2), length));
            out.add(new Found(Attr.CYCLES, m.start(3), m.end(3) + 1, cycles));
            Period total = m.group(4) == null ? null : period(m.group(4), null, m.group(5));
            if (total != null) {
                out.add(new Found(Attr.DURATION, m.start(4), m.end(5), total));
            }
        }
        Matcher w = WEEKS_OF_A_COURSE.matcher(text);
        while (w.find()) {
            double weeks = Numbers.value(first(w, 1, 2, 3));
            String course = first(w, 4, 5);
            int courseWeeks = course == null ? 0 : Integer.parseInt(course);
            // with no course, only "on weeks 1-4" ("weekly for 12 weeks" is how long treatment lasts); not "twice
            // weekly"
            boolean fits = course == null ? w.group(2) != null : courseWeeks > weeks;
            if (Double.isNaN(weeks) || weeks < 2 || weeks > 12 || weeks != Math.floor(weeks) || !fits
                    || TIMES_BEFORE.matcher(text.substring(Math.max(0, w.start() - 20), w.start())).find()
                    || !free(taken, w.start(), w.end())) {
                continue;
            }
            take(taken, w.start(), w.end());
            int weeksGroup = w.group(1) != null ? 1 : w.group(2) != null ? 2 : 3;
            out.add(new Found(Attr.DAYS, w.start(), course == null ? w.end() : w.end(weeksGroup),
                    Numbers.firstDaysOfWeeks((int) weeks)));
            if (course != null) {
                out.add(new Found(Attr.INTERVAL, w.start(w.group(4) != null ? 4 : 5), w.end(), "P" + courseWeeks + "W"));
            }
        }
        Matcher week = DAYS_A_WEEK.matcher(text);
        while (week.find()) {
            double days = Numbers.value(week.group(1));
            // not a radiotherapy's "5 days a week" ("Radiotherapy is administered 5 days a week")
            String before = sentenceBefore(text, week.start());
            before = before.substring(Math.max(0, before.length() - 150));
            if (days >= 2 && days <= 6 && days == Math.floor(days) && !RADIOTHERAPY_WORD.matcher(before).find()
                    && free(taken, week.start(), week.end())) {
                take(taken, week.start(), week.end());
                out.add(new Found(Attr.DAYS, week.start(), week.end(1), "d1-" + (int) days));
                out.add(new Found(Attr.INTERVAL, week.end(1), week.end(), "P1W"));
            }
        }
        Matcher of = OF_A_COURSE.matcher(text);
        while (of.find()) {
            if (free(taken, of.start(), of.end())) {
                take(taken, of.start(), of.end());
                out.add(new Found(Attr.INTERVAL, of.start(1), of.end(), iso(period(of.group(1), null, of.group(2)))));
            }
        }
        Matcher n = CYCLES_OF_LENGTH.matcher(text);
        while (n.find()) {
            Range cycles = range(n.group(1), null);
            String length = iso(period(n.group(2), null, n.group(3)));
            if (length != null && cycles != null && free(taken, n.start(), n.end())
                    && !CYCLE_EXCLUDED_BEFORE.matcher(text.substring(Math.max(0, n.start() - 45), n.start())).find()) {
                take(taken, n.start(), n.end());
                out.add(new Found(Attr.CYCLES, n.start(1), n.end(1), cycles));
                out.add(new Found(Attr.INTERVAL, n.start(2), n.end(3), length));
            }
        }
    }

    /** The text of the sentence {@code pos} is in, from its start (after ". " or ";") up to {@code pos}. */
    private static String sentenceBefore(String text, int pos) {
        int from = Math.max(text.lastIndexOf(". ", pos - 1), text.lastIndexOf(';', pos - 1));
        return text.substring(from < 0 ? 0 : from + 1, pos);
    }

    /** The text from the start of the line (a line break or an HTML {@code <br>}) up to {@code pos}. */
    private static String line(String text, int pos) {
        int from = Math.max(text.lastIndexOf('\n', pos - 1), text.lastIndexOf("<br>", pos - 1));
        return text.substring(Math.max(0, from), pos);
    }

    private static void scanRadiotherapyDoses(String text, boolean[] taken, List<Found> out) {
        Matcher m = GY.matcher(text);
        while (m.find()) {
            String gray = m.group(3).toLowerCase(Locale.ROOT);
            double scale = gray.startsWith("cgy") ? 0.01 : 1;
            Range gy = range(m.group(1), m.group(2));
            if (gy == null) {
                continue;
            }
            gy = new Range(round(gy.min() * scale), round(gy.max() * scale));
            String rest = text.substring(m.end());
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (PLUS_MINUS_BEFORE.matcher(before).find()
                    || GY_ALTERNATIVES_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    || GY_CONSTRAINT_BEFORE.matcher(before).find()) {
                take(taken, m.start(), m.end()); // "33 ± 4 Gy": 4 Gy is a tolerance, not a dose
                continue;
            }
            Matcher pf = GY_PER_FRACTION_AFTER.matcher(rest);
            boolean perFractionAfter = pf.find();
            if (perFractionAfter || GY_PER_FRACTION_BEFORE.matcher(before).find()) {
                int end = perFractionAfter ? m.end() + pf.end() : m.end();
                if (gy.isSingle()) {
                    out.add(new Found(Attr.RT_PER_FRACTION, m.start(), end, gy.min()));
                }
                Matcher count = PER_FRACTION_COUNT_AFTER.matcher(text.substring(end));
                if (count.find()) {
                    int g = count.group(1) != null ? 1 : 3;
                    Range fractions = range(count.group(g), g == 1 ? count.group(2) : null);
                    if (fractions != null) {
                        out.add(new Found(Attr.RT_FRACTIONS, end + count.start(g), end + count.end(), fractions));
                    }
                    end += count.end();
                }
                take(taken, m.start(), end);
                continue;
            }
            out.add(new Found(Attr.RT_TOTAL, m.start(), m.end(), gy));
            int end = m.end();
            Matcher fx = GY_FRACTIONS_AFTER.matcher(rest);
            if (fx.find() || (fx = GY_COUNT_AFTER.matcher(rest)).find()) {
                Range fractions = range(fx.group(1), fx.group(2));
                if (fractions != null) {
                    out.add(new Found(Attr.RT_FRACTIONS, m.end() + fx.start(1), m.end() + fx.end(), fractions));
                }
                end = m.end() + fx.end();
                Matcher wk = GY_WEEKS_AFTER.matcher(text.substring(end));
                if (wk.find()) {
                    Period weeks = period(wk.group(1), wk.group(2), "w");
                    if (weeks != null) {
                        out.add(new Found(Attr.RT_DURATION, end + wk.start(1), end + wk.end(), weeks));
                    }
                    end += wk.end();
                }
            }
            take(taken, m.start(), end);
        }
    }

    private static Object dose(Matcher m) {
        Range r = range(m.group(1), m.group(2));
        String key = m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace("²", "2")
                .replace("\\^2", "2").replace("^2", "2").replaceAll("/sq\\.?m(?:eters?|etres?)?", "/m2")
                .replace("µ", "u").replace("μ", "u").replaceAll("milligrams?(?:\\(mg\\))?", "mg")
                .replaceAll("micrograms?(?:\\((?:mcg|ug)\\))?", "ug").replace("mcg", "ug").replace("/day", "/d")
                .replaceAll("per(?=kg|kilogram|m2)", "/").replaceAll("kilograms?", "kg")
                .replaceAll("(?<=kg)(?:of)?(?:bodyweight|bw)", "")
                // "mg per day", "mg per kg per day"; "mg/(kg·d)", "mg·kg-1·d-1", "mg·m-2"
                .replaceAll("per(?:a)?(?=d)", "/").replace("/day", "/d").replaceAll("[()]", "")
                .replaceAll("[·.*•×]kg-1", "/kg").replaceAll("[·.*•×]m-2", "/m2").replaceAll("[·.*•×]d-1", "/d")
                .replaceAll("(?<=kg|m2)[·.*•×]d(?:ay)?$", "/d");
        String unit = UNITS.get(key.replaceAll("^(?:gms?|grams?)(?=$|/m2$)", "g"));
        return r == null || unit == null ? null : new Dose(r, unit);
    }

    /**
     * Times a day of a dose given every {@code hours} hours; null unless the hours divide a day (q8h, q12h) and are
     * at least 4 ("2-hourly" samples or doses over a few hours are not a daily schedule).
     */
    private static Object perDay(String hours) {
        double h = Numbers.value(hours);
        return h >= 4 && h <= 24 && h == Math.rint(h) && 24 % (int) h == 0 ? 24 / (int) h : null;
    }

    private static Object cycles(Matcher m) {
        String second = m.group(2) != null ? m.group(2) : m.group(3);
        return range(m.group(1), second);
    }

    /** "every other week" is every two weeks, "every third day" every three days; "fortnightly" every two weeks. */
    private static String everyNth(Matcher m) {
        if (m.group(3) != null || m.group(4) != null) {
            return "P2W";
        }
        String nth = m.group(1).toLowerCase(Locale.ROOT);
        int n = switch (nth) {
            case "other", "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        return iso(period(String.valueOf(n), null, m.group(2)));
    }

    /** Two intervals as alternatives ("P1W/P3W"); null unless both are read and differ. */
    private static String either(String a, String b) {
        return a == null || b == null || a.equals(b) ? null : a + "/" + b;
    }

    private static String iso(Period p) {
        return p == null || !p.isSingle() ? null : p.iso();
    }

    private static String first(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /** The English unit word for a unit of time in another language ("Wochen", "jours", "周"). */
    private static String unitWord(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.startsWith("woch") || w.startsWith("sema") || w.equals("周")) {
            return "weeks";
        }
        if (w.startsWith("tag") || w.startsWith("jour") || w.startsWith("d") || w.equals("天") || w.equals("日")) {
            return "days";
        }
        return w.startsWith("mo") || w.startsWith("mes") || w.equals("个月") ? "months" : w;
    }

    /** Whether two unit-of-time words name the same unit ("days" and "day"). */
    private static boolean sameUnit(String a, String b) {
        return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
    }

    /** A {@link Period} for a single value or range and a unit word; null when unreadable. */
    static Period period(String min, String max, String unitWord) {
        double a = Numbers.value(min);
        double b = max == null ? a : Numbers.value(max);
        if (Double.isNaN(a) || Double.isNaN(b) || b < a || a <= 0) {
            return null;
        }
        char unit = switch (Character.toLowerCase(unitWord.charAt(0))) {
            case 'y' -> 'Y';
            case 'm' -> 'M';
            case 'w' -> 'W';
            case 'd' -> 'D';
            default -> '?';
        };
        return unit == '?' ? null : new Period(a, b, unit);
    }

    private static Range range(String min, String max) {
        double a = Numbers.value(min);
        double b = max == null ? a : Numbers.value(max);
        if (Double.isNaN(a) || Double.isNaN(b) || b < a || a <= 0) {
            return null;
        }
        return new Range(a, b);
    }

    /** Days as {@code d1-3,8}, from "days 1 to 3 and 8", "d1-3, d8", "d 1 + d 8" or "Day1-3" (no space). */
    private static String days(String written) {
        // the full-width comma and the enumeration comma "、" of Chinese texts are commas, the full-width tilde a dash
        String s = written.toLowerCase(Locale.ROOT).replaceAll("\\band\\b|&|\\+|，|、", ",").replace('～', '-')
                .replace("through", "-")
                .replaceAll("\\bto\\b", "-").replace('–', '-').replace('—', '-').replace('~', '-')
                .replaceAll("\\bon\\b", "")
                .replaceAll("days?", "").replace("d", "").replaceAll("\\s+", "").replaceAll(",+", ",");
        return s.matches("\\d+(?:-\\d+)?(?:,\\d+(?:-\\d+)?)*") ? "d" + s : null;
    }

    /** Days as {@code d2-10} from the first and last day; null unless the first comes before the last. */
    private static String dayRange(double from, double to) {
        return from >= 1 && to > from ? "d" + Numbers.format(from) + "-" + Numbers.format(to) : null;
    }

    /** The phase a phase word names: "neo-adjuvant" is neoadjuvant, "consolidative" consolidation. */
    static String phase(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace("-", "");
        if (w.startsWith("consolidat")) {
            return "consolidation";
        }
        return w.startsWith("concurrent") || w.startsWith("simultaneous") ? "concurrent" : w;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    private static Pattern p(String regex) {
        return Pattern.compile(CaseFold.beyondAscii(regex), FLAGS);
    }
}
