package org.trialkg.enrich.regimen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.enrich.regimen.Found.Attr;

/**
 * Shares values written once after the last drug of a list with the drugs before it: everything for alternatives
 * ("A or B 200 mg, d1"), only the interval for combinations ("A 50 mg/m2, d1 + B AUC 2, d1, qw"). The rules and
 * their reasons are in {@link RegimenParser}.
 */
final class Sharing {
    /** "A or B", "carboplatin AUC 5 / cisplatin 75 mg/m2": either drug. */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?:\\bor|/)\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * "A + B", "A plus B", "A and B", "A, B", "A in combination with B", "A along with B", and "A with B" with
     * nothing else between: both drugs ("docetaxel with G-CSF every 21 days"); not "A 75 mg/m2 every 3 weeks
     * administered concomitantly with B", whose values are A's.
     */
    private static final Pattern COMBINATION = Pattern.compile("(?:\\+|\\bplus|\\band|(?:combined|along|together"
            + "|in\\s+combination)\\s+with|,)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH = Pattern.compile("\\s*with\\s*", Pattern.CASE_INSENSITIVE);
    /** " IV over 90 minutes followed by ", " IV over 1-2 hours, then ": a route and an infusion's length, then. */
    private static final Pattern INFUSED_THEN = Pattern.compile("\\s*(?:(?:IV|intravenously)\\s+)?over\\s+\\d+(?:\\.\\d+)?"
            + "(?:\\s*(?:-|to)\\s*\\d+(?:\\.\\d+)?)?\\s*(?:minutes?|mins?|hours?|hrs?)\\s*,?\\s*(?:followed\\s+(?:immediately\\s+)?by"
            + "|then)\\s*", Pattern.CASE_INSENSITIVE);
    /** "200 ml milk with turmeric powder twice daily": what a drug is taken in is no drug given with it. */
    private static final Pattern VEHICLE = Pattern.compile("(?:warm\\s+)?(?:milk|honey|ghee|jaggery|water|juice|food"
            + "|saline|dextrose|glucose)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LISTED = Pattern.compile("\\d\\s*(?:mg|g|m2|m²|kg|ug|mcg|iu)?(?:/\\s*(?:m2|m²|kg))?\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final List<Attr> ALTERNATIVE_SHARED = List.of(Attr.DOSE, Attr.ROUTE, Attr.DAYS, Attr.INTERVAL,
            Attr.TIMES_PER_DAY, Attr.CYCLES, Attr.DURATION);

    /**
     * "on day 1 of each 21-day cycle", "on days 1 and 8 of every cycle": days that place the dose in the cycle, so
     * written once after a combination they are the cycle's, not only the last drug's.
     */
    private static final Pattern OF_EACH_CYCLE = Pattern.compile("^\\s*(?:of|in)\\s+(?:each|every|the|a)\\s+"
            + "(?:[\\w-]+\\s+){0,2}cycles?\\b",
            Pattern.CASE_INSENSITIVE);

    /** "(25 mg/m²)", "(10 u/m²)": a bracket right after a name, holding a number (a dose, read or not). */
    private static final Pattern BRACKETED_DOSE = Pattern.compile("\\s*[(\\[][^()\\[\\]]{0,30}\\d[^()\\[\\]]{0,30}[)\\]]");
    private static final Pattern CONTINUOUS = Pattern.compile("\\bcontinuous(?:ly)?\\b", Pattern.CASE_INSENSITIVE);
    private static final List<Attr> SCHEDULE = List.of(Attr.DAYS, Attr.INTERVAL, Attr.TIMES_PER_DAY, Attr.CYCLES,
            Attr.DURATION);

    private final String text;
    private final Layout layout;

    Sharing(String text, Layout layout) {
        this.text = text;
        this.layout = layout;
    }

    void apply(List<Draft> drafts) {
        int group = 0;
        int i = 0;
        while (i < drafts.size()) {
            List<Draft> chain = new ArrayList<>(List.of(drafts.get(i)));
            Pattern joiner = null;
            int j = i + 1;
            boolean changedJoiner = false;
            while (j < drafts.size()) {
                Pattern link = link(drafts.get(j - 1), drafts.get(j));
                if (link == null || (joiner != null && joiner != link)) {
                    changedJoiner = link != null;
                    break;
                }
                joiner = link;
                chain.add(drafts.get(j));
                j++;
            }
            if (chain.size() > 1 && joiner == ALTERNATIVE) {
                group++;
                shareAlternatives(chain, group);
            } else if (chain.size() > 1 && !shareSchedule(chain)) {
                shareCycleDays(chain);
                shareInterval(chain);
                shareRouteAfterDoseFirstList(chain);
                shareAfterBracketedDoses(chain);
            }
            // "A + B AUC 5 / C 75 mg/m2 (d1, q3w)": the drug that ends a combination may start a list of alternatives
            i = changedJoiner ? j - 1 : j;
        }
    }

    private Pattern link(Draft a, Draft b) {
        if (a.anchor.radiotherapy() || b.anchor.radiotherapy()
                || layout.depth(a.anchor.start()) != layout.depth(b.anchor.start())
                || b.anchor.start() < a.anchor.end()) {
            return null;
        }
        String between = text.substring(a.anchor.end(), b.anchor.start());
        if (a.clause != b.clause) {
            // "paclitaxel IV over 3 hours followed by carboplatin IV over 1 hour on days 1 and 22": a drug whose
            // words are only its route and how long it runs in, followed by another, is given on the other's days
            return INFUSED_THEN.matcher(between).matches() ? COMBINATION : null;
        }
        if (between.indexOf(';') >= 0) {
            return null;
        }
        if (ALTERNATIVE.matcher(between).find()) {
            return ALTERNATIVE;
        }
        if (WITH.matcher(between).matches()) {
            return a.anchor.drug() == null || VEHICLE.matcher(a.anchor.drug()).matches() ? null : COMBINATION;
        }
        // "Cisplatin 75 mg/m2 d 1 Pemetrexed 500 mg/m2 d 1 q d 21": a regimen written as a list of drugs and their
        // values, with no word between them
        return COMBINATION.matcher(between).find() || LISTED.matcher(between).find() ? COMBINATION : null;
    }

    private static void shareAlternatives(List<Draft> chain, int group) {
        Draft last = chain.get(chain.size() - 1);
        for (Draft d : chain) {
            d.alternativeGroup = group;
            if (d == last) {
                continue;
            }
            for (Attr a : ALTERNATIVE_SHARED) {
                Found f = last.found(a);
                boolean daily = (a == Attr.INTERVAL && d.has(Attr.TIMES_PER_DAY))
                        || (a == Attr.TIMES_PER_DAY && d.has(Attr.INTERVAL));
                if (f != null && !daily) {
                    d.fill(f, d.sentence);
                }
            }
        }
    }

    /**
     * Whether a drug states a dose or schedule of its own: a route alone does not ("paclitaxel IV over 3 hours and
     * carboplatin IV over 30 minutes on day 1" gives both drugs day 1).
     */
    private static boolean ownValue(Draft d) {
        return d.has(Attr.DOSE) || d.has(Attr.DOSE_PARTS) || d.has(Attr.DAYS) || d.has(Attr.INTERVAL)
                || d.has(Attr.TIMES_PER_DAY);
    }

    /**
     * "A plus B and C on day 1 of every 3-week cycle for 4 cycles": when no drug before the last states a value of
     * its own (a route alone aside), the last one's schedule (days, interval, times a day, cycles, duration) is the
     * whole list's; doses and routes are not shared, as the drugs of a combination differ in them.
     */
    private boolean shareSchedule(List<Draft> chain) {
        Draft last = chain.get(chain.size() - 1);
        if (chain.stream().anyMatch(d -> d != last && (ownValue(d) || d.has(Attr.CYCLES) || d.has(Attr.DURATION)))) {
            return false;
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            Draft d = chain.get(i);
            // "Ifosfamide IV continuously and etoposide IV over 2 hours every 12 hours on days 1-3": a continuous
            // infusion shares the days, not how often the other drug is given
            int next = chain.get(i + 1).anchor.start();
            boolean continuous = CONTINUOUS.matcher(text.substring(d.anchor.end(), next)).find();
            for (Attr a : SCHEDULE) {
                Found f = last.found(a);
                if (f != null && !(continuous && (a == Attr.INTERVAL || a == Attr.TIMES_PER_DAY))) {
                    d.fill(f, d.sentence);
                }
            }
            // "PM8002 plus pemetrexed and carboplatin intravenously Q3W": with no dose written for any drug, the
            // route after the list is the list's like its schedule ("A and B 130 mg/m2 iv" keeps it B's)
            Found route = last.found(Attr.ROUTE);
            if (route != null && !last.has(Attr.DOSE)) {
                d.fill(route, d.sentence);
            }
        }
        return true;
    }

    /**
     * "CT-2103 (175 mg/m2 IV) and carboplatin (AUC 6, IV) on day 1 of each 21-day cycle": the days of each cycle
     * written after the last drug of a combination go to each dosed drug that states no days and no schedule of its
     * own (a drug given daily or weekly keeps its own: "paclitaxel weekly and carboplatin on day 1 of each cycle").
     */
    private void shareCycleDays(List<Draft> chain) {
        Draft last = chain.get(chain.size() - 1);
        Found days = last.found(Attr.DAYS);
        if (days == null || !OF_EACH_CYCLE.matcher(text.substring(days.end())).find()) {
            return;
        }
        // "AK104 15mg/kg IV plus anlotinib 1-14days of every 3-week cycle": days right after a name without a dose
        // are that drug's own
        if (!last.has(Attr.DOSE) && days.start() >= last.anchor.end()
                && text.substring(last.anchor.end(), days.start()).isBlank()) {
            return;
        }
        for (Draft d : chain) {
            if (d != last && d.has(Attr.DOSE) && !d.has(Attr.DAYS) && !d.has(Attr.INTERVAL)
                    && !d.has(Attr.TIMES_PER_DAY)) {
                d.fill(days, d.sentence);
            }
        }
    }

    /**
     * "2.4 mg cagrilintide and 2.4 mg semaglutide subcutaneously", "2 g aztreonam and 1 g nacubactam ... via IV
     * infusion": when every drug of a combination has its dose written before its name, a route written after the
     * last name is the list's, given to each drug that states none ("A 50 mg and B 100 mg iv" keeps it B's).
     */
    private static void shareRouteAfterDoseFirstList(List<Draft> chain) {
        Draft last = chain.get(chain.size() - 1);
        Found route = last.found(Attr.ROUTE);
        if (route == null || route.start() < last.anchor.end()) {
            return;
        }
        for (Draft d : chain) {
            Found dose = d.found(Attr.DOSE);
            if (dose == null || dose.end() > d.anchor.start()) {
                return;
            }
        }
        for (Draft d : chain) {
            if (d != last && !d.has(Attr.ROUTE)) {
                d.fill(route, d.sentence);
            }
        }
    }

    /**
     * "doxorubicin (25 mg/m²), bleomycin (10 u/m²), vinblastine (6 mg/m²), and dacarbazine (375 mg/m²) intravenously
     * (IV) on days 1 and 15": when every drug of a list has its dose in brackets right after its name (read or not),
     * the route and days written after the last bracket are the list's.
     */
    private void shareAfterBracketedDoses(List<Draft> chain) {
        Draft last = chain.get(chain.size() - 1);
        int after = -1;
        for (Draft d : chain) {
            Matcher m = BRACKETED_DOSE.matcher(text).region(d.anchor.end(), text.length());
            if (!m.lookingAt()) {
                return;
            }
            after = m.end();
        }
        for (Attr a : List.of(Attr.ROUTE, Attr.DAYS)) {
            Found f = last.found(a);
            if (f == null || f.start() < after) {
                continue;
            }
            for (Draft d : chain) {
                if (d != last && !d.has(a)) {
                    d.fill(f, d.sentence);
                }
            }
        }
    }

    private static void shareInterval(List<Draft> chain) {
        Draft last = chain.get(chain.size() - 1);
        Found interval = last.found(Attr.INTERVAL);
        Found perDay = last.found(Attr.TIMES_PER_DAY);
        for (Draft d : chain) {
            // "A (175 mg/m2) and B (AUC 6) on day 1 of each 21-day cycle for up to 6 cycles": the course's length
            for (Attr a : List.of(Attr.CYCLES, Attr.DURATION)) {
                if (d != last && last.found(a) != null) {
                    d.fill(last.found(a), d.sentence);
                }
            }
        }
        for (Draft d : chain) {
            if (d == last || !d.has(Attr.DOSE) || d.has(Attr.INTERVAL) || d.has(Attr.TIMES_PER_DAY)) {
                continue;
            }
            // "160 mg trimethoprim and 800 mg sulfamethoxazole every 12 hours": a frequency written once is shared
            if (interval != null) {
                d.fill(interval, d.sentence);
            } else if (perDay != null) {
                d.fill(perDay, d.sentence);
            }
        }
    }
}
