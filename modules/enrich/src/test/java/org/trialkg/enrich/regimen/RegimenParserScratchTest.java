package org.trialkg.enrich.regimen;

import org.junit.jupiter.api.Test;

class RegimenParserScratchTest {
    @Test
    void print() {
        RegimenParser p = new RegimenParser(new FakeDrugLexicon());
        String[] texts = {
            "Patients will receive toripalimab combined with metronomic capecitabine, with a maximum treatment duration of one year (toripalimab 240 mg, IV drip, Q3W, for 16 cycles; capecitabine 500 mg, twice daily, orally).",
            "Patients will receive toripalimab with a maximum treatment duration of one year (240 mg, IV drip, Q3W, for 16 cycles).",
            "This is a prospective clinical study designed to enroll 79 patients. The study will focus on those who have attained a complete response (CR) subsequent to definitive chemoradiotherapy or radiotherapy and have a histologically proven in-field recurrence, with no distant metastases. These patients will receive treatment with a PD-1 inhibitor (sintilimab or camrelizumab 200mg, d1, q3w) combined with monotherapy chemotherapy (paclitaxel 175mg/m2 or docetaxel 75mg/m2 or irinotecan 270mg/m2, d1, q3w) for 4 cycles, followed by a 2-year maintenance treatment with PD-1 inhibitors. During this period, patients diagnosed with esophageal wall thickening and identified as having progressive disease (PD) have the option to undergo salvage radiotherapy (45-50.4 Gy/25-28/F/5-5.5 weeks) in conjunction with a dual-agent chemotherapy (paclitaxel 50 mg/m2, d1 + carboplatin AUC 2, d1, qw) for 5 cycles.",
            "Toripalimab 240mg, intravenous infusion on Day 1, every 3 weeks (Q3W). A total of 3 treatment cycles will be administered. Subsequent treatment continuation will be determined by the patient. If continued, treatment will proceed until the occurrence of disease progression (radiological progression confirmed by RECIST v1.1), intolerable toxicity, initiation of new antitumor therapy, voluntary withdrawal of the subject from the study, or the investigator's judgment that the subject needs to withdraw. The maximum duration of medication is 1 year.",
            "Toripalimab 240 mg, administered on the first day of each cycle, and a cycle of administration every 3 weeks",
        };
        String[] arms = {"Arm A", "Arm A", "Experimental Group", "Toripalimab monotherapy maintenance group", "Toripalimab monotherapy maintenance group"};
        for (int i = 0; i < texts.length; i++) {
            System.out.println("=== " + i);
            p.parse(texts[i], arms[i], "f", i == 1 ? "toripalimab" : null).forEach(System.out::println);
        }
    }
}
