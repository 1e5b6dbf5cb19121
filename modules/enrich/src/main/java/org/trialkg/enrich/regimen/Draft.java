package org.trialkg.enrich.regimen;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.enrich.regimen.Found.Attr;
import org.trialkg.enrich.regimen.Found.Dose;
import org.trialkg.enrich.regimen.Found.Period;
import org.trialkg.model.Range;
import org.trialkg.model.RegimenComponent;
import org.trialkg.model.Span;

/**
 * A regimen component being assembled. Two different values for the same attribute cancel each other: the
 * component then says nothing rather than something wrong.
 */
final class Draft {
    final Anchor anchor;
    final int sentence;
    final int clause;
    /** What a drug given once ("hydroxychloroquine 400 mg single dose + ... for 5 days") never shares. */
    private static final Set<Attr> SCHEDULE = EnumSet.of(Attr.INTERVAL, Attr.TIMES_PER_DAY, Attr.CYCLES,
            Attr.DURATION);
    private final Map<Attr, Found> values = new EnumMap<>(Attr.class);
    private final Set<Attr> conflicts = EnumSet.noneOf(Attr.class);
    private int spanStart;
    private int spanEnd;
    String phase;
    Integer alternativeGroup;
    /**
     * Whether the component is a step of a dose escalation written in parentheses ("after a dose escalation period
     * of 16 weeks (0.25 mg ... from weeks 0-4, ...)"): the phase and length written for the rest of its clause are
     * those of the dose it escalates to, not its own.
     */
    boolean escalationStep;
    /**
     * Whether the drug is named in a sentence on its dose escalating ("Cohorts of 3-6 patients receive escalating
     * doses of temozolomide until the MTD is determined") after a sentence that gives it: a mention of its own,
     * given no schedule of the text's.
     */
    boolean escalatingDoses;

    Draft(Anchor anchor, int sentence, int clause) {
        this.anchor = anchor;
        this.sentence = sentence;
        this.clause = clause;
        this.spanStart = anchor.start();
        this.spanEnd = anchor.end();
    }

    /** Puts {@code f} in the place of what the component had for {@code replaced}. */
    void replace(Attr replaced, Found f) {
        values.remove(replaced);
        values.put(f.attr(), f);
    }

    /** Records a value read for this component itself. */
    void put(Found f) {
        Found old = values.get(f.attr());
        if (old == null && !conflicts.contains(f.attr())) {
            values.put(f.attr(), f);
        } else if (old != null && !old.value().equals(f.value()) && !sameInterval(old, f)) {
            values.remove(f.attr());
            conflicts.add(f.attr());
        }
        cover(f);
    }

    /** "every 3 weeks for a treatment cycle of 21 days": one interval written twice, in weeks and in days. */
    private static boolean sameInterval(Found a, Found b) {
        return a.attr() == Attr.INTERVAL && a.value() instanceof String x && b.value() instanceof String y
                && intervalDays(x) == intervalDays(y) && intervalDays(x) != Double.POSITIVE_INFINITY;
    }

    /** Records a value shared from the list or clause the component is in, unless it already has one. */
    boolean fill(Found f, int sentenceOfFound) {
        if (has(f.attr()) || (has(Attr.SINGLE) && SCHEDULE.contains(f.attr()))) {
            return false;
        }
        values.put(f.attr(), f);
        if (sentenceOfFound == sentence) {
            cover(f);
        }
        return true;
    }

    /** Whether the component has a value or a conflict for the attribute. */
    boolean has(Attr a) {
        return values.containsKey(a) || conflicts.contains(a);
    }

    /** The component's value for the attribute, as the class the attribute holds; null when it has none. */
    <T> T get(Attr a, Class<T> type) {
        Found f = values.get(a);
        return f == null ? null : f.value(type);
    }

    /** The value as read, with its place, for sharing it with another component. */
    Found found(Attr a) {
        return values.get(a);
    }

    /** Whether the component's dose is one per day ("10mg/day", "0.1 mg/kg/day"), so given daily. */
    boolean perDayDose() {
        Dose dose = get(Attr.DOSE, Dose.class);
        return dose != null && dose.unit() != null && dose.unit().endsWith("/d");
    }

    /** Whether the text gives this drug its own dose, route or schedule. */
    boolean dosed() {
        for (Attr a : Attr.values()) {
            if (a.drugLevel() && has(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text gives this radiotherapy a dose (a total, a dose per fraction or a number of fractions) or its
     * technique ("intensity-modulated radiotherapy"). A course named with only its length ("radiation therapy daily
     * for 6 weeks") or bare ("whole brain radiotherapy") is context of the drugs', as the labelled sets read it.
     */
    boolean hasRadiotherapyDose() {
        return values.containsKey(Attr.TECHNIQUE) || values.keySet().stream().anyMatch(Attr::radiotherapyDose);
    }

    private void cover(Found f) {
        spanStart = Math.min(spanStart, f.start());
        spanEnd = Math.max(spanEnd, f.end());
    }

    /**
     * Years and months are always a drug's maximum duration. Days and weeks ("for 5 days", "for 2 weeks") are too
     * when the drug has no cycle of its own (no cycle count, no days within a cycle, no interval at least as long
     * as the period): "200 mg twice daily for 6 days", "once a week for six weeks"; with a cycle they usually
     * describe the days of each cycle ("for 2 weeks, every 3 weeks"), unless the period is as long as every cycle
     * together ("3wks x 4 cycles = 12 wks"). A range ("7-14 days") is kept as one
     * ({@code P7D/P14D}).
     */
    private String maxDuration(Period p, String interval) {
        if (p == null) {
            return null;
        }
        if (p.unit() == 'Y' || p.unit() == 'M') {
            return p.iso();
        }
        double days = p.max() * (p.unit() == 'W' ? 7 : 1);
        if (has(Attr.CYCLES) || has(Attr.DAYS)) {
            // "5 days a week for 4 weeks" (days and week read as one): weeks of a weekly schedule are how long it
            // lasts
            Found given = found(Attr.DAYS);
            Found weekly = found(Attr.INTERVAL);
            if (!has(Attr.CYCLES) && "P1W".equals(interval) && days >= 14 && given != null && weekly != null
                    && weekly.start() == given.end()) {
                return p.iso();
            }
            // "3wks x 4 cycles = 12 wks": a period as long as all the cycles together is the whole course
            Range cycles = get(Attr.CYCLES, Range.class);
            return cycles != null && interval != null && days >= cycles.max() * intervalDays(interval) ? p.iso() : null;
        }
        return interval == null || days > intervalDays(interval) ? p.iso() : null;
    }

    private static final Pattern ISO_INTERVAL = Pattern.compile("P(\\d+(?:\\.\\d+)?)([DWM])");

    /** The length of an ISO interval in days (months as 30), or infinity when it is not one of P#D, P#W, P#M. */
    static double intervalDays(String iso) {
        Matcher m = ISO_INTERVAL.matcher(iso);
        if (!m.matches()) {
            return Double.POSITIVE_INFINITY;
        }
        double n = Double.parseDouble(m.group(1));
        return n * switch (m.group(2)) {
            case "W" -> 7;
            case "M" -> 30;
            default -> 1;
        };
    }

    /** "IVIG", "SCIG": immunoglobulin named by the route it is given by. */
    private static final Pattern ROUTE_IN_THE_NAME = Pattern.compile("(?i)(iv|sc)ig");

    private static String routeOfTheName(String drug) {
        Matcher m = drug == null ? null : ROUTE_IN_THE_NAME.matcher(drug.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        return m.group(1).equalsIgnoreCase("iv") ? "IV" : "subcutaneous";
    }

    RegimenComponent build(String text, String arm, String field) {
        String written = text.substring(spanStart, spanEnd);
        Span span = new Span(field, spanStart, spanEnd);
        Period duration = get(Attr.DURATION, Period.class);
        if (anchor.radiotherapy()) {
            Period course = get(Attr.RT_DURATION, Period.class);
            return RegimenComponent.builder().arm(arm).kind(RegimenComponent.RADIOTHERAPY).treatmentPhase(phase)
                    .alternativeGroup(alternativeGroup).totalDose(get(Attr.RT_TOTAL, Range.class))
                    .fractions(get(Attr.RT_FRACTIONS, Range.class))
                    .dosePerFraction(get(Attr.RT_PER_FRACTION, Double.class))
                    .duration(course != null ? course.iso() : duration != null ? duration.iso() : null)
                    .technique(get(Attr.TECHNIQUE, String.class)).text(written).span(span).build();
        }
        // a dose and a combination's doses both read for one drug contradict each other, as two doses do
        boolean both = has(Attr.DOSE) && has(Attr.DOSE_PARTS);
        Dose dose = both ? null : get(Attr.DOSE, Dose.class);
        Found.Parts parts = both ? null : get(Attr.DOSE_PARTS, Found.Parts.class);
        Integer timesPerDay = get(Attr.TIMES_PER_DAY, Integer.class);
        String interval = get(Attr.INTERVAL, String.class);
        // so many times a day, or a dose per day ("10mg/day", "25 mg/m2/d on days 1-5"), is daily where no other
        // interval is written
        boolean perDay = dose != null && perDayDose();
        if (interval == null && (timesPerDay != null || perDay) && !conflicts.contains(Attr.INTERVAL)) {
            interval = "P1D";
        }
        return RegimenComponent.builder().arm(arm).kind(RegimenComponent.DRUG).drug(anchor.drug())
                .drugConceptIri(anchor.conceptIri()).dose(dose == null ? null : dose.amount())
                .doseParts(dose == null && parts != null ? parts.amounts() : null)
                .unit(dose != null ? dose.unit() : parts != null ? parts.unit() : null)
                .route(has(Attr.ROUTE) ? get(Attr.ROUTE, String.class) : routeOfTheName(anchor.drug()))
                .days(get(Attr.DAYS, String.class)).interval(interval).timesPerDay(timesPerDay)
                .cycles(get(Attr.CYCLES, Range.class)).maxDuration(maxDuration(duration, interval))
                .treatmentPhase(phase).alternativeGroup(alternativeGroup).text(written).span(span).build();
    }
}
