package org.trialkg.enrich.regimen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.trialkg.enrich.regimen.Found.Attr;
import org.trialkg.enrich.regimen.Found.Dose;
import org.trialkg.model.Range;

/**
 * The strengths of a fixed combination written before its drugs' names: "(15 mg/500 mg or 30 mg/500 mg of
 * pioglitazone/metformin hydrochloride)" gives pioglitazone 15-30 mg and metformin 500 mg, each drug the strengths
 * in its place of the pair. Without this the first strength would be read as the dose of whatever drug is named
 * before it. Only this order is read: names first ("DRV/c (800mg/150mg QD)") is the parser's usual case.
 */
final class CombinationStrengths {
    private static final Pattern SLASH = Pattern.compile("^\\s*/\\s*$");
    private static final Pattern OR = Pattern.compile("^\\s*(?:or|,)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF = Pattern.compile("^\\s*(?:of|of\\s+the|for)?\\s*$", Pattern.CASE_INSENSITIVE);

    /** The finds with each pair's strengths replaced by one dose per drug, and the drug each such dose belongs to. */
    record Pinned(List<Found> finds, Map<Found, Anchor> owners) {
    }

    private CombinationStrengths() {
    }

    static Pinned pin(String text, List<Found> finds, List<Anchor> named) {
        List<Found> out = new ArrayList<>(finds.size());
        Map<Found, Anchor> owners = new HashMap<>();
        for (int i = 0; i < finds.size(); i++) {
            List<Found[]> pairs = new ArrayList<>();
            int j = i;
            while (j + 1 < finds.size() && isPair(text, finds.get(j), finds.get(j + 1))
                    && (pairs.isEmpty() || OR.matcher(text.substring(pairs.get(pairs.size() - 1)[1].end(),
                            finds.get(j).start())).matches())) {
                pairs.add(new Found[] {finds.get(j), finds.get(j + 1)});
                j += 2;
            }
            Anchor[] drugs = pairs.isEmpty() ? null : namedAfter(text, pairs.get(pairs.size() - 1)[1].end(), named);
            if (drugs == null) {
                out.add(finds.get(i));
                continue;
            }
            for (int side = 0; side < 2; side++) {
                Found first = pairs.get(0)[side];
                Found last = pairs.get(pairs.size() - 1)[side];
                Range range = range(pairs, side);
                if (range == null) {
                    continue;
                }
                Found dose = new Found(Attr.DOSE, first.start(), last.end(),
                        new Dose(range, ((Dose) first.value()).unit()));
                out.add(dose);
                owners.put(dose, drugs[side]);
            }
            i = j - 1;
        }
        out.sort(java.util.Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        return new Pinned(out, owners);
    }

    private static boolean isPair(String text, Found a, Found b) {
        return a.attr() == Attr.DOSE && b.attr() == Attr.DOSE && a.value() instanceof Dose
                && b.value() instanceof Dose && a.end() <= b.start()
                && SLASH.matcher(text.substring(a.end(), b.start())).matches();
    }

    /** The two drugs named right after the strengths, joined by a slash ("of pioglitazone/metformin"). */
    private static Anchor[] namedAfter(String text, int from, List<Anchor> named) {
        for (int k = 0; k + 1 < named.size(); k++) {
            Anchor x = named.get(k);
            Anchor y = named.get(k + 1);
            if (x.start() >= from && OF.matcher(text.substring(from, x.start())).matches() && !x.classLevel()
                    && !y.classLevel() && !x.radiotherapy() && !y.radiotherapy()
                    && SLASH.matcher(text.substring(x.end(), y.start())).matches()) {
                return new Anchor[] {x, y};
            }
        }
        return null;
    }

    /** The range of one side's strengths in one unit, or null when the units differ. */
    private static Range range(List<Found[]> pairs, int side) {
        String unit = ((Dose) pairs.get(0)[side].value()).unit();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Found[] p : pairs) {
            Dose d = (Dose) p[side].value();
            if (!d.unit().equals(unit)) {
                return null;
            }
            min = Math.min(min, d.amount().min());
            max = Math.max(max, d.amount().max());
        }
        return new Range(min, max);
    }
}
