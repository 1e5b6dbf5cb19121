package org.trialkg.rdf;

import java.util.List;
import org.trialkg.model.Arm;
import org.trialkg.model.Design;
import org.trialkg.model.DrugMention;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.Investigator;
import org.trialkg.model.MeshTerm;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Range;
import org.trialkg.model.Reference;
import org.trialkg.model.RegimenComponent;
import org.trialkg.model.RegistryId;
import org.trialkg.model.ResponsibleParty;
import org.trialkg.model.Site;
import org.trialkg.model.Source;
import org.trialkg.model.Span;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;
import org.trialkg.vocab.TK;

/** Hand-built records for the tests: one with every field filled, one small. */
final class Records {
    static final String TORIPALIMAB = TK.ID + "drug/toripalimab";
    static final String CAPECITABINE = TK.ID + "drug/capecitabine";
    static final String CISPLATIN = TK.ID + "drug/cisplatin";
    static final String CARBOPLATIN = TK.ID + "drug/carboplatin";
    static final String PD1 = TK.ID + "drug-class/pd-1-inhibitor";
    static final String HASH = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

    private Records() {
    }

    static RegistryId id(String text) {
        return RegistryId.parse(text).orElseThrow();
    }

    static TrialRecord rich() {
        Source src = new Source("data/ctgov/NCT07177794.json", "ctgov-json", HASH, "NCT07177794");
        return TrialRecord.builder(src)
                .id(id("NCT07177794"))
                .otherId(new OtherId("JS001-ESCC-III", "org_study_id", null))
                .otherId(new OtherId("ChiCTR2000034346", "REGISTRY", "ChiCTR"))
                .title("Toripalimab and Capecitabine After Chemoradiotherapy in ESCC")
                .officialTitle("A Randomized Phase III Trial of Consolidation Toripalimab and Capecitabine")
                .acronym("TOCCATA")
                .status("RECRUITING")
                .phase("PHASE2").phase("PHASE3")
                .studyType("INTERVENTIONAL")
                .design(new Design("RANDOMIZED", "PARALLEL", "TREATMENT", "Open Label (custom)"))
                .enrollment(new Enrollment(300, "ESTIMATED"))
                .startDate("2025-09-01").completionDate("2029-12").lastUpdated("2025-10")
                .briefSummary("Consolidation after definitive chemoradiotherapy.")
                .detailedDescription("Patients with locally advanced ESCC receive ...")
                .condition("Esophageal Squamous Cell Carcinoma").condition("Esophageal Cancer")
                .keyword("consolidation").keyword("PD-1")
                .meshTerm(new MeshTerm("D000077277", "Esophageal Squamous Cell Carcinoma", "CONDITION"))
                .arm(new Arm("Toripalimab + capecitabine", "EXPERIMENTAL", "Consolidation arm",
                        List.of("Drug: Toripalimab", "Drug: Capecitabine")))
                .arm(new Arm("Observation", "NO_INTERVENTION", null, List.of()))
                .intervention(new Intervention("DRUG", "Toripalimab", "240 mg IV every 3 weeks for up to 1 year",
                        List.of("JS001", "Tuoyi"), List.of("Toripalimab + capecitabine")))
                .intervention(new Intervention("DRUG", "Capecitabine", "1000 mg/m2 twice daily d1-14",
                        List.of("Xeloda"), List.of("Toripalimab + capecitabine")))
                .intervention(new Intervention("RADIATION", "Chemoradiotherapy", "50.4 Gy in 28 fractions",
                        List.of(), List.of()))
                .outcome(new Outcome("PRIMARY", "Progression-free survival", "RECIST 1.1", "3 years"))
                .outcome(new Outcome("SECONDARY", "Overall survival", null, "5 years"))
                .eligibility(new Eligibility("18 Years", "75 Years", "ALL", false, "Inclusion: ESCC ..."))
                .sponsor(new Sponsor("Sun Yat-sen University", Sponsor.LEAD, "OTHER"))
                .sponsor(new Sponsor("Shanghai Junshi Bioscience", Sponsor.COLLABORATOR, "INDUSTRY"))
                .responsibleParty(new ResponsibleParty("PRINCIPAL_INVESTIGATOR", "Li Wei", "Professor",
                        "Sun Yat-sen University Cancer Center"))
                .investigator(new Investigator("Li Wei", "PRINCIPAL_INVESTIGATOR",
                        "Sun Yat-sen University Cancer Center", "MD"))
                .site(new Site("Sun Yat-sen University Cancer Center", "Guangzhou", "Guangdong", "510060", "CN",
                        "RECRUITING", 23.1291, 113.2644))
                .site(new Site(null, "Hong Kong", null, null, "Hong Kong SAR", "Recruiting soon", null, null))
                .country("CN").country("Hong Kong SAR")
                .reference(new Reference("31234567", "10.1000/xyz123", "Li W, et al. Lancet Oncol 2024.",
                        "BACKGROUND"))
                .related(id("NCT05244798"))
                .drugMentions(List.of(
                        new DrugMention("JS001", TORIPALIMAB, "toripalimab", false, DrugMention.Method.CODE_VARIANT, 0.95,
                                new Span("intervention[0].otherNames", 0, 5)),
                        new DrugMention("capecitabine", CAPECITABINE, "capecitabine", false, DrugMention.Method.EXACT, 1.0,
                                new Span("intervention[1].name", 0, 12)),
                        new DrugMention("PD-1 inhibitor", PD1, "PD-1 inhibitor", true, DrugMention.Method.CLASS, 0.9, null),
                        new DrugMention("XYZ-999", null, null, false, DrugMention.Method.UNRESOLVED, 0.0, null)))
                .regimens(List.of(
                        new RegimenComponent("Toripalimab + capecitabine", "drug", "toripalimab", TORIPALIMAB,
                                Range.of(240), null, "mg", "IV", "d1", "P3W", null, null, "P1Y", "consolidation", null,
                                null, null, null, null, null, "toripalimab 240 mg IV d1 q3w for up to 1 year",
                                new Span("intervention[0].description", 0, 40)),
                        new RegimenComponent("Toripalimab + capecitabine", "drug", "capecitabine", CAPECITABINE,
                                new Range(800, 1000), null, "mg/m2", "oral", "d1-14", "P3W", 2, new Range(4, 6), null,
                                "consolidation", null, null, null, null, null, null,
                                "capecitabine 800-1000 mg/m2 bid d1-14", null),
                        new RegimenComponent(null, "drug", "cisplatin", CISPLATIN, Range.of(25), null, "mg/m2", "IV",
                                "d1-3", null, null, Range.of(2), null, "concurrent", 1, null, null, null, null,
                                null, "cisplatin 25 mg/m2 d1-3", null),
                        new RegimenComponent(null, "drug", "carboplatin", CARBOPLATIN, Range.of(2), null, "AUC", "IV",
                                "d1", "P1W", null, null, null, "concurrent", 1, null, null, null, null, null,
                                "or carboplatin AUC 2 weekly", null),
                        new RegimenComponent(null, "radiotherapy", null, null, null, null, null, null, null, null, null,
                                null, null, "concurrent", null, new Range(50.4, 50.4), Range.of(28), 1.8,
                                "P5W/P5.5W", "IMRT", "IMRT 50.4 Gy in 28 fractions", null)))
                .build();
    }

    /** A record of the same trial in ChiCTR that names the NCT ID among its secondary IDs. */
    static TrialRecord chictr() {
        Source src = new Source("ictrp/export.xml", "ictrp-xml",
                "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", "ChiCTR2000034346");
        return TrialRecord.builder(src)
                .id(id("ChiCTR2000034346"))
                .otherId(new OtherId("NCT07177794", "secondary", null))
                .title("Toripalimab consolidation in esophageal cancer")
                .status("RECRUITING")
                .condition("Esophageal cancer")
                .country("CN")
                .sponsor(new Sponsor("Sun Yat-sen University", Sponsor.LEAD, null))
                .drugMentions(List.of(new DrugMention("Tuoyi", TORIPALIMAB, "toripalimab", false, DrugMention.Method.EXACT, 1.0,
                        null)))
                .build();
    }

    static TrialRecord small() {
        Source src = new Source("pages/summary.html", "prose", HASH, "");
        return TrialRecord.builder(src)
                .id(id("ChiCTR2000034346"))
                .title("Toripalimab after chemoradiotherapy")
                .status("Recruiting soon")
                .phase("PHASE3")
                .enrollment(new Enrollment(120, null))
                .startDate("2024")
                .condition("ESCC")
                .site(new Site("Cancer Hospital", "Beijing", null, null, "CN", null, null, null))
                .drugMentions(List.of(new DrugMention("toripalimab", TORIPALIMAB, "toripalimab", false, DrugMention.Method.EXACT,
                        1.0, new Span("title", 0, 11))))
                .build();
    }
}
