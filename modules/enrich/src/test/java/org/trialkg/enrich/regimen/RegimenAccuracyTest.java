package org.trialkg.enrich.regimen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.model.Range;
import org.trialkg.model.DrugMention;
import org.trialkg.model.RegimenComponent;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Precision and recall per field of the regimen parser against hand-labelled real descriptions
 * ({@code regimen/labelled.tsv}); fails when any field drops below what was measured when the set was labelled.
 *
 * <p>Expected and predicted components of a description are paired by drug (the lexicon's label of the predicted
 * concept, else the name as written) or by kind for radiotherapy: as many pairs as can be made, and of those the
 * pairing whose pairs share the most values, then the nearest text order (an optimal assignment; until 2026-12-05 the
 * first unpaired expected component of the drug in text order was taken, so one extra component shifted the pairing
 * of those after it); a predicted component without a drug is then paired with the unpaired expected one it shares
 * most values with (the first on a tie). A field counts a true positive when a pair agrees on a
 * non-null value, a false positive for every predicted non-null value that is wrong or unexpected, and a false
 * negative for every expected value not predicted. The drug field counts pairs, unpaired predicted drugs and
 * unpaired expected drugs.
 */
class RegimenAccuracyTest {
    private static final List<String> FIELDS = List.of("drug", "dose", "unit", "route", "days", "interval",
            "timesPerDay", "cycles", "maxDuration", "phase", "totalDose", "fractions");

    /**
     * Floors measured on the labelled set (rounded down to 0.05 until the comment below): precision, then recall.
     * Measured 2026-11-30 after
     * the ICTRP/loading-dose/hourly/tablet/duration rules: drug 0.93/0.84, dose 0.94/0.90, unit 0.93/0.89, route
     * 0.97/0.89, days 0.92/0.73, interval 0.92/0.87, timesPerDay 0.94/0.88, cycles 0.92/0.88, maxDuration
     * 0.81/0.87, phase 0.84/0.84, totalDose 1/1, fractions 1/0 (one expected value each).
     */
    // With the generated lexicon of 19,552 drugs (merged 2026-11-30) the first set measures: drug 0.90/0.87, dose
    // 0.90/0.87, unit 0.89/0.86, route 0.95/0.89, days 0.91/0.71, interval 0.90/0.85, timesPerDay 0.91/0.86, cycles
    // 0.92/0.88, maxDuration 0.75/0.80, phase 0.84/0.84: more drugs found, a few values given to a newly known name.
    // After the day-label, duration, clause, product and class-as-intervention rules (2026-11-30, floors now the
    // measure rounded down to 0.01): drug 0.91/0.88, dose 0.91/0.88, unit 0.90/0.87, route 0.95/0.90, days
    // 0.92/0.80, interval 0.92/0.86, timesPerDay 0.91/0.86, cycles 0.92/0.88, maxDuration 0.75/0.80, phase 0.92/0.92.
    // After the cycle-day, unknown-product, escalation-step, unit, slash-dose, raised-dose, placebo-route and
    // radiotherapy-word rules of 2026-12-01 (issue 13; floors the measure rounded down to 0.01): drug 0.92/0.88, dose
    // 0.93/0.89, unit 0.92/0.88, route 0.95/0.90, days 0.92/0.80, interval 0.93/0.87, timesPerDay 0.93/0.88, cycles
    // 0.92/0.88, maxDuration 0.81/0.87, phase 0.92/0.92 (one label, pf-00232798, now also accepts the lexicon's
    // pf-232798).
    // After the cycle-product, duration-label, at-least, OW, times-a-day, days-of-each-cycle, dose-first route, list
    // item and ingredient rules of 2026-12-01 (regimen2): days 0.92/0.81 ("anlotinib 1-14days of every 3-week
    // cycle"), every other field as above.
    // After the rules of regimen3 (2026-12-01: counts after a strength, "&" in day lists, one interval written in
    // weeks and days, "on first day", HTML line breaks, heading lines, list items of an unnamed dose, a dose's count
    // in brackets before its name, million units, "for a total of", placebo-joined names, "on every Day 1") and the
    // phenylbutyric acid label: drug 0.93/0.90, dose 0.94/0.92, unit 0.94/0.91, route 0.98/0.93, days 0.94/0.86,
    // interval 0.94/0.90, timesPerDay 0.93/0.88, cycles 0.92/0.88, maxDuration 0.87/0.87, phase 0.92/0.92.
    // After the rules of regimen-fields (2026-12-03: radiotherapy "Gy/fr", daily fractions, Gy alternatives and organ
    // limits; "mg per day", Chinese per-kg and per-m2 units, "twice/day", "qn", ordinal days, full-width day lists;
    // a dose after "followed by" or in an "it is given" sentence, development codes before a dose, vehicles after
    // "diluted in", an intervention's schedule kept to its sentence): drug 0.93/0.90, unit 0.94/0.91, interval
    // 0.95/0.89, every other field as above (maxDuration 0.867/0.867: its misses are all in the unread quarter).
    // After a dose without a name became the drug's of a text that names one drug only (no dose of its own where it
    // is named, no placebo, level or concentration before the dose), and a mention giving only a route became the
    // route of the drug's doses elsewhere in the text (2026-12-04, written from the third set's misses): drug
    // 0.940/0.900, dose 0.954/0.929, unit 0.954/0.929, route 0.988/0.952, interval 0.961/0.907, timesPerDay
    // 0.957/0.898, the rest unchanged; the unread quarter drug 0.889/0.889 -> 0.903/0.889, dose 0.882/0.857 ->
    // 0.912/0.886, interval 0.903/0.824 -> 0.935/0.853, timesPerDay 0.786/0.688 -> 0.857/0.750. With the generated
    // combinations (2026-12-04), "Symbicort (budesonide/formoterol turbuhaler 320/9ug)" names the one combination,
    // as the later sets label a combination product, where this set labelled its two drugs: drug 0.935/0.890. With
    // combination doses read (2026-12-04), that combination has the doses 320/9 the set gives its two drugs: dose
    // precision 0.954 -> 0.945. With a named phase's weeks read as a duration ("for a 52 week open-label phase") and
    // the days of named weeks as days ("x 5 days Wks 1, 5, 9, and 13"), written from the unread quarter's two
    // maximum-duration misses once they were read (2026-12-04; the quarter is no longer unread for this field):
    // maxDuration 0.867/0.867 -> 0.933/0.933, days 0.944/0.864 -> 0.945/0.881; no other set moved.
    // Every set's floors were raised to its measure under the optimal pairing at the end of the sixth stop of
    // 2026-12-05 (rounded down; none lowered by it but the two said here and at SECOND_FLOORS).
    // With components paired by an optimal assignment (2026-12-05, sixth stop; see the class comment): dose
    // 0.945/0.929 -> 0.964/0.946, maxDuration 0.933 -> 1.000, timesPerDay 0.978/0.918 -> 1.000/0.939, phase 0.920 ->
    // 0.880: NCT00491816's one erlotinib row (150 mg daily for a year, read as neoadjuvant) now pairs with the labelled
    // row it shares dose and schedule with, not the bare neoadjuvant mention before it.
    // With a drug placed after a phase is over ("Once adjuvant therapy is completed, ... erlotinib 150 mg daily") not
    // given its arm label's phase, and chemotherapy named as the intervention not kept as one more component where
    // the text names two of its drugs or more with no dose for it (2026-12-05, seventh stop): drug 0.959/0.900 ->
    // 0.964/0.905, cycles 0.917 -> 0.957, phase 0.885/0.920 -> 0.960/0.960; no other set moved.
    private static final Map<String, double[]> FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.96, 0.9}),
            Map.entry("dose", new double[] {0.96, 0.94}),
            Map.entry("unit", new double[] {0.97, 0.94}),
            Map.entry("route", new double[] {0.98, 0.95}),
            Map.entry("days", new double[] {0.96, 0.89}),
            Map.entry("interval", new double[] {0.98, 0.94}),
            Map.entry("timesPerDay", new double[] {1.0, 0.93}),
            Map.entry("cycles", new double[] {0.95, 0.88}),
            Map.entry("maxDuration", new double[] {1.0, 1.0}),
            Map.entry("phase", new double[] {0.96, 0.96}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            // its one radiotherapy row ("2.5 Gy/fraction for 35 treatments") is read since the count after a dose
            // per fraction is (2026-12-01; recall 0 before)
            Map.entry("fractions", new double[] {1.0, 1.0}));

    /**
     * Floors of the second set (ICTRP and API v2 texts), rounded down to 0.05: precision, recall. Measured
     * 2026-11-30: drug 0.91/0.69, dose 0.84/0.81, unit 0.90/0.89, route 0.90/0.68, days 0.91/0.53, interval
     * 0.86/0.70, timesPerDay 0.88/0.68, cycles 1/0.85, maxDuration 0.67/0.45, phase 0.48/1, totalDose 0.5/0.33,
     * fractions 1/0.78; the misses left are mostly drugs the lexicon lacks and values written far from their drug.
     * With the generated lexicon: drug 0.86/0.81, dose 0.83/0.81, unit 0.88/0.87, route 0.90/0.70, days 0.91/0.56,
     * interval 0.84/0.74, timesPerDay 0.87/0.74, cycles 1/0.85, maxDuration 0.66/0.53 (drug recall up 12 points,
     * precision down 5: some generated names are read in texts that use them for another thing).
     */
    // After the day-label, duration, clause and product rules (2026-11-30, rounded down to 0.01): drug 0.88/0.82,
    // dose 0.85/0.81, unit 0.90/0.88, route 0.91/0.72, days 0.94/0.67, interval 0.91/0.77, timesPerDay 0.90/0.78,
    // cycles 1/0.85, maxDuration 0.72/0.63, phase 0.45/1, totalDose 0.5/0.33, fractions 1/0.78.
    // After the rules of 2026-12-01 (issue 13): drug 0.88/0.83, dose 0.85/0.82, unit 0.90/0.89, route 0.91/0.73,
    // days 0.94/0.72, interval 0.91/0.79, timesPerDay 0.90/0.82, cycles 1/0.84, maxDuration 0.82/0.68, phase 0.71/1,
    // totalDose 0.5/0.33, fractions 1/0.77. The escalation-step rule was written from a text of the held-out half.
    // After the rules of regimen2 (2026-12-01: cycle products "3wks x 4 cycles = 12 wks", "Duration:" labels, "for at
    // least N days", "OW", "3 times a day", "1-14days of every cycle", a route after a dose-first combination, ICTRP
    // list items of only a route or frequency, ingredients after "is composed of") and three label corrections
    // (IRCT20100228003449N27/N28 maxDuration P5D as in N29/N30; NCT05286957 phase adjuvant from its arm label):
    // drug 0.91/0.84, dose 0.86/0.83, unit 0.91/0.90, route 0.92/0.80, days 0.94/0.75, interval 0.93/0.82,
    // timesPerDay 0.91/0.85, cycles 1/1, maxDuration 0.89/0.85, phase 0.93/1, totalDose 0.5/0.33, fractions 1/0.78.
    // These classes were found among the misses of both halves, so half 1 is no longer unseen for them.
    // After the rules of regimen3 (see FLOORS) and the label corrections of that round (get-73, the STN1012600
    // product name, ChiCTR2000030535's interferon doses): drug 0.92/0.845, dose 0.89/0.86, unit 0.92/0.91, route
    // 0.94/0.83, days 0.99/0.86, interval 0.95/0.84, timesPerDay 0.95/0.86, cycles 1/1, maxDuration 0.90/0.90, phase
    // 0.93/1, totalDose 0.5/0.33, fractions 1/0.78. Those rules were written from the misses of half 0 and of the
    // quarter of half 1 whose trial ID hash has bit 1 clear; the other quarter (bit 1 set) was not read.
    // After 2026-12-02's names (a name run together, "BaloxavirMarboxil"; bismuth potassium citrate, honeysuckle,
    // Lianhua Qingwen and the favipiravir transliteration "Farpiravir" in the curated lexicon), the titles' one drug
    // for an ICTRP field that names none, dummies "of" a drug as placebo, and two labels corrected (ChiCTR2000029433
    // and -34, Lianhua Qingwen, see the file): drug 0.92/0.89, dose 0.89/0.86, unit 0.91/0.90, route 0.94/0.875,
    // days 0.97/0.85, interval 0.94/0.85, timesPerDay 0.94/0.88, maxDuration 0.90/0.90 (recall up 4.7 points for
    // drugs, precision down half a point: a text given twice gives its baloxavir doses twice). The unread quarter
    // moved with it: drug 0.87/0.83 (0.875/0.795 before), route 0.92/0.795 (0.94/0.73), interval 0.91/0.69 (0.92/0.67).
    // After the rules of regimen-fields (see FLOORS) and one label (ChiCTR2000030398 also accepts the lexicon's
    // "bismuth subcitrate potassium"): drug 0.933/0.912, dose 0.888/0.863 (unchanged, still under 0.90), unit
    // 0.917/0.908, interval 0.945/0.862, timesPerDay 0.947/0.894, maxDuration 0.914/0.902, totalDose 0.714/0.556,
    // other fields unchanged. Written from half 0 and the read quarter of half 1; the unread quarter moved only in
    // unit (0.787/0.800 -> 0.803/0.817), and the first set's unread quarter only in unit (0.853/0.829 -> 0.882/0.857).
    // After a second dose with its own schedule became a component of its own ("80mg on day1,80mg on day4"), doses
    // in units and caps (2026-12-04; written from texts outside both sets): days 0.963/0.857 (0.975/0.846), one text
    // that gives its baloxavir schedule twice giving a right day and a wrong one more; every other field unchanged,
    // the first set unchanged, the unread quarters unchanged.
    // After a capitalised name before a dosage form became a product the lexicon lacks ("Tanreqing Capsules (oral, 3
    // capsules at a time, 3 times a day)"; 2026-12-04, written from the third set's misses) and the forms (capsules,
    // granules, pills, oral liquid, syrup, decoction) joined the words a predicted name may add to a label's: drug
    // 0.934/0.918, dose 0.893/0.867, unit 0.922/0.913, the rest unchanged; the unread quarter drug 0.869/0.830 ->
    // 0.872/0.852, dose 0.738/0.750 -> 0.754/0.767, unit 0.803/0.817 -> 0.820/0.833.
    // After a second dose after "the third day was" became a clause of its own, "1gx2 days" a scheduled dose, and
    // two doses of one drug for N and M days, the second said to start on day N+1, days 1-N and N+1-N+M (2026-12-04,
    // written from a text of half 0): drug 0.934/0.925, dose 0.899/0.882, unit 0.923/0.923, days 0.965/0.901; the
    // unread quarter dose 0.754/0.767 -> 0.770/0.783, days 1.000/0.500 -> 1.000/0.611.
    // After "gm", "gms" and "grams" became grams (2026-12-04, from the July 2020 ICTRP export's Indian texts): dose
    // 0.898/0.877, unit 0.922/0.918 (one dose of the unread quarter lost to a second one read).
    // After a drug named bare in each arm's part is a component per arm, with IRCT20100228003449N27 and N28 labelled
    // per arm as N29 is (312 components): drug 0.935/0.926, the rest the same.
    // With combination doses read ("400/100 mg", "200 mg/50 mg, 2 tablets"; 2026-12-04) and four combination doses
    // of half 0 labelled as the set's convention says (see the file): dose 0.901/0.888, unit 0.926/0.913; the unread
    // quarter dose 0.767/0.767 -> 0.754/0.767. With a bare count after "Gy/" read as fractions ("37.5Gy/15"), a course
    // written twice in one arm's part one course, and a technique written alone given to the courses (written from
    // NCT03801200 of half 0): totalDose 0.714/0.556 -> 1.000/1.000, fractions 1.000/0.778 -> 1.000/1.000. With a
    // drug's later doses given the route its scheme is written with ("8 mg orally QD ... followed by 20 mg QD"), and
    // 7 rows of 4 texts that had such a route on the first dose only labelled as the fifth and later sets label them
    // (see the file): route 0.938/0.875 -> 0.941/0.882 (0.882/0.875 with the rows as they were).
    // With a per-day dose ("10mg/day") given interval P1D where no other is written, and the 5 such rows of the set
    // that had none labelled P1D as the fifth and later sets label all 89 of theirs (2026-12-05, fifth stop; see the
    // file): interval 0.950/0.867 -> 0.925/0.883, the precision lost on rows that were wrong already (the placebo
    // group's "20mg/day" of NCT05887817, NCT05814159's "Corresponding volume to 100 mg/day"), which now carry an
    // interval too. With components paired by an optimal assignment (2026-12-05, sixth stop): unit 0.926/0.913 ->
    // 0.922/0.908, every other field the same or higher.
    private static final Map<String, double[]> SECOND_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.93, 0.92}),
            Map.entry("dose", new double[] {0.91, 0.9}),
            Map.entry("unit", new double[] {0.92, 0.9}),
            Map.entry("route", new double[] {0.94, 0.88}),
            Map.entry("days", new double[] {0.97, 0.92}),
            Map.entry("interval", new double[] {0.93, 0.89}),
            Map.entry("timesPerDay", new double[] {0.96, 0.91}),
            Map.entry("cycles", new double[] {1.0, 1.0}),
            Map.entry("maxDuration", new double[] {0.95, 0.92}),
            Map.entry("phase", new double[] {0.92, 1.0}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The third set, labelled blind and measured once the rules of 2026-12-04 were in (before them, with 38f5b95's
    // parser: drug 0.794/0.587, dose 0.654/0.680, unit 0.808/0.875, interval 0.810/0.630, timesPerDay 0.842/0.640,
    // the rest the same). Its misses were read afterwards; the one rule tried from them (a text naming only its
    // intervention's drug gives that drug its unnamed doses) lowered the first set and was dropped.
    // The one-drug and route-only rules of 2026-12-04 were written from this set's misses, so it is no longer blind
    // for them: drug 0.818/0.587 -> 0.842/0.696, dose 0.692/0.720 -> 0.808/0.840, unit 0.846/0.917 -> 0.885/0.958,
    // route 0.875/0.483 -> 0.905/0.655, interval 0.826/0.704 -> 0.870/0.741, timesPerDay 0.810/0.680 -> 0.905/0.760.
    // With the product rule after them: drug 0.860/0.804, route 0.958/0.793, interval 0.885/0.852, timesPerDay
    // 0.917/0.880; with "for 7 consecutive days" and "for a period of" read as durations, maxDuration 1.000/0.750.
    private static final Map<String, double[]> THIRD_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.88, 0.8}),
            Map.entry("dose", new double[] {0.92, 0.96}),
            Map.entry("unit", new double[] {0.92, 1.0}),
            Map.entry("route", new double[] {1.0, 0.79}),
            Map.entry("days", new double[] {0.5, 1.0}),
            Map.entry("interval", new double[] {0.96, 0.89}),
            Map.entry("timesPerDay", new double[] {1.0, 0.92}),
            Map.entry("cycles", new double[] {1.0, 1.0}),
            Map.entry("maxDuration", new double[] {1.0, 0.75}),
            Map.entry("phase", new double[] {1.0, 0.0}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The fourth set, labelled blind and measured once the rules of 2026-12-04 were in (with 38f5b95's parser: drug
    // 0.791/0.800, dose 0.767/0.697, unit 0.800/0.727, route 0.857/0.632, interval 0.610/0.522, the rest the same).
    // With the named regimens as drugs (2026-12-04), "4 cycles of BEACOPP therapy. Drugs utilized in this regimen
    // include Bleomycin ..." gives the regimen a component of its own with its 4 cycles, which the set, labelled with
    // the regimen's drugs only, does not expect: drug 0.798 -> 0.793, cycles precision 0.571 -> 0.500. With a drug's
    // later doses given the route of its scheme: route 0.860 -> 0.851 (a "22.5 mg IM" read as goserelin's, given
    // goserelin's SC). With no duration from a sentence on how patients are followed ("Patients are followed every 3
    // months for 2 years, then every 6 months for 3 years"): maxDuration 0.333/0.423 -> 0.478/0.423.
    // Floors raised to the measure after the rules of 2026-12-05 (third stop: a class in brackets, cells given, the
    // day a drug begins on, chemotherapy beside its drugs, rest periods, a course sentence), rounded down: drug
    // 0.824/0.824, route 0.874/0.728, days 0.768/0.803, interval 0.704/0.633, timesPerDay 0.778/0.778, cycles
    // 0.667/0.211, maxDuration 0.619/0.500 (0.805/0.824, 0.870/0.702, 0.739/0.773, 0.646/0.589, 0.765/0.722,
    // 0.500/0.211, 0.545/0.462 before them).
    private static final Map<String, double[]> FOURTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.87, 0.83}),
            Map.entry("dose", new double[] {0.87, 0.86}),
            Map.entry("unit", new double[] {0.89, 0.87}),
            Map.entry("route", new double[] {0.95, 0.79}),
            Map.entry("days", new double[] {0.91, 0.95}),
            Map.entry("interval", new double[] {0.83, 0.77}),
            Map.entry("timesPerDay", new double[] {0.86, 0.86}),
            Map.entry("cycles", new double[] {0.8, 0.21}),
            Map.entry("maxDuration", new double[] {0.7, 0.53}),
            Map.entry("phase", new double[] {0.85, 0.74}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The fifth set, labelled blind (60 ICTRP intervention fields of the July 2020 XLSX export, 41 over 400
    // characters), measured once the rules of 2026-12-04 were in; with c92bd96's parser, before the one-drug,
    // route-only, product and sequential-day rules: drug 0.715/0.550, dose 0.513/0.351, unit 0.744/0.532, route
    // 0.778/0.368, days 0.714/0.577, interval 0.773/0.472, timesPerDay 0.694/0.424, maxDuration 0.500/0.344, phase
    // 0.200/0.250. With the rules: drug 0.710/0.550, dose 0.526/0.360, unit 0.744/0.532, route 0.706/0.316, interval
    // 0.760/0.463, timesPerDay 0.681/0.415, maxDuration 0.477/0.328. After TDS, QDS, "at bedtime", "each 12 hours"
    // and "8/8 h" (written from the clinical abbreviations and read over the rest of the July 2020 export, not from
    // this set): drug 0.712/0.556, dose 0.500/0.342, unit 0.731/0.523, route 0.722/0.342, interval 0.763/0.472,
    // timesPerDay 0.685/0.424 (a component given a frequency pairs with another label, and a dose pairs wrong).
    // After a placebo holds its own values (not the drug's before it): dose 0.494/0.333, unit 0.727/0.514. After the
    // Ayurvedic, Siddha and Unani dosage forms (Vati, churnam, kudineer, kashaya, ...) as products and "gm" as grams
    // (from the rest of that export, not this set): drug 0.720/0.644, dose 0.505/0.412, unit 0.720/0.615, interval
    // 0.750/0.512, timesPerDay 0.667/0.458, maxDuration 0.510/0.391. The rules of the same export's unlabelled fields
    // later that day (a second dose after BD, meals, Ghanavati, "Injectable Solution", "Dosage Frequency:") left every
    // field as it was; then a drug named bare in each arm's part of the text ("Intervention 2: Control group: ...")
    // a component per arm: drug 0.717/0.681, maxDuration 0.520/0.406; and "Duration of therapy - 2 days",
    // "Duration- 30 days" as durations: maxDuration 0.519/0.422. With the lexicon's names of IVIG and the other
    // frequent unresolved intervention names (f485878): drug 0.728/0.688. The set is a validation set since then:
    // its misses are read and rules written from them (and from the rest of the export), measured on the sixth.
    // After the field lines of a CTRI product's form ("Dose:", "Frequency:", "Route of administration:"), names
    // repeated bare dropped by the name as written when the lexicon does not know it, a count of tablets named with
    // their product ("two oxycodone 5 mg tablets"), a name the lexicon does not know opening a dosed list item, "200
    // mg Tab X", and the products a CTRI heading lists: drug 0.750/0.713, dose 0.621/0.518, unit 0.758/0.661, route
    // 0.700/0.368 (a form's route now goes to a component the set names otherwise), interval 0.784/0.561,
    // timesPerDay 0.706/0.508, maxDuration 0.549/0.438. With combination doses ("400/100 mg") read: dose 0.602/0.518
    // ("Kaletra ... 200/200 mg", as one text writes it, is 400/400, which the set corrects to 400/100), interval
    // 0.784/0.561. With a heading's names on lines of their own and a form before a name ("Intervention1: Tablet
    // Bhoumya <br>Tablet Saathmya:"): drug 0.758/0.744. With a route said of all on a line of its own ("all to be
    // taken orally") given to the drugs of its arm's part before it: route 0.708/0.447. With routes before a drug
    // (inhaled, nebulised) and into each nostril: route 0.720/0.474; with the sixth set's rules: drug 0.763/0.744,
    // maxDuration 0.560/0.438; with a drug's later doses given the route of its scheme: route 0.731/0.500. Floors
    // rounded down to 0.01.
    private static final Map<String, double[]> FIFTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.83, 0.79}),
            Map.entry("dose", new double[] {0.7, 0.6}),
            Map.entry("unit", new double[] {0.83, 0.72}),
            Map.entry("route", new double[] {0.88, 0.6}),
            Map.entry("days", new double[] {0.8, 0.65}),
            Map.entry("interval", new double[] {0.89, 0.69}),
            Map.entry("timesPerDay", new double[] {0.85, 0.65}),
            Map.entry("cycles", new double[] {1.0, 1.0}),
            Map.entry("maxDuration", new double[] {0.69, 0.53}),
            Map.entry("phase", new double[] {0.25, 0.25}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The sixth set, labelled blind (60 more ICTRP intervention fields of the July 2020 XLSX export, 30 over 400
    // characters, drawn as the fifth with another seed), measured once with the parser and lexicon of 2026-12-04
    // (f485878): drug 0.837/0.784, dose 0.944/0.800, unit 0.944/0.840, route 1.000/0.559, days 0.857/0.600, interval
    // 0.908/0.711, timesPerDay 0.833/0.658, maxDuration 0.868/0.676, no cycles, phases or courses expected. No rule
    // has been written from it, and its misses have not been read. Measured again with the rules written from the
    // fifth set and the rest of the export (d1c07ea, CTRI form lines, heading products, counted tablets): drug
    // 0.838/0.793, route 1.000/0.618, interval 0.909/0.723, timesPerDay 0.836/0.671, the rest as before; with
    // combination doses read: dose 0.908/0.812, interval 0.897/0.735, timesPerDay 0.825/0.684, maxDuration
    // 0.839/0.691 (one more dose right, three more values wrong); with a heading's names on lines of their own: drug
    // 0.840/0.802. The set is a validation set since 2026-12-04 (later): its misses were read and rules written from
    // them (named phases, "for total 5 days", "bi-daily", "PO X", a count before a named product's strength, a dose
    // before a route and its drug, vehicles taken with or infused in, "whichever earlier", intradermal; routes before
    // a drug: inhaled, nebulised), measured on the seventh: drug 0.864/0.802, dose 0.923/0.847, unit 0.959/0.877,
    // route 0.926/0.735 (two heading names of one vaccine now components, with its intradermal route), days
    // 0.857/0.600, interval 0.939/0.747, timesPerDay 0.934/0.750, maxDuration 0.883/0.779; with a bulb counted as an
    // ampoule and no day from "follow-up to Day 30": dose 0.924/0.859, unit 0.960/0.889, days 1.000/0.600,
    // maxDuration 0.885/0.794; with the seventh set's rules: maxDuration 0.889/0.824, route 0.931/0.794. Floors
    // rounded down to 0.01.
    private static final Map<String, double[]> SIXTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.87, 0.81}),
            Map.entry("dose", new double[] {0.92, 0.85}),
            Map.entry("unit", new double[] {0.96, 0.88}),
            Map.entry("route", new double[] {0.93, 0.79}),
            Map.entry("days", new double[] {1.0, 0.6}),
            Map.entry("interval", new double[] {0.95, 0.77}),
            Map.entry("timesPerDay", new double[] {0.96, 0.77}),
            Map.entry("cycles", new double[] {1.0, 1.0}),
            Map.entry("maxDuration", new double[] {0.93, 0.86}),
            Map.entry("phase", new double[] {1.0, 1.0}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The seventh set, labelled blind (60 more ICTRP intervention fields of the July 2020 XLSX export, 43 over 400
    // characters, drawn as the sixth with another seed, less the CTRI texts read for earlier rules), measured once
    // with the parser of 2026-12-04 after the sixth set's rules: drug 0.742/0.667, dose 0.609/0.566, unit
    // 0.713/0.729, route 0.667/0.311, days 0.800/0.250, interval 0.831/0.662, timesPerDay 0.763/0.672, maxDuration
    // 0.641/0.472, no cycles, phases or courses expected. With the parser before the sixth set's rules (570b393) it
    // gives the same but for dose 0.573/0.515 and unit 0.702/0.694. No rule has been written from it, and its misses
    // have not been read. A validation set since (2026-12-04, later): its misses were read and rules written from
    // them, measured on the eighth. With a duration right after a frequency ("200 mg BID seven days") and a drug
    // named in a bracket after its dose ("200 mg (8 vials of itolizumab)"): dose 0.620/0.576, unit 0.724/0.741,
    // route 0.700/0.311, maxDuration 0.644/0.547; with a count after a bracketed strength ("ribavirin (200 mg) 6
    // tablets") and no duration from "could be continued for 10 days": dose 0.652/0.606, maxDuration 0.690/0.547;
    // with a drug's later doses given the route of its scheme: route 0.727/0.356; with "IVIG" giving IV (2026-12-05;
    // the component's concept label, "human immunoglobulin g", is none of the names the set accepts, so its route
    // counts as wrong): route 0.696/0.356. Floors rounded down to 0.01. With "for the first day", "in the first day"
    // and "for first 2 days" read as days (2026-12-05, fourth stop): days 0.800/0.250 -> 0.750/0.375 (one loading dose
    // written as a count of tablets, "2 tablets ... for the first day and from the second day one tablet", is one
    // component with the first day's d1); days floor lowered for it.
    private static final Map<String, double[]> SEVENTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.81, 0.7}),
            Map.entry("dose", new double[] {0.66, 0.64}),
            Map.entry("unit", new double[] {0.75, 0.81}),
            Map.entry("route", new double[] {0.85, 0.4}),
            Map.entry("days", new double[] {0.85, 0.37}),
            Map.entry("interval", new double[] {0.87, 0.74}),
            Map.entry("timesPerDay", new double[] {0.84, 0.74}),
            Map.entry("cycles", new double[] {1.0, 1.0}),
            Map.entry("maxDuration", new double[] {0.72, 0.54}),
            Map.entry("phase", new double[] {1.0, 1.0}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The eighth set, labelled blind (60 more ICTRP intervention fields of the July 2020 XLSX export, 39 over 400
    // characters, drawn as the seventh with another seed), measured once with the parser of 2026-12-04 after the
    // rules of the sixth and seventh sets: drug 0.727/0.669, dose 0.723/0.695, unit 0.745/0.745, route 0.806/0.455,
    // days 0.727/0.333, interval 0.645/0.462, timesPerDay 0.681/0.511, maxDuration 0.621/0.500, phase 0/0 (three
    // phases read, none of the two expected). With the parser before those rules (570b393): dose 0.683/0.657, route
    // 0.800/0.436, maxDuration 0.610/0.500, the rest the same. No rule has been written from it, and its misses have
    // not been read. Measured again after one more rule from the seventh set (a drug's later doses given the route of
    // its scheme): route 0.813/0.473. A validation set since (2026-12-05): its misses were read and rules written
    // from them ("for totally 10 days", "per a day", "Day 1 through day 10", "BD daily", "At Day 2 and 3, Amp. X",
    // "IM route", sublingual and rectal routes, "4 tablets of Plaquenil (Hydroxychloroquine) 200 mg", "Lopinavir
    // with Ritonavir" as the combination the lexicon knows, one name written as two words: "Hydroxy chlorquine"),
    // measured on the ninth: drug 0.752/0.687, dose 0.723/0.695, unit 0.755/0.755, route 0.722/0.473 (the new
    // routes go, where the drug they belong to is one the lexicon lacks, to the drug before it; and "IVIG" now gives
    // IV, but its concept's label, "human immunoglobulin g", is none of the names the set accepts, so the component
    // and its route count as wrong), days 0.714/0.417,
    // interval 0.679/0.500, timesPerDay 0.718/0.554, maxDuration 0.650/0.542. Floors rounded down to 0.01.
    private static final Map<String, double[]> EIGHTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.82, 0.73}),
            Map.entry("dose", new double[] {0.77, 0.73}),
            Map.entry("unit", new double[] {0.78, 0.77}),
            Map.entry("route", new double[] {0.85, 0.54}),
            Map.entry("days", new double[] {0.86, 0.54}),
            Map.entry("interval", new double[] {0.83, 0.64}),
            Map.entry("timesPerDay", new double[] {0.88, 0.68}),
            Map.entry("cycles", new double[] {1.0, 1.0}),
            Map.entry("maxDuration", new double[] {0.74, 0.59}),
            Map.entry("phase", new double[] {0.0, 0.0}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The ninth set, labelled blind (60 of the 93 texts left in the pool of ICTRP intervention fields of the July 2020
    // XLSX export, 41 over 400 characters, drawn as the eighth with another seed), measured once with the parser of
    // 2026-12-05 after the eighth set's rules: drug 0.747/0.761, dose 0.488/0.553, unit 0.554/0.638, route
    // 0.778/0.491, days 0.625/0.278, interval 0.598/0.468, timesPerDay 0.600/0.446, maxDuration 0.485/0.552, phase
    // 0.154/0.500, no cycles or courses expected. With the parser before those rules (e88883a): the same but drug precision 0.743,
    // route 0.794/0.474, interval precision 0.591, maxDuration precision 0.480. No rule has been written from it, and
    // its misses have not been read. Floors rounded down to 0.01.
    // After the rules of 2026-12-05, written from its misses: drug recall 0.761 -> 0.755 and maxDuration recall 0.552
    // -> 0.540 (a chloroquine component made of given plasma's "500 U every week" had matched an expected one), the
    // other fields as RegimenAccuracyTest prints them; floors lowered for those two. With "for the first day" read as
    // a day (2026-12-05, fourth stop): days 0.625/0.278 -> 0.643/0.500, maxDuration recall 0.540 -> 0.529 (a first
    // day's dose merged with the doses after it no longer takes their duration); that floor lowered. With a sentence
    // about how patients are followed giving no interval (2026-12-05, fifth stop): ISRCTN59048638's "a collaborating
    // physician will be followed ... every 7 days" no longer gives sulodexide P7D, and its rows pair otherwise:
    // timesPerDay 0.605/0.455 -> 0.592/0.446, interval 0.626/0.514 -> 0.622/0.505; that floor lowered.
    private static final Map<String, double[]> NINTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.76, 0.76}),
            Map.entry("dose", new double[] {0.61, 0.67}),
            Map.entry("unit", new double[] {0.61, 0.68}),
            Map.entry("route", new double[] {0.83, 0.52}),
            Map.entry("days", new double[] {0.87, 0.77}),
            Map.entry("interval", new double[] {0.71, 0.57}),
            Map.entry("timesPerDay", new double[] {0.69, 0.52}),
            Map.entry("cycles", new double[] {1.0, 1.0}),
            Map.entry("maxDuration", new double[] {0.54, 0.59}),
            Map.entry("phase", new double[] {0.6, 0.75}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The tenth set (labelled-tenth.tsv: the last 33 texts of the July 2020 export's pool, 19 over 400 characters, 84
    // components), measured once with the parser before the rules of 2026-12-05 (443c4b1, texts repaired as ingest
    // reads them) and once after: the same figures, drug 0.691/0.774, dose 0.615/0.627, unit 0.622/0.622, route
    // 0.667/0.400, days 1.000/0.167, interval 0.750/0.612, timesPerDay 0.806/0.707, maxDuration 0.576/0.576, phase
    // 0.500/0.500. No rule has been written from it. Floors rounded down to 0.01.
    private static final Map<String, double[]> TENTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.72, 0.8}),
            Map.entry("dose", new double[] {0.67, 0.68}),
            Map.entry("unit", new double[] {0.66, 0.66}),
            Map.entry("route", new double[] {0.71, 0.5}),
            Map.entry("days", new double[] {1.0, 0.83}),
            Map.entry("interval", new double[] {0.82, 0.65}),
            Map.entry("timesPerDay", new double[] {0.83, 0.73}),
            Map.entry("cycles", new double[] {1.0, 1.0}),
            Map.entry("maxDuration", new double[] {0.7, 0.66}),
            Map.entry("phase", new double[] {0.5, 0.5}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The eleventh set (labelled-eleventh.tsv: 40 legacy XML descriptions, 20 over 400 characters, 152 components),
    // measured once with the parser before the rules of 2026-12-05 (443c4b1) and once after: the same but interval
    // 0.650/0.361 -> 0.639/0.361 and timesPerDay 0.727/0.500 -> 0.750/0.563 (divided doses); drug 0.824/0.586, dose
    // 0.811/0.682, unit 0.838/0.705, route 0.910/0.581, days 0.811/0.526, cycles 0.542/0.382, maxDuration
    // 0.522/0.444, phase 0.600/0.240. No rule had been written from it when it was measured. Floors rounded down.
    // Floors raised to the measure after the rules of 2026-12-05 (third stop), rounded down: drug 0.907/0.638, route
    // 0.972/0.667, days 0.889/0.702, interval 0.823/0.472, cycles 0.654/0.500, maxDuration 0.684/0.481 (0.864/0.625,
    // 0.943/0.629, 0.848/0.684, 0.770/0.435, 0.542/0.382, 0.650/0.481 before them).
    private static final Map<String, double[]> ELEVENTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.96, 0.7}),
            Map.entry("dose", new double[] {0.92, 0.79}),
            Map.entry("unit", new double[] {0.94, 0.81}),
            Map.entry("route", new double[] {0.98, 0.69}),
            Map.entry("days", new double[] {0.91, 0.71}),
            Map.entry("interval", new double[] {0.88, 0.61}),
            Map.entry("timesPerDay", new double[] {1.0, 0.75}),
            Map.entry("cycles", new double[] {0.86, 0.55}),
            Map.entry("maxDuration", new double[] {0.71, 0.55}),
            Map.entry("phase", new double[] {0.85, 0.48}),
            Map.entry("totalDose", new double[] {1.0, 0.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The twelfth set (labelled-twelfth.tsv: 40 more legacy XML descriptions, 20 over 400 characters, 130 components),
    // measured once with the parser before the rules of 2026-12-05 (443c4b1) and once after (those written from the
    // ninth and, for PDQ's course wording, the eleventh set): unit 0.768/0.754 -> 0.804/0.789, days 0.857/0.545 ->
    // 0.870/0.606, interval 0.623/0.379 -> 0.648/0.402, the rest the same: drug 0.904/0.792, dose 0.750/0.737, route
    // 0.863/0.571, timesPerDay 0.750/0.563, cycles 0.846/0.647, maxDuration 0.714/0.326, phase 0.632/0.800 (the
    // same with either way of matching drugs). No rule has been written from it. Floors rounded down to 0.01.
    // Measured again after the rules of 2026-12-05 (second stop) written from what the 8,322 unlabelled texts write
    // (every other week, the less common routes, a bracket of names only): route 0.863/0.571 -> 0.855/0.610, interval
    // 0.648/0.402 -> 0.655/0.414, drug 0.904/0.792 -> 0.897/0.800 (its precision floor lowered by 0.01), the rest the same.
    // Measured again after the rules of 2026-12-05 (third stop), still never read: drug 0.897/0.800 -> 0.912/0.800,
    // interval 0.655/0.414 -> 0.673/0.425, maxDuration 0.714/0.326 -> 0.750/0.326, the rest the same; floors raised.
    private static final Map<String, double[]> TWELFTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.92, 0.8}),
            Map.entry("dose", new double[] {0.85, 0.84}),
            Map.entry("unit", new double[] {0.87, 0.85}),
            Map.entry("route", new double[] {0.91, 0.74}),
            Map.entry("days", new double[] {0.91, 0.66}),
            Map.entry("interval", new double[] {0.87, 0.66}),
            Map.entry("timesPerDay", new double[] {0.87, 0.65}),
            Map.entry("cycles", new double[] {0.91, 0.64}),
            Map.entry("maxDuration", new double[] {0.8, 0.34}),
            Map.entry("phase", new double[] {0.66, 0.8}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The thirteenth set (labelled-thirteenth.tsv: 40 more legacy XML descriptions, 20 over 400 characters, 99
    // components), measured once, blind, with the parser of 2026-12-05 (second stop, a00c0a3) and with the parser
    // before that stop's rules (cc9b323): the same figures both times, so those rules, found by counting cue words over
    // the unlabelled texts, moved nothing here. Drug 0.767/0.798, dose 0.800/0.766, unit 0.822/0.787, route
    // 0.864/0.792, days 0.739/0.586, interval 0.686/0.565, timesPerDay 0.957/0.917, cycles 0.500/0.304, maxDuration
    // 0.722/0.542, phase 0.733/0.458, totalDose 0.333/0.500 (3 rows), fractions none of 1. Floors rounded down.
    // Its misses were read after that measure (2026-12-05, third stop), so it is blind no more; the rules written
    // then (a class in brackets after a drug, cells given, the day a drug begins on) cost it one bare etoposide row
    // (drug recall 0.798 -> 0.788) and raised drug precision, route, days, interval, times a day and cycles.
    // After all the rules of that stop: drug 0.812/0.828, route 0.870/0.833, days 0.840/0.724, interval 0.780/0.629,
    // timesPerDay 0.958/0.958, cycles 0.692/0.391, maxDuration 0.813/0.542, phase 0.800/0.500; floors raised.
    private static final Map<String, double[]> THIRTEENTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.87, 0.87}),
            Map.entry("dose", new double[] {0.88, 0.85}),
            Map.entry("unit", new double[] {0.91, 0.87}),
            Map.entry("route", new double[] {0.93, 0.85}),
            Map.entry("days", new double[] {0.92, 0.82}),
            Map.entry("interval", new double[] {0.85, 0.74}),
            Map.entry("timesPerDay", new double[] {0.95, 0.95}),
            Map.entry("cycles", new double[] {0.86, 0.56}),
            Map.entry("maxDuration", new double[] {0.93, 0.58}),
            Map.entry("phase", new double[] {0.93, 0.58}),
            Map.entry("totalDose", new double[] {0.33, 0.5}),
            Map.entry("fractions", new double[] {1.0, 0.0}));

    // The fourteenth set (labelled-fourteenth.tsv: 40 more legacy XML descriptions, 20 over 400 characters, 145
    // components), measured once, blind, with the parser of 2026-12-05 (third stop, 87403b3) and with the parser before
    // that stop's rules (26d1d2e). Now: drug 0.906/0.662, dose 0.846/0.647, unit 0.872/0.680, route 0.980/0.700, days
    // 0.941/0.627, interval 0.839/0.653, timesPerDay 0.944/0.739, cycles 0.429/0.300, maxDuration 0.875/0.500, phase
    // 0.789/0.652, totalDose 1.000/0.333 (3 rows), fractions 1.000/1.000 (1 row); before: drug 0.870/0.648, route
    // 0.960/0.686, days 0.816/0.608, interval 0.769/0.556, timesPerDay 0.824/0.609, cycles 0.375/0.300, the rest the
    // same. On the 31 studies whose outputs nobody read while those rules were checked (82 components) the two parsers
    // give the same figures: the whole gain is on the 9 studies whose changed outputs were read. Floors rounded down.
    private static final Map<String, double[]> FOURTEENTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.96, 0.71}),
            Map.entry("dose", new double[] {0.89, 0.68}),
            Map.entry("unit", new double[] {0.89, 0.7}),
            Map.entry("route", new double[] {1.0, 0.75}),
            Map.entry("days", new double[] {0.97, 0.66}),
            Map.entry("interval", new double[] {0.94, 0.76}),
            Map.entry("timesPerDay", new double[] {0.94, 0.73}),
            Map.entry("cycles", new double[] {0.75, 0.7}),
            Map.entry("maxDuration", new double[] {0.9, 0.64}),
            Map.entry("phase", new double[] {1.0, 0.82}),
            Map.entry("totalDose", new double[] {1.0, 0.33}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The fifteenth set (labelled-fifteenth.tsv: 40 more legacy XML descriptions, 20 over 400 characters, 83
    // components), drawn from studies nobody had read and measured once, blind, with the parser of 2026-12-05 (fourth
    // stop, 65ab067) and with the parser before that stop's rules (2190db4). Now: drug 0.781/0.687, dose 0.375/0.387,
    // unit 0.438/0.483, route 0.824/0.683, days 0.650/0.448, interval 0.585/0.558, timesPerDay 0.750/0.563, cycles
    // 0.667/0.429, maxDuration 0.200/0.154, phase 0.200/0.071, totalDose 1.000/1.000 (1 row), fractions 1.000/1.000
    // (1 row); before: drug 0.770/0.687, interval 0.575/0.535, the rest the same. Well below the fourteenth set's
    // figures on the same kind of text: dose, duration and phase most.
    // After the rules of 2026-12-05 (fifth stop), several written from its misses (see the README): drug
    // 0.845/0.723, dose 0.412/0.452, unit 0.500/0.586, route 0.886/0.756, days 0.727/0.552, interval 0.689/0.721,
    // timesPerDay 0.769/0.625, cycles 0.667/0.429, maxDuration 0.500/0.692, phase 0.250/0.071. Floors rounded down.
    private static final Map<String, double[]> FIFTEENTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.86, 0.72}),
            Map.entry("dose", new double[] {0.7, 0.77}),
            Map.entry("unit", new double[] {0.7, 0.82}),
            Map.entry("route", new double[] {0.97, 0.82}),
            Map.entry("days", new double[] {0.76, 0.65}),
            Map.entry("interval", new double[] {0.83, 0.83}),
            Map.entry("timesPerDay", new double[] {0.84, 0.68}),
            Map.entry("cycles", new double[] {0.77, 0.5}),
            Map.entry("maxDuration", new double[] {0.64, 0.84}),
            Map.entry("phase", new double[] {0.5, 0.14}),
            Map.entry("totalDose", new double[] {1.0, 1.0}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    // The sixteenth set (labelled-sixteenth.tsv: 40 more legacy XML descriptions, 20 over 400 characters, 86
    // components), drawn from studies nobody had read and measured once, blind, with the parser of 2026-12-05 (fifth
    // stop, d47c528) and with the parser before that stop's rules (c1f5ff0). Now: drug 0.900/0.837, dose
    // 0.647/0.550, unit 0.706/0.600, route 0.918/0.738, days 0.735/0.694, interval 0.833/0.738, timesPerDay
    // 0.821/0.742, cycles 0.760/0.704, maxDuration 0.571/0.364, phase 0.727/0.800, totalDose 0.400/0.500, fractions
    // 1.000/0.500; before: drug 0.878/0.837, interval 0.745/0.672, the rest the same. Floors rounded down.
    private static final Map<String, double[]> SIXTEENTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.9, 0.83}),
            Map.entry("dose", new double[] {0.88, 0.75}),
            Map.entry("unit", new double[] {0.82, 0.7}),
            Map.entry("route", new double[] {0.91, 0.73}),
            Map.entry("days", new double[] {0.76, 0.72}),
            Map.entry("interval", new double[] {0.88, 0.78}),
            Map.entry("timesPerDay", new double[] {0.89, 0.8}),
            Map.entry("cycles", new double[] {0.76, 0.7}),
            Map.entry("maxDuration", new double[] {0.57, 0.36}),
            Map.entry("phase", new double[] {0.72, 0.8}),
            Map.entry("totalDose", new double[] {0.8, 1.0}),
            Map.entry("fractions", new double[] {1.0, 0.5}));

    // The seventeenth set (labelled-seventeenth.tsv: 40 more legacy XML descriptions, 14 over 400 characters, 84
    // components), drawn from studies nobody had read and measured once, blind, with the parser of 2026-12-05 (sixth
    // stop, d9ea9f4) and with the parser before that stop's rules (f503975), both with the optimal pairing. Now: drug
    // 0.960/0.857, dose 1.000/0.756, unit 0.968/0.732, route 0.976/0.837, days 1.000/0.744, interval 1.000/0.867,
    // timesPerDay 0.688/0.611, cycles 0.750/0.808, maxDuration 1.000/0.615, phase 1.000/0.571, totalDose
    // 0.500/0.500 (2 rows), fractions 1.000/1.000 (2 rows); before: interval precision 0.981, the rest the same.
    // Floors rounded down. Then two rules written from its misses (the set is read since): the courses of those who
    // respond are no cycles, and a dose per day for some days with a rest after them is given on those days: days
    // 1.000/0.744 -> 1.000/0.872, cycles 0.750/0.808 -> 0.840/0.808; no other set moved.
    private static final Map<String, double[]> SEVENTEENTH_FLOORS = Map.ofEntries(
            Map.entry("drug", new double[] {0.96, 0.85}),
            Map.entry("dose", new double[] {1.0, 0.75}),
            Map.entry("unit", new double[] {0.96, 0.73}),
            Map.entry("route", new double[] {0.97, 0.83}),
            Map.entry("days", new double[] {1.0, 0.87}),
            Map.entry("interval", new double[] {1.0, 0.86}),
            Map.entry("timesPerDay", new double[] {0.68, 0.61}),
            Map.entry("cycles", new double[] {0.84, 0.8}),
            Map.entry("maxDuration", new double[] {1.0, 0.61}),
            Map.entry("phase", new double[] {1.0, 0.57}),
            Map.entry("totalDose", new double[] {0.5, 0.5}),
            Map.entry("fractions", new double[] {1.0, 1.0}));

    private static final Pattern SALT = Pattern.compile("\\s(?:hydrochloride|mesylate|phosphate|sulfate"
            + "|sodium|calcium|tablets?|injection|capsules?|granules?|pills?|oral liquid|syrup|decoction)$");
    private static final Pattern FIELD = Pattern.compile("(armGroups|interventions|arm_group|intervention)\\[(\\d+)]"
            + "\\.description");

    /** One labelled component: the column values by field name ("-" is null). */
    private record Expected(String kind, Map<String, String> values) {
    }

    /**
     * A description as read from the shared data: its text, the arm label and the intervention name; for an ICTRP
     * intervention field, whose drug may be named only in the titles, the record's titles (else empty).
     */
    record Description(String text, String arm, String defaultDrug, List<String> titles) {
        Description(String text, String arm, String defaultDrug) {
            this(text, arm, defaultDrug, List.of());
        }
    }

    private static final class Count {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    private final SkosDrugLexicon lexicon = SkosDrugLexicon.shipped();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> studies = new HashMap<>();

    @Test
    void precisionAndRecallPerFieldStayAtOrAboveTheMeasuredFloors() throws Exception {
        Path shared = Path.of(System.getProperty("trialkg.shared", "../../../shared"));
        Path jsonFile = shared.resolve("data/ctgov-json/nsclc-phase3-100.json");
        Path xmlDir = shared.resolve("data/ctgov-xml/allpublicxml-subset");
        Assumptions.assumeTrue(Files.isRegularFile(jsonFile) && Files.isDirectory(xmlDir),
                "shared data absent: " + jsonFile + ", " + xmlDir);
        for (JsonNode s : json.readTree(jsonFile.toFile())) {
            studies.put(s.path("protocolSection").path("identificationModule").path("nctId").asText(), s);
        }
        Map<List<String>, List<Expected>> labelled = readLabelled("/regimen/labelled.tsv", 2);
        assertTrue(labelled.size() >= 150, "at least 150 labelled descriptions, was " + labelled.size());
        ThrowingReader reader = k -> read(k.get(0), k.get(1), xmlDir);
        Map<String, Count> counts = measure("regimen accuracy", labelled, reader);
        String table = lastTable;
        measureHalves("regimen accuracy", labelled, reader);
        lastTable = table;
        assertAtLeast(FLOORS, counts);
    }

    /**
     * The second set: ICTRP intervention fields (the whole dosing text, as the registry writes it) and API v2 arm
     * and intervention descriptions of any length, drawn with a fixed seed ({@code regimen/labelled-ictrp-v2.tsv}
     * says how). Measured on the whole set and on two halves split by a hash of the trial ID, the second half
     * being the one no rule was written from.
     */
    @Test
    void secondSetOfIctrpAndApiV2TextsStaysAtOrAboveItsFloors() throws Exception {
        Path data = Path.of(System.getProperty("trialkg.shared", "../../../shared")).resolve("data");
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("ictrp")) && Files.isDirectory(data.resolve("ctgov-json")),
                "shared data absent: " + data);
        Map<List<String>, List<Expected>> labelled = readLabelled("/regimen/labelled-ictrp-v2.tsv", 3);
        assertTrue(labelled.size() >= 150, "at least 150 labelled texts, was " + labelled.size());
        SecondSetTexts texts = new SecondSetTexts(data);
        Map<String, Count> all = measure("second set (ICTRP + API v2)", labelled, texts::read);
        String table = lastTable;
        measureHalves("second set", labelled, texts::read);
        lastTable = table;
        assertAtLeast(SECOND_FLOORS, all);
    }

    /**
     * The third set: every ICTRP intervention field and API v2 description of the second set's pool whose trial is
     * in neither earlier set (24 texts), labelled without seeing the parser's output ({@code
     * regimen/labelled-third.tsv} says how). The one-drug, route-only and product rules of 2026-12-04 were written
     * from its misses after it was measured, so it is blind no longer; the fifth set took its place.
     */
    @Test
    void thirdSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        Path data = Path.of(System.getProperty("trialkg.shared", "../../../shared")).resolve("data");
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("ictrp")) && Files.isDirectory(data.resolve("ctgov-json")),
                "shared data absent: " + data);
        Map<List<String>, List<Expected>> labelled = readLabelled("/regimen/labelled-third.tsv", 3);
        assertTrue(labelled.size() >= 20, "at least 20 labelled texts, was " + labelled.size());
        SecondSetTexts texts = new SecondSetTexts(data);
        assertAtLeast(THIRD_FLOORS, measure("third set (blind)", labelled, texts::read));
    }

    /**
     * The fifth set: ICTRP intervention fields of the July 2020 XLSX export, of trials in no CSV export and no earlier
     * set, labelled without seeing the parser's output ({@code regimen/labelled-fifth.tsv} says how). No rule was
     * written from it, but it chose between four rules of 2026-12-04 (two kept, two left out): a validation set now,
     * the sixth set the blind one.
     */
    @Test
    void fifthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXlsxSetAtLeast("/regimen/labelled-fifth.tsv", "fifth set (blind)", FIFTH_FLOORS);
    }

    /**
     * The sixth set: 60 more ICTRP intervention fields of the July 2020 XLSX export, drawn as the fifth with another
     * seed and labelled without seeing the parser's output ({@code regimen/labelled-sixth.tsv} says how). Blind until
     * 2026-12-04; a validation set since its misses were read and rules written from them.
     */
    @Test
    void sixthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXlsxSetAtLeast("/regimen/labelled-sixth.tsv", "sixth set (blind)", SIXTH_FLOORS);
    }

    /**
     * The seventh set: 60 more ICTRP intervention fields of the July 2020 XLSX export, drawn as the sixth with another
     * seed and labelled without seeing the parser's output ({@code regimen/labelled-seventh.tsv} says how). Blind
     * when first measured; a validation set since its misses were read and rules written from them.
     */
    @Test
    void seventhSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXlsxSetAtLeast("/regimen/labelled-seventh.tsv", "seventh set (blind)", SEVENTH_FLOORS);
    }

    /**
     * The eighth set: 60 more ICTRP intervention fields of the July 2020 XLSX export, drawn as the seventh with another
     * seed and labelled without seeing the parser's output ({@code regimen/labelled-eighth.tsv} says how). Blind
     * when first measured; a validation set since its misses were read and rules written from them.
     */
    @Test
    void eighthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXlsxSetAtLeast("/regimen/labelled-eighth.tsv", "eighth set (blind)", EIGHTH_FLOORS);
    }

    /**
     * The ninth set: 60 more ICTRP intervention fields of the July 2020 XLSX export, drawn as the eighth with another
     * seed and labelled without seeing the parser's output ({@code regimen/labelled-ninth.tsv} says how). No rule was
     * written from it or chosen by it.
     */
    @Test
    void ninthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXlsxSetAtLeast("/regimen/labelled-ninth.tsv", "ninth set (blind)", NINTH_FLOORS);
    }

    /**
     * The tenth set: the last 33 ICTRP intervention fields of the July 2020 XLSX export's pool, labelled without seeing
     * the parser's output ({@code regimen/labelled-tenth.tsv} says how). No rule was written from it or chosen by it.
     */
    @Test
    void tenthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXlsxSetAtLeast("/regimen/labelled-tenth.tsv", "tenth set (blind)", TENTH_FLOORS, 30);
    }

    /**
     * The eleventh set: 40 arm and intervention descriptions of the legacy XML subset, 20 of them over 400 characters,
     * of studies in no earlier set, labelled without seeing the parser's output ({@code regimen/labelled-eleventh.tsv}
     * says how). No rule was written from it or chosen by it.
     */
    @Test
    void eleventhSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXmlSetAtLeast("/regimen/labelled-eleventh.tsv", "eleventh set (blind)", ELEVENTH_FLOORS, 40);
    }

    /**
     * The twelfth set: 40 more arm and intervention descriptions of the legacy XML subset, drawn as the eleventh with
     * another seed and labelled without seeing the parser's output ({@code regimen/labelled-twelfth.tsv} says how).
     * No rule was written from it or chosen by it.
     */
    @Test
    void twelfthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXmlSetAtLeast("/regimen/labelled-twelfth.tsv", "twelfth set (blind)", TWELFTH_FLOORS, 40);
    }

    /**
     * The thirteenth set: 40 more arm and intervention descriptions of the legacy XML subset, drawn as the twelfth with
     * another seed, every study read while writing rules left out, labelled without seeing the parser's output
     * ({@code regimen/labelled-thirteenth.tsv} says how). No rule was written from it or chosen by it.
     */
    @Test
    void thirteenthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXmlSetAtLeast("/regimen/labelled-thirteenth.tsv", "thirteenth set (blind)", THIRTEENTH_FLOORS, 40);
    }

    /**
     * The fourteenth set: 40 more arm and intervention descriptions of the legacy XML subset, drawn as the thirteenth
     * with another seed, labelled without seeing the parser's output ({@code regimen/labelled-fourteenth.tsv} says how).
     * No rule was written from it or chosen by it.
     */
    @Test
    void fourteenthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXmlSetAtLeast("/regimen/labelled-fourteenth.tsv", "fourteenth set (blind)", FOURTEENTH_FLOORS, 40);
    }

    /**
     * The fifteenth set: 40 more arm and intervention descriptions of the legacy XML subset, drawn as the fourteenth
     * with another seed from studies nobody had read, labelled without seeing the parser's output
     * ({@code regimen/labelled-fifteenth.tsv} says how). No rule was written from it or chosen by it.
     */
    @Test
    void fifteenthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXmlSetAtLeast("/regimen/labelled-fifteenth.tsv", "fifteenth set (blind)", FIFTEENTH_FLOORS, 40);
    }

    /**
     * The sixteenth set: 40 more arm and intervention descriptions of the legacy XML subset, drawn as the fifteenth
     * with another seed from studies nobody had read, labelled without seeing the parser's output
     * ({@code regimen/labelled-sixteenth.tsv} says how). No rule was written from it or chosen by it.
     */
    @Test
    void sixteenthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXmlSetAtLeast("/regimen/labelled-sixteenth.tsv", "sixteenth set (blind)", SIXTEENTH_FLOORS, 40);
    }

    /**
     * The seventeenth set: 40 more arm and intervention descriptions of the legacy XML subset, drawn as the sixteenth
     * with another seed from studies nobody had read, labelled without seeing the parser's output
     * ({@code regimen/labelled-seventeenth.tsv} says how). No rule was written from it or chosen by it.
     */
    @Test
    void seventeenthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXmlSetAtLeast("/regimen/labelled-seventeenth.tsv", "seventeenth set (blind)", SEVENTEENTH_FLOORS, 40);
    }

    private void assertXlsxSetAtLeast(String resource, String name, Map<String, double[]> floors)
            throws Exception {
        assertXlsxSetAtLeast(resource, name, floors, 50);
    }

    /** A set of arm and intervention descriptions of the legacy XML subset measured against its floors. */
    private void assertXmlSetAtLeast(String resource, String name, Map<String, double[]> floors, int minTexts)
            throws Exception {
        Path xmlDir = Path.of(System.getProperty("trialkg.shared", "../../../shared"))
                .resolve("data/ctgov-xml/allpublicxml-subset");
        Assumptions.assumeTrue(Files.isDirectory(xmlDir), "shared data absent: " + xmlDir);
        Map<List<String>, List<Expected>> labelled = readLabelled(resource, 2);
        assertTrue(labelled.size() >= minTexts, "at least " + minTexts + " labelled texts, was " + labelled.size());
        assertAtLeast(floors, measure(name, labelled, k -> read(k.get(0), k.get(1), xmlDir)));
    }

    /** A set of intervention fields of the July 2020 XLSX export measured against its floors. */
    private void assertXlsxSetAtLeast(String resource, String name, Map<String, double[]> floors, int minTexts)
            throws Exception {
        Path data = Path.of(System.getProperty("trialkg.shared", "../../../shared")).resolve("data");
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("ictrp/COVID19-web_7Jul2020.xlsx")),
                "shared data absent: " + data);
        Map<List<String>, List<Expected>> labelled = readLabelled(resource, 3);
        assertTrue(labelled.size() >= minTexts, "at least " + minTexts + " labelled texts, was " + labelled.size());
        SecondSetTexts texts = new SecondSetTexts(data);
        assertAtLeast(floors, measure(name, labelled, texts::read));
    }

    /**
     * The fourth set: 60 arm and intervention descriptions of the legacy XML subset, 25 of them over 400 characters,
     * of studies in no earlier set, labelled without seeing the parser's output ({@code regimen/labelled-fourth.tsv}
     * says how). No rule was written from it.
     */
    @Test
    void fourthSetLabelledBlindStaysAtOrAboveItsFloors() throws Exception {
        assertXmlSetAtLeast("/regimen/labelled-fourth.tsv", "fourth set (blind)", FOURTH_FLOORS, 50);
    }

    /**
     * Prints the measure of each half of a set split by a hash of the trial ID; rules are written from the misses
     * of half 0 only, so half 1 tells how they carry to texts nobody tuned them on. Half 1 has since been read in
     * part, so the quarter of it no rule was written from is printed too.
     */
    private void measureHalves(String title, Map<List<String>, List<Expected>> labelled, ThrowingReader reader)
            throws Exception {
        for (int half = 0; half < 2; half++) {
            final int h = half;
            Map<List<String>, List<Expected>> part = new LinkedHashMap<>();
            labelled.forEach((k, v) -> {
                if (SecondSetTexts.half(k.get(0)) == h) {
                    part.put(k, v);
                }
            });
            measure(title + ", half " + half + (half == 1 ? " (held out)" : ""), part, reader);
        }
        // the rules of regimen3 were written from half 0 and quarter 1 of half 1; quarter 3 stayed unread
        Map<List<String>, List<Expected>> unread = new LinkedHashMap<>();
        labelled.forEach((k, v) -> {
            if (SecondSetTexts.quarter(k.get(0)) == 3) {
                unread.put(k, v);
            }
        });
        measure(title + ", quarter 3 of half 1 (unread)", unread, reader);
    }

    private Map<String, Count> measure(String title, Map<List<String>, List<Expected>> labelled,
            ThrowingReader reader) throws Exception {
        RegimenParser parser = new RegimenParser(lexicon);
        Map<String, Count> counts = new LinkedHashMap<>();
        FIELDS.forEach(f -> counts.put(f, new Count()));
        int components = 0;
        StringBuilder details = new StringBuilder();
        StringBuilder dump = new StringBuilder();
        for (Map.Entry<List<String>, List<Expected>> e : labelled.entrySet()) {
            String field = e.getKey().get(e.getKey().size() - 1);
            Description d = reader.read(e.getKey());
            // as RegimenEnricher reads an ICTRP intervention field: the titles' one drug for a text that names none
            List<RegimenComponent> predicted = parser.parse(d.text(), d.arm(), field, d.defaultDrug(),
                    () -> parser.soleDrugNamed(d.titles()));
            List<Expected> expected = e.getValue().stream().filter(x -> !x.kind().equals("none")).toList();
            components += expected.size();
            details.append(String.join(" ", e.getKey())).append("\n  text: ").append(d.text()).append('\n');
            for (RegimenComponent c : predicted) {
                details.append("  got: ").append(key(c));
                FIELDS.subList(1, FIELDS.size()).forEach(f -> details.append(' ').append(value(c, f)));
                details.append('\n');
                dump.append(String.join("\t", e.getKey())).append('\t')
                        .append(c.kind().equals(RegimenComponent.RADIOTHERAPY) ? "radiotherapy" : "drug");
                String drug = c.kind().equals(RegimenComponent.RADIOTHERAPY) ? null : key(c);
                dump.append('\t').append(drug == null ? "-" : drug);
                FIELDS.subList(1, FIELDS.size()).forEach(f -> dump.append('\t')
                        .append(Objects.requireNonNullElse(value(c, f), "-")));
                dump.append('\n');
            }
            if (predicted.isEmpty()) {
                dump.append(String.join("\t", e.getKey())).append("\tnone").append("\t-".repeat(12)).append('\n');
            }
            score(expected, predicted, counts, details);
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d texts, %d expected components%n%-12s %5s %5s %5s %9s %7s%n", title,
                labelled.size(), components, "field", "tp", "fp", "fn", "precision", "recall"));
        for (Map.Entry<String, Count> c : counts.entrySet()) {
            table.append(String.format(Locale.ROOT, "%-12s %5d %5d %5d %9.3f %7.3f%n", c.getKey(), c.getValue().tp,
                    c.getValue().fp, c.getValue().fn, c.getValue().precision(), c.getValue().recall()));
        }
        System.out.print(table);
        if (Boolean.getBoolean("regimen.accuracy.details")) {
            System.out.print(details);
        }
        if (Boolean.getBoolean("regimen.accuracy.dump")) {
            System.out.print(dump);
        }
        lastTable = table.toString();
        return counts;
    }

    private String lastTable = "";

    private void assertAtLeast(Map<String, double[]> floors, Map<String, Count> counts) {
        String table = lastTable;
        assertAll(counts.entrySet().stream().map(c -> () -> {
            double[] floor = floors.get(c.getKey());
            assertTrue(c.getValue().precision() >= floor[0] - 1e-9,
                    c.getKey() + " precision " + c.getValue().precision() + " below " + floor[0] + "\n" + table);
            assertTrue(c.getValue().recall() >= floor[1] - 1e-9,
                    c.getKey() + " recall " + c.getValue().recall() + " below " + floor[1] + "\n" + table);
        }));
    }

    /** Reads the text a labelled key names. */
    @FunctionalInterface
    private interface ThrowingReader {
        Description read(List<String> key) throws Exception;
    }

    private void score(List<Expected> expected, List<RegimenComponent> predicted, Map<String, Count> counts,
            StringBuilder details) {
        Map<Integer, Integer> pairs = pairByDrug(expected, predicted); // predicted index -> expected index
        boolean[] used = new boolean[expected.size()];
        pairs.values().forEach(x -> used[x] = true);
        counts.get("drug").tp += pairs.size();
        for (int p = 0; p < predicted.size(); p++) {
            if (pairs.containsKey(p)) {
                continue;
            }
            if (key(predicted.get(p)) != null) {
                counts.get("drug").fp++;
                details.append("  drug: expected none, got ").append(key(predicted.get(p))).append('\n');
                continue;
            }
            int best = -1;
            int bestAgreement = -1;
            for (int x = 0; x < expected.size(); x++) {
                int agreement = agreement(predicted.get(p), expected.get(x));
                if (!used[x] && agreement > bestAgreement) {
                    best = x;
                    bestAgreement = agreement;
                }
            }
            if (best >= 0) {
                used[best] = true;
                pairs.put(p, best);
            }
        }
        for (int x = 0; x < expected.size(); x++) {
            if (!pairs.containsValue(x) || key(predicted.get(keyOf(pairs, x))) == null) {
                counts.get("drug").fn++;
                details.append("  drug: expected ").append(expected.get(x).values().get("drug")).append(", got none\n");
            }
        }
        for (String f : FIELDS.subList(1, FIELDS.size())) {
            Count c = counts.get(f);
            for (int p = 0; p < predicted.size(); p++) {
                String got = value(predicted.get(p), f);
                String want = pairs.containsKey(p) ? expected.get(pairs.get(p)).values().get(f) : null;
                tally(c, got, want, f, details);
            }
            for (int x = 0; x < expected.size(); x++) {
                if (!pairs.containsValue(x)) {
                    tally(c, null, expected.get(x).values().get(f), f, details);
                }
            }
        }
    }

    /**
     * Pairs each predicted component that has a drug with an expected one of the same drug: as many pairs as can be
     * made, and of those the pairing whose pairs agree on the most values, then the one nearest text order (an optimal
     * assignment), so that one extra or missing component does not shift the pairing of those after it.
     */
    private Map<Integer, Integer> pairByDrug(List<Expected> expected, List<RegimenComponent> predicted) {
        Map<Integer, Integer> pairs = new TreeMap<>();
        int size = Math.max(expected.size(), predicted.size());
        if (expected.isEmpty() || predicted.isEmpty()) {
            return pairs;
        }
        long[][] cost = new long[size][size];
        boolean[][] same = new boolean[size][size];
        for (int p = 0; p < predicted.size(); p++) {
            String key = key(predicted.get(p));
            for (int x = 0; key != null && x < expected.size(); x++) {
                if (sameDrug(predicted.get(p), key, expected.get(x))) {
                    same[p][x] = true;
                    cost[p][x] = -(1_000_000L + 1_000L * agreement(predicted.get(p), expected.get(x)) - Math.abs(p - x));
                }
            }
        }
        int[] assigned = minimumCostAssignment(cost);
        for (int p = 0; p < predicted.size(); p++) {
            if (same[p][assigned[p]]) {
                pairs.put(p, assigned[p]);
            }
        }
        return pairs;
    }

    /** The column of each row in a square cost matrix's assignment of least total cost (the Hungarian method). */
    private static int[] minimumCostAssignment(long[][] a) {
        int n = a.length;
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] column = new int[n + 1]; // column j's row, 1-based; 0 for none
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            column[0] = i;
            int j0 = 0;
            long[] min = new long[n + 1];
            Arrays.fill(min, Long.MAX_VALUE);
            boolean[] done = new boolean[n + 1];
            do {
                done[j0] = true;
                int i0 = column[j0];
                int j1 = 0;
                long delta = Long.MAX_VALUE;
                for (int j = 1; j <= n; j++) {
                    if (!done[j]) {
                        long cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < min[j]) {
                            min[j] = cur;
                            way[j] = j0;
                        }
                        if (min[j] < delta) {
                            delta = min[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (done[j]) {
                        u[column[j]] += delta;
                        v[j] -= delta;
                    } else {
                        min[j] -= delta;
                    }
                }
                j0 = j1;
            } while (column[j0] != 0);
            do {
                int j1 = way[j0];
                column[j0] = column[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToColumn = new int[n];
        for (int j = 1; j <= n; j++) {
            rowToColumn[column[j] - 1] = j - 1;
        }
        return rowToColumn;
    }

    /** How many values, the drug aside, a predicted component shares with an expected one. */
    private static int agreement(RegimenComponent c, Expected e) {
        int n = 0;
        for (String f : FIELDS.subList(1, FIELDS.size())) {
            String got = value(c, f);
            String want = e.values().get(f);
            n += got != null && want != null && normal(f, got).equals(normal(f, want)) ? 1 : 0;
        }
        return n;
    }

    private static int keyOf(Map<Integer, Integer> pairs, int expectedIndex) {
        return pairs.entrySet().stream().filter(e -> e.getValue() == expectedIndex).findFirst().orElseThrow()
                .getKey();
    }

    private static void tally(Count c, String got, String want, String field, StringBuilder details) {
        boolean same = got != null && want != null && normal(field, got).equals(normal(field, want));
        if (same) {
            c.tp++;
            return;
        }
        if (got != null) {
            c.fp++;
        }
        if (want != null) {
            c.fn++;
        }
        if (got != null || want != null) {
            details.append("  ").append(field).append(": expected ").append(want).append(", got ").append(got)
                    .append('\n');
        }
    }

    /** Days as sets of day numbers, intervals in days where written in days or weeks; other values as written. */
    private static String normal(String field, String v) {
        return switch (field) {
            case "days" -> dayNumbers(v);
            case "interval" -> {
                Matcher m = Pattern.compile("P(\\d+)([DW])").matcher(v);
                yield m.matches() ? "P" + Integer.parseInt(m.group(1)) * (m.group(2).equals("W") ? 7 : 1) + "D" : v;
            }
            case "unit", "drug" -> v.toLowerCase(Locale.ROOT);
            default -> v;
        };
    }

    private static String dayNumbers(String v) {
        TreeSet<Integer> days = new TreeSet<>();
        for (String part : v.replace("d", "").split(",")) {
            Matcher m = Pattern.compile("(-?\\d+)(?:-(\\d+))?").matcher(part.strip());
            if (!m.matches()) {
                return v;
            }
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            for (int i = a; i <= b; i++) {
                days.add(i);
            }
        }
        return days.toString();
    }

    private String key(RegimenComponent c) {
        if (c.kind().equals(RegimenComponent.RADIOTHERAPY)) {
            return "#radiotherapy";
        }
        if (c.drugConceptIri() != null) {
            return lexicon.labelOf(c.drugConceptIri()).map(l -> l.toLowerCase(Locale.ROOT)).orElse(null);
        }
        return c.drug() == null ? null : c.drug().toLowerCase(Locale.ROOT);
    }

    /** The drug's label, one of the names the labelled set accepts for it, or one of those with a salt after it. */
    /**
     * The drug's label, one of the names the labelled set accepts for it or one of those with a salt after it; or,
     * for a drug the lexicon resolved, the concept that one of those names is an exact name of ("lorukafusp alfa" for
     * "hu14.18-il2", the fusion protein's INN, which the labellers did not list).
     */
    private boolean sameDrug(RegimenComponent c, String predicted, Expected e) {
        if (sameDrug(predicted, e)) {
            return true;
        }
        String drug = e.values().get("drug");
        if (c.drugConceptIri() == null || drug == null || e.kind().equals("radiotherapy")) {
            return false;
        }
        for (String name : drug.split("\\|")) {
            if (lexicon.lookup(name).filter(h -> h.method() == DrugMention.Method.EXACT)
                    .filter(h -> h.conceptIri().equals(c.drugConceptIri())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDrug(String predicted, Expected e) {
        if (e.kind().equals("radiotherapy")) {
            return predicted.equals("#radiotherapy");
        }
        String drug = e.values().get("drug");
        if (drug == null || predicted == null) {
            return false;
        }
        for (String name : drug.toLowerCase(Locale.ROOT).split("\\|")) {
            if (predicted.equals(name)
                    || predicted.startsWith(name) && SALT.matcher(predicted.substring(name.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The component's value as the sets label it: a fixed combination's doses "400/100" with no unit (the sets'
     * convention; the component keeps its unit, mg).
     */
    private static String value(RegimenComponent c, String field) {
        return switch (field) {
            case "dose" -> c.dose() == null ? c.doseParts() : range(c.dose());
            case "unit" -> c.dose() == null && c.doseParts() != null ? null : c.unit();
            case "route" -> c.route();
            case "days" -> c.days();
            case "interval" -> c.interval();
            case "timesPerDay" -> c.timesPerDay() == null ? null : c.timesPerDay().toString();
            case "cycles" -> range(c.cycles());
            case "maxDuration" -> c.maxDuration();
            case "phase" -> c.treatmentPhase();
            case "totalDose" -> range(c.totalDose());
            case "fractions" -> range(c.fractions());
            default -> throw new IllegalArgumentException("field " + field);
        };
    }

    private static String range(Range r) {
        return r == null ? null : r.isSingle() ? Numbers.format(r.min())
                : Numbers.format(r.min()) + "-" + Numbers.format(r.max());
    }

    /** Rows of a labelled file keyed by their first {@code keyColumns} columns; 13 value columns follow. */
    private static Map<List<String>, List<Expected>> readLabelled(String resource, int keyColumns) throws Exception {
        Map<List<String>, List<Expected>> out = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RegimenAccuracyTest.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != keyColumns + 13) {
                    throw new IllegalStateException(resource + ": expected " + (keyColumns + 13) + " columns, was "
                            + c.length + ": " + line);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < FIELDS.size(); i++) {
                    String v = c[keyColumns + 1 + i].strip();
                    values.put(FIELDS.get(i), v.equals("-") ? null : v);
                }
                out.computeIfAbsent(List.of(c).subList(0, keyColumns), k -> new ArrayList<>())
                        .add(new Expected(c[keyColumns], values));
            }
        }
        return out;
    }

    private Description read(String id, String field, Path xmlDir) throws Exception {
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            throw new IllegalStateException("labelled.tsv: unknown field " + field);
        }
        int i = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "armGroups", "interventions" -> {
                JsonNode study = Objects.requireNonNull(studies.get(id), "no JSON study " + id);
                JsonNode item = study.path("protocolSection").path("armsInterventionsModule").path(m.group(1)).get(i);
                boolean arm = m.group(1).equals("armGroups");
                yield new Description(item.path("description").asText(), arm ? item.path("label").asText() : null,
                        arm ? null : RegimenEnricher.defaultDrug(item.path("type").asText(null),
                                item.path("name").asText()));
            }
            default -> readXml(id, m.group(1), i, xmlDir);
        };
    }

    private static Description readXml(String id, String element, int index, Path dir) throws Exception {
        Path file = dir.resolve(id.substring(0, 7) + "xxxx").resolve(id + ".xml");
        if (!Files.isRegularFile(file)) {
            file = dir.resolve(id + ".xml");
        }
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getDocumentElement();
        List<Element> items = children(root, element);
        Element item = items.get(index);
        Function<String, String> text = name -> children(item, name).stream().findFirst()
                .map(Node::getTextContent).orElse(null);
        boolean arm = element.equals("arm_group");
        return new Description(collapse(text.apply("description")), arm ? text.apply("arm_group_label") : null,
                arm ? null : RegimenEnricher.defaultDrug(text.apply("intervention_type"),
                        text.apply("intervention_name")));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** As the XML reader gives the text: wrapped lines joined, paragraphs kept apart by a blank line. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\s*\\n\\s*\\n\\s*")) {
            String p = paragraph.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(p);
            }
        }
        return out.toString();
    }
}
