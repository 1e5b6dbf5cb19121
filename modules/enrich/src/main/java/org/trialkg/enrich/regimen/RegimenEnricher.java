package org.trialkg.enrich.regimen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.trialkg.enrich.Enricher;
import org.trialkg.model.Arm;
import org.trialkg.model.Intervention;
import org.trialkg.model.RegimenComponent;
import org.trialkg.model.TrialRecord;

/**
 * Adds the regimen components written in a record's arm and intervention descriptions to the record.
 *
 * <p>Each arm's description is read first; when it gives no regimen (no dose, schedule, cycles or radiotherapy
 * value), the descriptions of the arm's interventions are read instead, for that arm, with each intervention's
 * name as the drug of a dose the text gives alone (not a behavioural, procedure, device or test intervention's:
 * {@link #defaultDrug}). Interventions linked to no arm are read with no arm. An
 * intervention without a description has its name read instead when the name states a regimen: WHO ICTRP (and
 * the ChiCTR, IRCT and CTRI records it carries) writes the whole dosing text in the intervention field
 * ("Favipiravir 1600 mg twice daily on day 1, followed by 600 mg twice daily for 13 days"), and a name that gives
 * no dose or schedule adds nothing a drug mention does not already say. A record with neither arms nor
 * interventions has its brief summary read. The doses of an intervention name that names no drug belong to the one
 * drug the record's titles name, when they name exactly one ({@link RegimenParser#soleDrugNamed}). Identical
 * components are kept once.
 *
 * <pre>{@code
 * TrialRecord enriched = new RegimenEnricher(new RegimenParser(lexicon)).enrich(record);
 * }</pre>
 */
public final class RegimenEnricher implements Enricher {
    private final RegimenParser parser;

    public RegimenEnricher(RegimenParser parser) {
        this.parser = Objects.requireNonNull(parser, "regimen enricher parser");
    }

    @Override
    public TrialRecord enrich(TrialRecord record) {
        Collector out = new Collector();
        TitleDrug titleDrug = new TitleDrug(record);
        List<Intervention> interventions = record.interventions();
        boolean[] linked = new boolean[interventions.size()];
        for (int i = 0; i < record.arms().size(); i++) {
            Arm arm = record.arms().get(i);
            List<RegimenComponent> fromArm = parser.parse(arm.description(), arm.label(),
                    "arm[" + i + "].description", null);
            List<List<RegimenComponent>> fromInterventions = new ArrayList<>();
            for (int j = 0; j < interventions.size(); j++) {
                Intervention iv = interventions.get(j);
                if (givenIn(iv, arm)) {
                    linked[j] = true;
                    if (!hasRegimen(fromArm)) {
                        fromInterventions.add(read(iv, j, arm.label(), titleDrug));
                    }
                }
            }
            if (!hasRegimen(fromArm) && fromInterventions.stream().anyMatch(RegimenEnricher::hasRegimen)) {
                fromInterventions.forEach(out::add);
            } else {
                out.add(fromArm);
            }
        }
        for (int j = 0; j < interventions.size(); j++) {
            Intervention iv = interventions.get(j);
            if (!linked[j]) {
                out.add(read(iv, j, iv.armLabels().size() == 1 ? iv.armLabels().get(0) : null, titleDrug));
            }
        }
        if (record.arms().isEmpty() && interventions.isEmpty()) {
            out.add(parser.parse(record.briefSummary(), null, "briefSummary", null));
        }
        return record.toBuilder().regimens(out.components()).build();
    }

    /** The intervention's description, else its name when the name itself states a regimen. */
    private List<RegimenComponent> read(Intervention iv, int j, String arm, TitleDrug titleDrug) {
        if (iv.description() != null && !iv.description().isBlank()) {
            return parser.parse(iv.description(), arm, "intervention[" + j + "].description",
                    defaultDrug(iv.type(), iv.name()));
        }
        List<RegimenComponent> fromName = parser.parse(iv.name(), arm, "intervention[" + j + "].name", null,
                titleDrug);
        return hasRegimen(fromName) ? fromName : List.of();
    }

    /** Intervention types (ClinicalTrials.gov's, in either spelling) that give no drug. */
    private static final Set<String> NO_DRUG_TYPES = Set.of("BEHAVIORAL", "PROCEDURE", "DEVICE", "DIAGNOSTIC_TEST");
    /**
     * A radiation intervention's name that names radiotherapy ("XRT", "Radiation Therapy (RT)", "whole brain
     * irradiation"), not a radiolabelled drug ("iodine I 131 monoclonal antibody BC8"), which is given as drugs are.
     */
    private static final Pattern RADIOTHERAPY_NAME = Pattern.compile("(?i)radiother"
            + "|radiation|irradiation|radiosurgery|brachytherapy|\\b(?:rt|xrt|ebrt|imrt|sbrt|sabr|tbi|wbrt|pci)\\b"
            + "|proton|photon|gamma\\s+knife|cyberknife|\\bgy\\b");

    /**
     * The drug an intervention's description gives its doses and schedule to when the text names none: the
     * intervention's name, unless its type gives no drug. A survey "every 6 months" or an education of practitioners
     * "every 3 months" is no drug given on a schedule, nor is "XRT ... daily, 5 days a week" (a radiation
     * intervention named as radiotherapy has its courses read from its doses in Gy; one named as a radiolabelled
     * drug keeps its name).
     */
    public static String defaultDrug(String type, String name) {
        String kind = type == null ? "" : type.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return NO_DRUG_TYPES.contains(kind) || kind.equals("RADIATION") && name != null
                && RADIOTHERAPY_NAME.matcher(name).find() ? null : name;
    }

    /** The drug the record's titles name, looked for once and only when a text needs it. */
    private final class TitleDrug implements Supplier<String> {
        private final TrialRecord record;
        private boolean looked;
        private String drug;

        TitleDrug(TrialRecord record) {
            this.record = record;
        }

        @Override
        public String get() {
            if (!looked) {
                looked = true;
                drug = parser.soleDrugNamed(Arrays.asList(record.title(), record.officialTitle()));
            }
            return drug;
        }
    }

    private static boolean givenIn(Intervention iv, Arm arm) {
        if (iv.armLabels().contains(arm.label())) {
            return true;
        }
        for (String name : arm.interventions()) {
            // ClinicalTrials.gov writes an arm's interventions as "Drug: Toripalimab"
            String bare = name.contains(": ") ? name.substring(name.indexOf(": ") + 2) : name;
            if (name.equalsIgnoreCase(iv.name()) || bare.equalsIgnoreCase(iv.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the components say more than which drugs are given. */
    static boolean hasRegimen(List<RegimenComponent> components) {
        for (RegimenComponent c : components) {
            if (c.kind().equals(RegimenComponent.RADIOTHERAPY) || c.dose() != null || c.route() != null
                    || c.days() != null || c.interval() != null || c.timesPerDay() != null || c.cycles() != null
                    || c.maxDuration() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Collects components from several texts: alternative groups are numbered per text by the parser, so they
     * are renumbered to stay distinct in the record; a component equal to one already kept (apart from where it
     * was read and its group number) is dropped.
     */
    private static final class Collector {
        private final Map<List<Object>, RegimenComponent> kept = new LinkedHashMap<>();
        private int groups;

        void add(List<RegimenComponent> components) {
            int offset = groups;
            for (RegimenComponent c : components) {
                Integer group = c.alternativeGroup() == null ? null : c.alternativeGroup() + offset;
                if (group != null) {
                    groups = Math.max(groups, group);
                }
                RegimenComponent renumbered = c.withAlternativeGroup(group);
                kept.putIfAbsent(key(c), renumbered);
            }
        }

        private static List<Object> key(RegimenComponent c) {
            return java.util.Arrays.asList(c.arm(), c.kind(), c.drug(), c.drugConceptIri(), c.dose(), c.unit(),
                    c.route(), c.days(), c.interval(), c.timesPerDay(), c.cycles(), c.maxDuration(),
                    c.treatmentPhase(), c.totalDose(), c.fractions(), c.dosePerFraction(), c.duration(),
                    c.technique(), c.text());
        }

        List<RegimenComponent> components() {
            return new ArrayList<>(kept.values());
        }
    }
}
