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
public record RegimenComponent(String arm, String kind, String drug, String drugConceptIri, Range dose, String unit,
        String route, String days, String interval, Integer timesPerDay, Range cycles, String maxDuration,
        String treatmentPhase, Integer alternativeGroup, Range totalDose, Range fractions, Double dosePerFraction,
        String duration, String technique, String text, Span span) {

    public static final String DRUG = "drug";
    public static final String RADIOTHERAPY = "radiotherapy";
    public static final String PROCEDURE = "procedure";

    public RegimenComponent {
        Objects.requireNonNull(kind, "regimen component kind");
        if (!kind.equals(DRUG) && !kind.equals(RADIOTHERAPY) && !kind.equals(PROCEDURE)) {
            throw new IllegalArgumentException(
                    "regimen component: kind must be drug, radiotherapy or procedure, was '" + kind + "'");
        }
        Objects.requireNonNull(text, "regimen component text");
    }
}
