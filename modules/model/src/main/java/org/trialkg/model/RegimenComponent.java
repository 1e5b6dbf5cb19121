package org.trialkg.model;

import java.util.Objects;

/**
 * One thing given in a regimen: a drug administration, a radiotherapy course or another procedure. Values that
 * the text does not state are null; nothing is guessed.
 *
 * @param arm label of the arm it belongs to; null when the source gives none
 * @param kind {@code drug}, {@code radiotherapy} or {@code procedure}
 * @param drug the drug as written (drug components)
 * @param drugConceptIri the resolved drug concept, where known
 * @param dose dose per administration
 * @param doseParts the doses of a fixed combination's drugs, in the order written and in {@code unit}, joined by
 *     {@code /} ({@code 400/100} for "lopinavir/ritonavir 400/100 mg"); {@code dose} is then null
 * @param unit UCUM code of the dose unit ({@code mg}, {@code mg/m2}, {@code mg/kg}); {@code AUC} for carboplatin-style dosing
 * @param route {@code IV}, {@code oral}, {@code subcutaneous}, ...
 * @param days days of the cycle, as written normalised: {@code d1}, {@code d1-14}, {@code d1,8}
 * @param interval ISO 8601 duration between administrations or cycles: {@code P3W}, {@code P1W}, {@code P1D}
 * @param timesPerDay administrations per day where stated (2 for twice daily)
 * @param cycles number of cycles
 * @param maxDuration ISO 8601 maximum treatment duration: {@code P1Y}
 * @param treatmentPhase {@code induction}, {@code concurrent}, {@code consolidation}, {@code maintenance}, {@code salvage}, {@code adjuvant}, {@code neoadjuvant}
 * @param alternativeGroup components with the same non-null group are alternatives of each other
 * @param totalDose radiotherapy total dose in Gy
 * @param fractions radiotherapy number of fractions
 * @param dosePerFraction radiotherapy dose per fraction in Gy
 * @param duration ISO 8601 duration of a radiotherapy course as stated, or a range written as text ({@code P5W/P5.5W})
 * @param technique radiotherapy technique ({@code IMRT}, {@code SBRT}, ...)
 * @param text the text the component was read from
 * @param span where that text is
 */
public record RegimenComponent(String arm, String kind, String drug, String drugConceptIri, Range dose,
        String doseParts, String unit,
        String route, String days, String interval, Integer timesPerDay, Range cycles, String maxDuration,
        String treatmentPhase, Integer alternativeGroup, Range totalDose, Range fractions, Double dosePerFraction,
        String duration, String technique, String text, Span span) {

    public static final String DRUG = "drug";
    public static final String RADIOTHERAPY = "radiotherapy";
    public static final String PROCEDURE = "procedure";
    private static final java.util.regex.Pattern DOSE_PARTS = java.util.regex.Pattern.compile(
            "\\d+(?:\\.\\d+)?(?:/\\d+(?:\\.\\d+)?)+");

    public RegimenComponent {
        Objects.requireNonNull(kind, "regimen component kind");
        if (!kind.equals(DRUG) && !kind.equals(RADIOTHERAPY) && !kind.equals(PROCEDURE)) {
            throw new IllegalArgumentException(
                    "regimen component: kind must be drug, radiotherapy or procedure, was '" + kind + "'");
        }
        Objects.requireNonNull(text, "regimen component text");
        if (doseParts != null && !DOSE_PARTS.matcher(doseParts).matches()) {
            throw new IllegalArgumentException("regimen component: dose parts must be numbers joined by '/', was '"
                    + doseParts + "'");
        }
    }

    /** This component with another alternative group, as when several texts' components are gathered. */
    public RegimenComponent withAlternativeGroup(Integer group) {
        return new RegimenComponent(arm, kind, drug, drugConceptIri, dose, doseParts, unit, route, days, interval,
                timesPerDay, cycles, maxDuration, treatmentPhase, group, totalDose, fractions, dosePerFraction, duration,
                technique, text, span);
    }

    /** A builder that names each part; the parts it is not given are null. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts by name, so that no caller lines up 21 positional values. */
    public static final class Builder {
        private String arm;
        private String kind;
        private String drug;
        private String drugConceptIri;
        private Range dose;
        private String doseParts;
        private String unit;
        private String route;
        private String days;
        private String interval;
        private Integer timesPerDay;
        private Range cycles;
        private String maxDuration;
        private String treatmentPhase;
        private Integer alternativeGroup;
        private Range totalDose;
        private Range fractions;
        private Double dosePerFraction;
        private String duration;
        private String technique;
        private String text;
        private Span span;

        public Builder arm(String value) { arm = value; return this; }
        public Builder kind(String value) { kind = value; return this; }
        public Builder drug(String value) { drug = value; return this; }
        public Builder drugConceptIri(String value) { drugConceptIri = value; return this; }
        public Builder dose(Range value) { dose = value; return this; }
        public Builder doseParts(String value) { doseParts = value; return this; }
        public Builder unit(String value) { unit = value; return this; }
        public Builder route(String value) { route = value; return this; }
        public Builder days(String value) { days = value; return this; }
        public Builder interval(String value) { interval = value; return this; }
        public Builder timesPerDay(Integer value) { timesPerDay = value; return this; }
        public Builder cycles(Range value) { cycles = value; return this; }
        public Builder maxDuration(String value) { maxDuration = value; return this; }
        public Builder treatmentPhase(String value) { treatmentPhase = value; return this; }
        public Builder alternativeGroup(Integer value) { alternativeGroup = value; return this; }
        public Builder totalDose(Range value) { totalDose = value; return this; }
        public Builder fractions(Range value) { fractions = value; return this; }
        public Builder dosePerFraction(Double value) { dosePerFraction = value; return this; }
        public Builder duration(String value) { duration = value; return this; }
        public Builder technique(String value) { technique = value; return this; }
        public Builder text(String value) { text = value; return this; }
        public Builder span(Span value) { span = value; return this; }

        public RegimenComponent build() {
            return new RegimenComponent(
                arm, kind, drug, drugConceptIri, dose, doseParts, unit, route, days, interval, timesPerDay, cycles,
                maxDuration, treatmentPhase, alternativeGroup, totalDose, fractions, dosePerFraction, duration, technique,
                text, span);
        }
    }
}
