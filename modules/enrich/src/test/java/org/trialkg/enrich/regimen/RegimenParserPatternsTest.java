package org.trialkg.enrich.regimen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.model.RegimenComponent;

class RegimenParserPatternsTest {
    private final RegimenParser parser = new RegimenParser(new FakeDrugLexicon());

    /** The components the parser reads from a text of field "f", each as {@link Describe} writes it. */
    private List<String> described(String text) {
        return parser.parse(text, null, "f", null).stream().map(Describe::of).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        toripalimab 240 mg, IV drip, Q3W, for 16 cycles | drug=toripalimab iri=drug:toripalimab dose=240 unit=mg route=IV interval=P3W cycles=16
        radiotherapy 45-50.4 Gy/25-28 F/5-5.5 weeks | kind=radiotherapy totalDose=45-50.4 fractions=25-28 duration=P5W/P5.5W
        radiotherapy 60 Gy in 30 fractions | kind=radiotherapy totalDose=60 fractions=30
        receive 4,500 cGy in 25 fractions | kind=radiotherapy totalDose=45 fractions=25
        filgrastim 5 mcg/Kg/day SC | drug=filgrastim iri=drug:filgrastim dose=5 unit=ug/kg/d route=subcutaneous interval=P1D
        gefitinib 40 mg/day v.o. days 1 to 4 | drug=gefitinib iri=drug:gefitinib dose=40 unit=mg/d route=oral days=d1-4 interval=P1D
        gefitinib IM on days 2 and 3 | drug=gefitinib iri=drug:gefitinib route=intramuscular days=d2,3
        gefitinib IV 5 days a week for 4 weeks | drug=gefitinib iri=drug:gefitinib route=IV days=d1-5 interval=P1W maxDuration=P4W
        gefitinib 125 mg to be given at 8h intervals | drug=gefitinib iri=drug:gefitinib dose=125 unit=mg interval=P1D timesPerDay=3
        The simultaneous chemoradiotherapy regimen included gefitinib 20 mg/m2 | drug=gefitinib iri=drug:gefitinib dose=20 unit=mg/m2 phase=concurrent
        gefitinib as a short infusion (introduced into a vein) on day 1 | drug=gefitinib iri=drug:gefitinib route=IV days=d1
        filgrastim 10 units/m2/day IV | drug=filgrastim iri=drug:filgrastim dose=10 unit=[iU]/m2/d route=IV interval=P1D
        radiotherapy 50,4 Gy in 28 fractions | kind=radiotherapy totalDose=50.4 fractions=28
        thoracic radiotherapy 2 Gy per fraction | kind=radiotherapy dosePerFraction=2
        radiotherapy 50.4 Gy at 1.8 Gy | kind=radiotherapy totalDose=50.4 dosePerFraction=1.8
        proton radiotherapy with 2.5 Gy/fraction for 35 treatments | kind=radiotherapy fractions=35 dosePerFraction=2.5 technique=proton
        radiotherapy 2 Gy per fraction, 5 sessions a week | kind=radiotherapy dosePerFraction=2
        IMRT 60 Gy/30 fractions over 6 weeks | kind=radiotherapy totalDose=60 fractions=30 duration=P6W technique=IMRT
        SBRT 50 Gy/5 Fx | kind=radiotherapy totalDose=50 fractions=5 technique=SBRT
        intensity-modulated radiotherapy to the primary tumour | kind=radiotherapy technique=IMRT
        capecitabine 1000 mg/m2 bid d1-14 | drug=capecitabine iri=drug:capecitabine dose=1000 unit=mg/m2 days=d1-14 interval=P1D timesPerDay=2
        gemcitabine 1000 mg/m2 d1,8 q3w | drug=gemcitabine iri=drug:gemcitabine dose=1000 unit=mg/m2 days=d1,8 interval=P3W
        gemcitabine 1000 mg/m2 on days 1 and 8 every 3 weeks | drug=gemcitabine iri=drug:gemcitabine dose=1000 unit=mg/m2 days=d1,8 interval=P3W
        osimertinib 80 mg once daily | drug=osimertinib iri=drug:osimertinib dose=80 unit=mg interval=P1D timesPerDay=1
        nivolumab 240 mg every 2 weeks | drug=nivolumab iri=drug:nivolumab dose=240 unit=mg interval=P2W
        nivolumab 3 mg/kg q2w | drug=nivolumab iri=drug:nivolumab dose=3 unit=mg/kg interval=P2W
        paclitaxel 80 mg/m2 weekly | drug=paclitaxel iri=drug:paclitaxel dose=80 unit=mg/m2 interval=P1W
        weekly paclitaxel 80 mg/m2 | drug=paclitaxel iri=drug:paclitaxel dose=80 unit=mg/m2 interval=P1W
        fluorouracil 1 g/m2 d1-4 every 4 weeks | drug=fluorouracil iri=drug:fluorouracil dose=1 unit=g/m2 days=d1-4 interval=P4W
        carboplatin AUC 5 d1 | drug=carboplatin iri=drug:carboplatin dose=5 unit=AUC days=d1
        carboplatin AUC=6 mg/mL/min every 21 days | drug=carboplatin iri=drug:carboplatin dose=6 unit=AUC interval=P21D
        erlotinib 150 mg orally | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg route=oral
        erlotinib 150 mg po qd | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg route=oral interval=P1D timesPerDay=1
        erlotinib 150 mg p.o. daily | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg route=oral interval=P1D timesPerDay=1
        pembrolizumab 200 mg iv q3w | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg route=IV interval=P3W
        pembrolizumab 200 mg intravenously | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg route=IV
        200 mg of pembrolizumab | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg
        durvalumab 1500 mg q4w for up to 2 years | drug=durvalumab iri=drug:durvalumab dose=1500 unit=mg interval=P4W maxDuration=P2Y
        docetaxel 75 mg/m2 q3w for 6 cycles | drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 interval=P3W cycles=6
        cisplatin 75 mg/m2 q3w for 4-6 cycles | drug=cisplatin iri=drug:cisplatin dose=75 unit=mg/m2 interval=P3W cycles=4-6
        cisplatin 75 mg/m2 d1 of a 21-day cycle | drug=cisplatin iri=drug:cisplatin dose=75 unit=mg/m2 days=d1 interval=P21D
        induction cisplatin 75 mg/m2 q3w | drug=cisplatin iri=drug:cisplatin dose=75 unit=mg/m2 interval=P3W phase=induction
        concurrent weekly cisplatin 40 mg/m2 | drug=cisplatin iri=drug:cisplatin dose=40 unit=mg/m2 interval=P1W phase=concurrent
        consolidation durvalumab 10 mg/kg q2w | drug=durvalumab iri=drug:durvalumab dose=10 unit=mg/kg interval=P2W phase=consolidation
        adjuvant osimertinib 80 mg daily for 3 years | drug=osimertinib iri=drug:osimertinib dose=80 unit=mg interval=P1D timesPerDay=1 maxDuration=P3Y phase=adjuvant
        neoadjuvant nivolumab 360 mg every three weeks | drug=nivolumab iri=drug:nivolumab dose=360 unit=mg interval=P3W phase=neoadjuvant
        gemcitabine 1000 mg/m2 IV on Days 1, 8, and 15 of each 28-day cycle | drug=gemcitabine iri=drug:gemcitabine dose=1000 unit=mg/m2 route=IV days=d1,8,15 interval=P28D
        osimertinib 12 mg orally daily for 14 days every 21 days | drug=osimertinib iri=drug:osimertinib dose=12 unit=mg route=oral days=d1-14 interval=P21D timesPerDay=1
        irinotecan 11 mg/m2/day x 5 days every 28 days | drug=irinotecan iri=drug:irinotecan dose=11 unit=mg/m2/d days=d1-5 interval=P28D
        cisplatin 400 mg/m2 IVP on Day 1 | drug=cisplatin iri=drug:cisplatin dose=400 unit=mg/m2 route=IV days=d1
        cisplatin IVPB Days 1-4 | drug=cisplatin iri=drug:cisplatin route=IV days=d1-4
        cisplatin (3 grams/m2) days 1-3 | drug=cisplatin iri=drug:cisplatin dose=3 unit=g/m2 days=d1-3
        cisplatin Course 1 - 14 gm/M2 by continuous infusion | drug=cisplatin iri=drug:cisplatin dose=14 unit=g/m2
        nivolumab 400mg every week or every two weeks | drug=nivolumab iri=drug:nivolumab dose=400 unit=mg interval=P1W/P2W
        docetaxel IV weekly or every 3 weeks | drug=docetaxel iri=drug:docetaxel route=IV interval=P1W/P3W
        nivolumab IV every 21 or 28 days | drug=nivolumab iri=drug:nivolumab route=IV interval=P21D/P28D
        bevacizumab 15 mg/kg every 3-week cycle | drug=bevacizumab iri=drug:bevacizumab dose=15 unit=mg/kg interval=P3W
        pemetrexed 500 mg/m2 maintenance every 3 weeks | drug=pemetrexed iri=drug:pemetrexed dose=500 unit=mg/m2 interval=P3W phase=maintenance
        Duration: 3wks x 4 cycles = 12 wks vinorelbine 25mg/m2 D1,8 | drug=vinorelbine iri=drug:vinorelbine dose=25 unit=mg/m2 days=d1,8 interval=P3W cycles=4 maxDuration=P12W
        erlotinib 150 mg daily (Duration: 1 year) | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P1Y
        osimertinib 75 mg twice daily for at least 5 days | drug=osimertinib iri=drug:osimertinib dose=75 unit=mg interval=P1D timesPerDay=2 maxDuration=P5D
        erlotinib 150 mg daily for a 52 week open-label phase | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P52W
        osimertinib 80 mg once daily during the 12-week treatment period | drug=osimertinib iri=drug:osimertinib dose=80 unit=mg interval=P1D timesPerDay=1 maxDuration=P12W
        erlotinib 150 mg daily during the 4-week run-in period | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1
        fluorouracil 425 mg/m2 IV x 5 days Wks 1, 5, 9, and 13 | drug=fluorouracil iri=drug:fluorouracil dose=425 unit=mg/m2 route=IV days=d1-5
        fluorouracil 425 mg/m2 IV for 5 days in weeks 1 and 5 | drug=fluorouracil iri=drug:fluorouracil dose=425 unit=mg/m2 route=IV days=d1-5
        nebulised heparin 25000 IU every 6 hours | drug=heparin iri=drug:heparin dose=25000 unit=[iU] route=inhalation interval=P1D timesPerDay=4
        Nebulised (vibrating mesh nebuliser) heparin 25000 IU every 6 hours | drug=heparin iri=drug:heparin dose=25000 unit=[iU] route=inhalation interval=P1D timesPerDay=4
        heparin 2 drops in each nostril four times a day | drug=heparin iri=drug:heparin route=intranasal interval=P1D timesPerDay=4
        stat dose of eight 200 mg capecitabine tablets | drug=capecitabine iri=drug:capecitabine dose=1600 unit=mg
        Arm 2 200 mg capecitabine tablets | drug=capecitabine iri=drug:capecitabine dose=200 unit=mg
        erlotinib 150 mg once daily for total 5 days | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P5D
        erlotinib 150 mg once weekly for next 7 weeks | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1W maxDuration=P7W
        bi-daily erlotinib 150 mg | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=2
        PO erlotinib 150 mg | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg route=oral
        intravenous infusion of 12 grams of dexamethasone | drug=dexamethasone iri=drug:dexamethasone dose=12 unit=g route=IV
        200 mg intravenous pembrolizumab single dose on day 1 | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg route=IV days=d1
        capecitabine 2 g bid with honey or milk | drug=capecitabine iri=drug:capecitabine dose=2 unit=g interval=P1D timesPerDay=2
        dexamethasone 12 g in 5% dextrose over 24 hours | drug=dexamethasone iri=drug:dexamethasone dose=12 unit=g
        treated with dextrose 5 g | drug=dextrose iri=drug:dextrose dose=5 unit=g
        erlotinib 150 mg daily till the patient is negative or 30 days whichever earlier | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P30D
        heparin 5000 IU as an intradermal injection | drug=heparin iri=drug:heparin dose=5000 unit=[iU] route=intradermal
        heparin, 1 bulb (3mg / 3mL), twice a week | drug=heparin iri=drug:heparin dose=3 unit=mg
        erlotinib 150 mg for up to 14 days, with follow-up to Day 30 | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg maxDuration=P14D
        erlotinib 150 mg BID seven days | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=2 maxDuration=P7D
        erlotinib 150 mg daily 3 days a week | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg days=d1-3 interval=P1W timesPerDay=1
        a dose of 200 mg (8 vials of pembrolizumab) will be given once | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg
        erlotinib (150 mg) two tablets one dose | drug=erlotinib iri=drug:erlotinib dose=300 unit=mg
        erlotinib 20 mg once daily up to Day 10 and followed up to Day 25 | drug=erlotinib iri=drug:erlotinib dose=20 unit=mg interval=P1D timesPerDay=1
        erlotinib 150 mg daily. Patients are followed every 3 months for 2 years, then every 6 months for 3 years | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1
        erlotinib IV daily for 5 days during weeks 1, 5 and 9. Patients are followed every 3 months for 1 year | drug=erlotinib iri=drug:erlotinib route=IV days=d1-5 interval=P1D timesPerDay=1
        erlotinib 150 mg daily for 7 days. This regimen could be continued for 10 days if necessary | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P7D
        gemcitabine 2 g every 8 hours for at least 5 days and up to 14 days | drug=gemcitabine iri=drug:gemcitabine dose=2 unit=g interval=P1D timesPerDay=3 maxDuration=P5D/P14D
        durvalumab 2.4 mg s.c. OW | drug=durvalumab iri=drug:durvalumab dose=2.4 unit=mg route=subcutaneous interval=P1W
        erlotinib 150 mg 3 times a day | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=3
        erlotinib 180mg / time, 1 time / day | drug=erlotinib iri=drug:erlotinib dose=180 unit=mg interval=P1D timesPerDay=1
        erlotinib 1-14days of every 3-week cycle | drug=erlotinib iri=drug:erlotinib days=d1-14 interval=P3W
        gefitinib 200 mg two tablets once daily | drug=gefitinib iri=drug:gefitinib dose=400 unit=mg interval=P1D timesPerDay=1
        gefitinib 200 mg, 2 capsules at a time, bid | drug=gefitinib iri=drug:gefitinib dose=400 unit=mg interval=P1D timesPerDay=2
        gefitinib 800mg (4 capsules) once | drug=gefitinib iri=drug:gefitinib dose=800 unit=mg
        cisplatin 75 mg/m2 Days 1,2, & 3 | drug=cisplatin iri=drug:cisplatin dose=75 unit=mg/m2 days=d1,2,3
        nivolumab every 3 weeks for a treatment cycle of 21 days | drug=nivolumab iri=drug:nivolumab interval=P3W
        four cycles of 3-weeks regimen with nivolumab 3 mg/kg | drug=nivolumab iri=drug:nivolumab dose=3 unit=mg/kg interval=P3W cycles=4
        erlotinib 1600 mg per time on first day | drug=erlotinib iri=drug:erlotinib dose=1600 unit=mg days=d1
        nivolumab 240 mg IV on every Day 1 of each cycle | drug=nivolumab iri=drug:nivolumab dose=240 unit=mg route=IV days=d1
        nivolumab 5 million IU twice a day | drug=nivolumab iri=drug:nivolumab dose=5000000 unit=[iU] interval=P1D timesPerDay=2
        nivolumab 300 mg (for a total of 600 mg) on Day 1 | drug=nivolumab iri=drug:nivolumab dose=600 unit=mg days=d1
        erlotinib 200 mg twice a day, the duration of treatment will be 10 d. | drug=erlotinib iri=drug:erlotinib dose=200 unit=mg interval=P1D timesPerDay=2 maxDuration=P10D
        heparin 5000 units subcutaneously every 8 hours | drug=heparin iri=drug:heparin dose=5000 unit=[iU] route=subcutaneous interval=P1D timesPerDay=3
        heparin 10 U once daily | drug=heparin iri=drug:heparin dose=10 unit=[iU] interval=P1D timesPerDay=1
        heparin 80 units/kg IV on day 1 | drug=heparin iri=drug:heparin dose=80 unit=[iU]/kg route=IV days=d1
        Vitamin D3 50,000 IU weekly for 8 weeks | drug=Vitamin D3 iri=drug:cholecalciferol dose=50000 unit=[iU] interval=P1W maxDuration=P8W
        vitamin-D2 1000 IU daily | drug=vitamin-D2 iri=drug:ergocalciferol dose=1000 unit=[iU] interval=P1D timesPerDay=1
        dexamethasone at dose of 20 mg/day for 5 days | drug=dexamethasone iri=drug:dexamethasone dose=20 unit=mg/d interval=P1D maxDuration=P5D
        erlotinib 400 mg per a day for 10 days | drug=erlotinib iri=drug:erlotinib dose=400 unit=mg/d interval=P1D maxDuration=P10D
        erlotinib at dose of 50 mg BID for totally 10 days | drug=erlotinib iri=drug:erlotinib dose=50 unit=mg interval=P1D timesPerDay=2 maxDuration=P10D
        erlotinib 200 mg BD daily on the second to fifth day | drug=erlotinib iri=drug:erlotinib dose=200 unit=mg days=d2-5 interval=P1D timesPerDay=2
        a daily dose of one Gratisovir (erlotinib) 400 mg tablet, on Day 1 through day 10 | drug=erlotinib iri=drug:erlotinib dose=400 unit=mg days=d1-10
        heparin (3 million IU, IM route, three times a week) | drug=heparin iri=drug:heparin dose=3000000 unit=[iU] route=intramuscular
        heparin sublingually (one daily dose for 14 days) | drug=heparin iri=drug:heparin route=sublingual interval=P1D timesPerDay=1 maxDuration=P14D
        heparin 10 mL per rectum twice daily | drug=heparin iri=drug:heparin route=rectal interval=P1D timesPerDay=2
        rectal cancer patients receive capecitabine 825 mg/m2 bid | drug=capecitabine iri=drug:capecitabine dose=825 unit=mg/m2 interval=P1D timesPerDay=2
        a dose of 4 tablets of Xeloda (capecitabine) 500 mg on Day 1 | drug=Xeloda iri=drug:capecitabine dose=2000 unit=mg days=d1
        Lopinavir with Ritonavir orally twice daily for 14 days | drug=Lopinavir with Ritonavir iri=drug:lopinavir-ritonavir route=oral interval=P1D timesPerDay=2 maxDuration=P14D
        lopinavir (50 mg) –ritonavir (200 mg) 2 tablets every 12 hours | drug=lopinavir/ritonavir iri=drug:lopinavir-ritonavir interval=P1D timesPerDay=2
        IVIG 0.4 g/kg daily for 5 days | drug=IVIG iri=drug:immunoglobulin dose=0.4 unit=g/kg route=IV interval=P1D timesPerDay=1 maxDuration=P5D
        IVIG 0.4 g/kg subcutaneously | drug=IVIG iri=drug:immunoglobulin dose=0.4 unit=g/kg route=subcutaneous
        oral erlotinib six times daily for 4 months | drug=erlotinib iri=drug:erlotinib route=oral interval=P1D timesPerDay=6 maxDuration=P4M
        oral erlotinib 2-3 times daily on days 1-29 | drug=erlotinib iri=drug:erlotinib route=oral days=d1-29
        heparin 22.5mg IM injection q 12 wks | drug=heparin iri=drug:heparin dose=22.5 unit=mg route=intramuscular interval=P12W
        """)
    void readsOneComponent(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(1, got.size(), () -> "components of '" + text + "': " + got);
        assertEquals(expected, Describe.of(got.get(0)));
        RegimenComponent c = got.get(0);
        assertEquals(c.text(), text.substring(c.span().start(), c.span().end()), "text is what the span covers");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        erlotinib 1600 mg bid on day 1, 600 mg bid on days 2-10 | drug=erlotinib iri=drug:erlotinib dose=1600 unit=mg days=d1 interval=P1D timesPerDay=2 ; drug=erlotinib iri=drug:erlotinib dose=600 unit=mg days=d2-10 interval=P1D timesPerDay=2
        erlotinib 1600 mg bid on day 1 and 600 mg bid on days 2-10 | drug=erlotinib iri=drug:erlotinib dose=1600 unit=mg days=d1 interval=P1D timesPerDay=2 ; drug=erlotinib iri=drug:erlotinib dose=600 unit=mg days=d2-10 interval=P1D timesPerDay=2
        nivolumab 240 mg every 2 weeks or 480 mg every 4 weeks | drug=nivolumab iri=drug:nivolumab dose=240 unit=mg interval=P2W ; drug=nivolumab iri=drug:nivolumab dose=480 unit=mg interval=P4W
        paclitaxel 175 mg/m2 every 3 weeks, 80 mg/m2 weekly | drug=paclitaxel iri=drug:paclitaxel dose=175 unit=mg/m2 interval=P3W ; drug=paclitaxel iri=drug:paclitaxel dose=80 unit=mg/m2 interval=P1W
        gefitinib 400 mg cada 12 horas el primer día, seguido de 200 mg cada 12 horas durante 4 días | drug=gefitinib iri=drug:gefitinib dose=400 unit=mg days=d1 interval=P1D timesPerDay=2 ; drug=gefitinib iri=drug:gefitinib dose=200 unit=mg interval=P1D timesPerDay=2 maxDuration=P4D
        bevacizumab 8 mg/kg (max 800 mg) IV once | drug=bevacizumab iri=drug:bevacizumab dose=8 unit=mg/kg route=IV
        bevacizumab 8 mg/kg IV, not to exceed 800 mg | drug=bevacizumab iri=drug:bevacizumab dose=8 unit=mg/kg route=IV
        """)
    void givesASecondDoseWithItsOwnScheduleAComponentOfItsOwnAndIgnoresACap(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(expected, String.join(" ; ", got.stream().map(Describe::of).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        erlotinib 4 mg, 6 mg, or 8 mg daily
        gemcitabine 7.5 mg/kg on day 1 and 3, 10 and 5 mg/kg on day 1 and 3
        erlotinib, 280 mg, PO, TID, Days 1-5; q 21 days gemcitabine, 60mg/m2, IV, Day 2; q 21 days
        """)
    void keepsDosesOfAListOrOfAnotherDrugInOneClause(String text) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        java.util.Map<String, Long> perDrug = got.stream().filter(c -> c.drugConceptIri() != null).collect(
                java.util.stream.Collectors.groupingBy(RegimenComponent::drugConceptIri,
                        java.util.stream.Collectors.counting()));
        assertTrue(perDrug.values().stream().allMatch(n -> n == 1), () -> "components: " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        weekly carboplatin (area under the curve of 2 units) and paclitaxel 50 mg/m2
        carboplatin AUC 5 units on day 1
        transfusion of 2 units of packed red cells; dexamethasone 6 mg daily
        transfusion of >1 U packed red cells or whole blood; dexamethasone 6 mg daily
        a decrease of at least 14 units on the test with dexamethasone 6 mg daily
        dexamethasone 6 mg daily while ALT stays under 40 U/L
        dexamethasone 6 mg daily; a change of 3 units in the score
        """)
    void readsNoDoseInUnitsFromAnAucBloodOrAMeasure(String text) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertTrue(got.stream().noneMatch(c -> c.unit() != null && c.unit().startsWith("[iU]")), () -> "components: " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        100000 IU subcutaneous injection three times a week | interferon | drug=interferon dose=100000 unit=[iU] route=subcutaneous
        5 mg/kg sc q3w | bevacizumab | drug=bevacizumab iri=drug:bevacizumab dose=5 unit=mg/kg route=subcutaneous interval=P3W
        Given 1200 mg IV on day 1 of each 21-day cycle | atezolizumab | drug=atezolizumab iri=drug:atezolizumab dose=1200 unit=mg route=IV days=d1 interval=P21D
        """)
    void takesTheDrugFromTheInterventionNameWhenTheTextNamesNone(String text, String name, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", name);
        assertEquals(1, got.size(), () -> "components: " + got);
        assertEquals(expected, Describe.of(got.get(0)));
    }

    @org.junit.jupiter.api.Test
    void givesARouteTheSentenceSaysIsEveryDrugsToEachDrugOfThatSentence() {
        List<RegimenComponent> got = parser.parse("Patients were assigned to either nivolumab (240 mg every 2 weeks) "
                + "or chemotherapy (paclitaxel 100 mg/m2 once per week; or docetaxel 75 mg/m2 every 3 weeks), all "
                + "given intravenously.", null, "f", null);
        assertEquals(List.of("IV", "IV", "IV"), got.stream().filter(c -> c.drugConceptIri() != null)
                .map(RegimenComponent::route).toList(), () -> "components: " + got);
    }

    @org.junit.jupiter.api.Test
    void readsIntranasalAsARoute() {
        List<RegimenComponent> got = parser.parse("intranasal esketamine 56 mg twice weekly", null, "f", "esketamine");
        assertEquals("intranasal", got.get(0).route(), () -> "components: " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients aged 18-75 years with ECOG 0-1; 79 patients will be enrolled.
        Stage IV non-small cell lung cancer, 2 cycles of prior therapy allowed.
        Overall survival at 24 months; patients followed up for 5 years.
        """)
    void readsNothingFromNumbersThatAreNotDoses(String text) {
        assertEquals(List.of(), parser.parse(text, null, "f", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients aged 18-75 years with ECOG 0-1 receive pembrolizumab; 79 patients will be enrolled. | drug=pembrolizumab iri=drug:pembrolizumab
        After 2 cycles of induction chemotherapy, patients receive durvalumab. | drug=durvalumab iri=drug:durvalumab
        Patients with stage IV disease receive pembrolizumab and are followed up for 2 years. | drug=pembrolizumab iri=drug:pembrolizumab
        Durvalumab after concurrent chemoradiotherapy. | drug=Durvalumab iri=drug:durvalumab
        """)
    void readsNoValueFromNumbersNearADrugThatAreNotItsRegimen(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(1, got.size(), () -> "components: " + got);
        assertEquals(expected, Describe.of(got.get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients receive pembrolizumab and cisplatin. The dose is 200 mg every 3 weeks.
        Patients receive pembrolizumab and carboplatin AUC 5.
        Pembrolizumab; cisplatin 75 mg/m2.
        """)
    void neverGivesADoseAcrossASentenceOrAnotherDrug(String text) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        RegimenComponent pembro = got.stream().filter(c -> "pembrolizumab".equalsIgnoreCase(c.drug())).findFirst()
                .orElseThrow();
        assertEquals(null, pembro.dose());
        assertEquals(null, pembro.unit());
        assertEquals(null, pembro.interval());
        assertTrue(got.stream().anyMatch(c -> c.dose() != null), () -> "the dose is still read: " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        pembrolizumab 200 mg or 400 mg every 3 weeks | drug=pembrolizumab iri=drug:pembrolizumab interval=P3W
        nivolumab 240 mg q2w q4w | drug=nivolumab iri=drug:nivolumab dose=240 unit=mg
        osimertinib 60 or 40 mg daily | drug=osimertinib iri=drug:osimertinib interval=P1D timesPerDay=1
        bevacizumab 10 mg/kg every 2-week cycle (Q2W) then every 3-week cycle (Q3W) | drug=bevacizumab iri=drug:bevacizumab dose=10 unit=mg/kg interval=P2W
        pembrolizumab 200 mg q3w to 35 cycles | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg interval=P3W
        """)
    void leavesContradictoryValuesNull(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(expected, Describe.of(got.get(0)), () -> "components: " + got);
    }

    @Test
    void aMaintenanceDoseAfterALoadingDoseKeepsItsDrugAndDuration() {
        List<RegimenComponent> got = parser.parse("Erlotinib 400 mg twice daily on day 1, followed by 200 mg twice "
                + "daily for 6 days", null, "f", null);
        assertEquals(List.of("drug=Erlotinib iri=drug:erlotinib dose=400 unit=mg days=d1 interval=P1D timesPerDay=2",
                "drug=Erlotinib iri=drug:erlotinib dose=200 unit=mg interval=P1D timesPerDay=2 maxDuration=P6D"),
                got.stream().map(Describe::of).toList());
    }

    @Test
    void aMaintenanceDoseIsGivenTheRouteOfItsSchemeUnlessItSaysItsOwn() {
        List<RegimenComponent> got = parser.parse("Erlotinib 400 mg orally twice daily on day 1, followed by 200 mg "
                + "twice daily for 6 days", null, "f", null);
        assertEquals(List.of("drug=Erlotinib iri=drug:erlotinib dose=400 unit=mg route=oral days=d1 interval=P1D "
                + "timesPerDay=2", "drug=Erlotinib iri=drug:erlotinib dose=200 unit=mg route=oral interval=P1D "
                + "timesPerDay=2 maxDuration=P6D"), got.stream().map(Describe::of).toList());
        got = parser.parse("Dexamethasone 10 mg IV on day 1, followed by 4 mg orally daily for 4 days", null, "f",
                null);
        assertEquals(List.of("IV", "oral"), got.stream().map(RegimenComponent::route).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        gefitinib 250 mg every eight hours for 2 weeks | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg interval=P1D timesPerDay=3 maxDuration=P2W
        gefitinib 250 mg q12h | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg interval=P1D timesPerDay=2
        afatinib two 200 mg tablets daily | drug=afatinib iri=drug:afatinib dose=400 unit=mg interval=P1D timesPerDay=1
        afatinib 3 tablets of 20 mg once a day for 5 days | drug=afatinib iri=drug:afatinib dose=60 unit=mg interval=P1D timesPerDay=1 maxDuration=P5D
        bevacizumab 7.5 mg per kg body weight every 3 weeks | drug=bevacizumab iri=drug:bevacizumab dose=7.5 unit=mg/kg interval=P3W
        pembrolizumab 200 mg every 3 weeks for a planned duration of 1 year | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg interval=P3W maxDuration=P1Y
        docetaxel 60 mg/m2 on day 1. Cycle repeated every 3 weeks | drug=docetaxel iri=drug:docetaxel dose=60 unit=mg/m2 days=d1 interval=P3W
        """)
    void readsHourlyFrequenciesTabletCountsDosesPerKilogramAndTotalDurations(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(1, got.size(), () -> "components: " + got);
        assertEquals(expected, Describe.of(got.get(0)));
    }

    @Test
    void aScheduleWrittenOnceAfterACombinationOfBareNamesIsEveryDrugsSchedule() {
        List<RegimenComponent> got = parser.parse("Subjects receive pembrolizumab plus pemetrexed and carboplatin on "
                + "Day 1 of every 3-week cycle for 4 cycles", null, "f", null);
        assertEquals(3, got.size(), () -> "components: " + got);
        got.forEach(c -> assertEquals("d1 P3W 4", c.days() + " " + c.interval() + " " + Numbers.format(c.cycles().min()),
                () -> Describe.of(c)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        gefitinib 44 mg subcutaneously every other day for 14 days | drug=gefitinib iri=drug:gefitinib dose=44 unit=mg route=subcutaneous interval=P2D maxDuration=P14D
        gefitinib 0.2g bid x 14 days | drug=gefitinib iri=drug:gefitinib dose=0.2 unit=g interval=P1D timesPerDay=2 maxDuration=P14D
        gefitinib 6 tablets (0.1g/tablet) once daily | drug=gefitinib iri=drug:gefitinib dose=0.6 unit=g interval=P1D timesPerDay=1
        pembrolizumab 200 mg every 3 weeks for up to 35 cycles | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg interval=P3W cycles=35
        <br>Trade Name: gefitinib 250 mg<br>Pharmaceutical Form: Tablet | drug=gefitinib iri=drug:gefitinib
        gefitinib 20 mg/5 mL solution | drug=gefitinib iri=drug:gefitinib
        gefitinib 40 mg film-coated tablets | drug=gefitinib iri=drug:gefitinib
        """)
    void readsAlternateDaysDurationsAfterATimesSignCountedTabletsAndNoStrengthAsADose(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(1, got.size(), () -> "components: " + got);
        assertEquals(expected, Describe.of(got.get(0)), () -> "components: " + got);
    }

    @Test
    void readsAListOfDrugsWithTheirValuesAsOneRegimenAndAPhaseWordBeforeEachDrug() {
        List<RegimenComponent> listed = parser.parse("Cisplatin 75 mg/m2 d1 Pemetrexed 500 mg/m2 d1 q3w", null, "f", null);
        assertEquals(List.of("P3W", "P3W"), listed.stream().map(RegimenComponent::interval).toList());
        List<RegimenComponent> phased = parser.parse("Patients receive induction immunotherapy with atezolizumab on "
                + "day 1, concurrent chemoradiotherapy, and adjuvant durvalumab on day 1", null, "f", null);
        assertEquals(List.of("induction", "adjuvant"), phased.stream().filter(c -> c.drug() != null)
                .map(RegimenComponent::treatmentPhase).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        gefitinib 100 mg/m2/bd iv on days 1-7 | drug=gefitinib iri=drug:gefitinib dose=100 unit=mg/m2 route=IV days=d1-7 interval=P1D timesPerDay=2
        gefitinib, ih, QD | drug=gefitinib iri=drug:gefitinib route=subcutaneous interval=P1D timesPerDay=1
        gefitinib 5 mg, once daily, 10 days | drug=gefitinib iri=drug:gefitinib dose=5 unit=mg interval=P1D timesPerDay=1 maxDuration=P10D
        """)
    void readsChineseAndBritishAbbreviationsAndDaysAfterAFrequency(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(1, got.size(), () -> "components: " + got);
        assertEquals(expected, Describe.of(got.get(0)));
    }

    @Test
    void anInterventionsRouteInASentenceOfItsOwnIsItsDrugsButAnArmsIsNot() {
        String text = "Pembrolizumab 200 mg on day 1 every 3 weeks. Route of administration: intravenous use.";
        assertEquals("IV", parser.parse(text, null, "intervention[0].description", "pembrolizumab").get(0).route());
        assertEquals(null, parser.parse(text, "Arm A", "arm[0].description", null).get(0).route());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        cisplatin 75 mg/m2 on day 1 of each 21-28 day cycle | drug=cisplatin iri=drug:cisplatin dose=75 unit=mg/m2 days=d1
        gefitinib 20 mg each time, twice a day, 7-14 days. | drug=gefitinib iri=drug:gefitinib dose=20 unit=mg interval=P1D timesPerDay=2 maxDuration=P7D/P14D
        gefitinib 5 mg/day QD starting from D2 | drug=gefitinib iri=drug:gefitinib dose=5 unit=mg/d interval=P1D timesPerDay=1
        capecitabine tablets (Xeloda) twice a day | drug=capecitabine iri=drug:capecitabine interval=P1D timesPerDay=2
        gefitinib:Day1-3:500mg | drug=gefitinib iri=drug:gefitinib dose=500 unit=mg days=d1-3
        cisplatin 40 mg/m2 d 1 + d 8 | drug=cisplatin iri=drug:cisplatin dose=40 unit=mg/m2 days=d1,8
        a single intravesical dose of gefitinib 4 mg | drug=gefitinib iri=drug:gefitinib dose=4 unit=mg route=intravesical
        0.1 ml intradermal injection of filgrastim | drug=filgrastim iri=drug:filgrastim route=intradermal
        Oral administration of 5 tablets of 1 mg gefitinib tablets daily | drug=gefitinib iri=drug:gefitinib dose=5 unit=mg route=oral interval=P1D timesPerDay=1
        gefitinib 100 mg, then dose tapered 10% weekly | drug=gefitinib iri=drug:gefitinib dose=100 unit=mg
        """)
    void readsRangesOpenDaysBrandsRoutesBeforeTheNameAndLeavesOutHowADoseChanges(String text,
            String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(1, got.size(), () -> "components: " + got);
        assertEquals(expected, Describe.of(got.get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Pembrolizumab | 200 mg | IV | Q3W", "Pembrolizumab     200 mg     Intravenous     Every 3 weeks",
        "Study Drug  Dose  Route  Frequency\nPembrolizumab  200 mg  IV infusion  Q3W", "Pembrolizumab\t200 mg\tIntravenous\tq3w"})
    void readsAPdfTableRowAsTikaWritesIt(String row) {
        List<RegimenComponent> got = parser.parse(row, null, "f", null);
        assertEquals(List.of("drug=Pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg route=IV interval=P3W"),
                got.stream().map(Describe::of).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        pembrolizumab 200 mg intravenös alle 3 Wochen | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg route=IV interval=P3W
        gefitinib 250 mg einmal täglich | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg interval=P1D timesPerDay=1
        pembrolizumab 200 mg par voie intraveineuse toutes les 3 semaines | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg route=IV interval=P3W
        capecitabine 1000 mg/m2 deux fois par jour | drug=capecitabine iri=drug:capecitabine dose=1000 unit=mg/m2 interval=P1D timesPerDay=2
        pembrolizumab 200 mg cada 3 semanas por vía intravenosa | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg route=IV interval=P3W
        gefitinib 250 mg una vez al día por vía oral | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg route=oral interval=P1D timesPerDay=1
        pembrolizumab 200 mg a cada 21 dias | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg interval=P21D
        gefitinib 250 mg duas vezes ao dia | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg interval=P1D timesPerDay=2
        gefitinib 250mg 口服 每日一次 | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg route=oral interval=P1D timesPerDay=1
        pembrolizumab 200mg 静脉滴注 每3周 | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg route=IV interval=P3W
        capecitabine 1000mg/m2 每日两次 | drug=capecitabine iri=drug:capecitabine dose=1000 unit=mg/m2 interval=P1D timesPerDay=2
        paclitaxel 80 mg/m2 每周 | drug=paclitaxel iri=drug:paclitaxel dose=80 unit=mg/m2 interval=P1W
        PEMBROLIZUMAB 200 MG INTRAVENÖS ALLE 3 WOCHEN | drug=PEMBROLIZUMAB iri=drug:pembrolizumab dose=200 unit=mg route=IV interval=P3W
        gefitinib 250 mg EINMAL TÄGLICH | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg interval=P1D timesPerDay=1
        gefitinib 250 mg por VÍA ORAL una vez al DÍA | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg route=oral interval=P1D timesPerDay=1
        gefitinib 500 μg | drug=gefitinib iri=drug:gefitinib dose=500 unit=ug
        GEFITINIB 500 ΜG ONCE DAILY | drug=GEFITINIB iri=drug:gefitinib dose=500 unit=ug interval=P1D timesPerDay=1
        gefitinib 400 mg cada 12 horas durante 4 días | drug=gefitinib iri=drug:gefitinib dose=400 unit=mg interval=P1D timesPerDay=2 maxDuration=P4D
        gefitinib 200 mg trois fois par jour pendant 10 jours | drug=gefitinib iri=drug:gefitinib dose=200 unit=mg interval=P1D timesPerDay=3 maxDuration=P10D
        gefitinib 50 mg täglich für 5 Tage | drug=gefitinib iri=drug:gefitinib dose=50 unit=mg interval=P1D timesPerDay=1 maxDuration=P5D
        gefitinib 0,5 mg alle 24 Stunden | drug=gefitinib iri=drug:gefitinib dose=0.5 unit=mg interval=P1D timesPerDay=1
        gefitinib 500 mg por via oral uma vez ao dia durante 5 dias | drug=gefitinib iri=drug:gefitinib dose=500 unit=mg route=oral interval=P1D timesPerDay=1 maxDuration=P5D
        gefitinib 250mg 口服 每日一次 连用14天 | drug=gefitinib iri=drug:gefitinib dose=250 unit=mg route=oral interval=P1D timesPerDay=1 maxDuration=P14D
        gefitinib 400 mg el primer día | drug=gefitinib iri=drug:gefitinib dose=400 unit=mg days=d1
        gefitinib 600mg 每日2次 第2-10天 | drug=gefitinib iri=drug:gefitinib dose=600 unit=mg days=d2-10 interval=P1D timesPerDay=2
        Tab. gefitinib 12 mg OD x 3 days | drug=gefitinib iri=drug:gefitinib dose=12 unit=mg interval=P1D timesPerDay=1 maxDuration=P3D
        """)
    void readsSchedulesAndRoutesInTheRegistriesLanguages(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(expected, Describe.of(got.get(0)), () -> "components: " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        intranasal gefitinib (flexible dose: 56 mg or 84 mg) twice a week | drug=gefitinib iri=drug:gefitinib dose=56-84 unit=mg route=intranasal
        gefitinib starting dose 5mg increased to 10mg daily after 2 weeks | drug=gefitinib iri=drug:gefitinib dose=5-10 unit=mg interval=P1D timesPerDay=1
        gefitinib at a dose of 15 mg/day on Day 1 through Day 28 and then increase to 30 mg/day | drug=gefitinib iri=drug:gefitinib dose=15-30 unit=mg/d interval=P1D
        oral doses of gefitinib from 30 mg to 400 mg once daily | drug=gefitinib iri=drug:gefitinib dose=30-400 unit=mg route=oral interval=P1D timesPerDay=1
        """)
    void readsFlexibleAndTitratedDosesAsARange(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(expected, Describe.of(got.get(0)), () -> "components: " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        gefitinib:Day1-3:500mg,BID Day4-5:250mg,BID;
        gefitinib: Day 1-3: 500 mg BID; Day 4-5: 250 mg BID;
        capecitabine: Day1: 2 tablets, BID; gefitinib:Day 1-3:500mg BID; Day 4-5:250mg BID;
        """)
    void eachDoseUnderADayLabelIsAComponentOfItsOwnWithThoseDays(String text) {
        List<String> got = parser.parse(text, null, "f", null).stream()
                .filter(c -> "gefitinib".equals(c.drug())).map(Describe::of).toList();
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib dose=500 unit=mg days=d1-3 interval=P1D timesPerDay=2",
                "drug=gefitinib iri=drug:gefitinib dose=250 unit=mg days=d4-5 interval=P1D timesPerDay=2"), got);
    }

    @Test
    void aDrugGivenOnceTakesNoDurationWrittenForTheRestOfItsCombination() {
        List<RegimenComponent> got = parser.parse("gefitinib 400 mg single dose + erlotinib 75 mg twice daily for "
                + "5 days", null, "f", null);
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib dose=400 unit=mg",
                "drug=erlotinib iri=drug:erlotinib dose=75 unit=mg interval=P1D timesPerDay=2 maxDuration=P5D"),
                got.stream().map(Describe::of).toList());
    }

    @Test
    void strengthsOfAFixedCombinationGoToItsDrugsInTheirOrder() {
        List<RegimenComponent> got = parser.parse("one tablet orally once daily (15 mg/500 mg or 30 mg/500 mg of "
                + "erlotinib/gefitinib)", null, "f", null);
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=15-30 unit=mg",
                "drug=gefitinib iri=drug:gefitinib dose=500 unit=mg"), got.stream().map(Describe::of).toList());
    }

    @Test
    void aDoseFollowedInitiallyByAnotherIsAComponentOfItsOwn() {
        List<RegimenComponent> got = parser.parse("gefitinib at a loading dose of 5 mg PO q4h x 3 doses, followed "
                + "initially by 5 mg PO daily", null, "f", null);
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib dose=5 unit=mg route=oral interval=P1D timesPerDay=6",
                "drug=gefitinib iri=drug:gefitinib dose=5 unit=mg route=oral interval=P1D timesPerDay=1"),
                got.stream().map(Describe::of).toList());
    }

    @Test
    void aTotalDurationIsThatOfEveryDoseOfItsSentence() {
        List<RegimenComponent> got = parser.parse("gefitinib loading dose 600 mg followed by 300 mg twice a day; "
                + "total treatment duration 5 days", null, "f", null);
        assertEquals(List.of("P5D", "P5D"), got.stream().map(RegimenComponent::maxDuration).toList(),
                () -> "components: " + got);
    }

    @Test
    void aClauseWithoutDrugOrDoseGoesOnWithTheDrugsOfTheClauseBefore() {
        List<RegimenComponent> got = parser.parse("Erlotinib or gefitinib (two loading doses, then orally twice daily "
                + "for 10 days)", null, "f", null);
        assertEquals(2, got.size(), () -> "components: " + got);
        got.forEach(c -> assertEquals("oral P1D 2 P10D", c.route() + " " + c.interval() + " " + c.timesPerDay() + " "
                + c.maxDuration(), () -> Describe.of(c)));
    }

    @Test
    void twoNamesDosedAsAPairAreOneFixedDoseProduct() {
        List<RegimenComponent> got = parser.parse("one tablet of erlotinib/afatinib 400/100 mg daily for 10 days",
                null, "f", null);
        assertEquals(List.of("drug=erlotinib/afatinib doseParts=400/100 unit=mg interval=P1D timesPerDay=1 "
                + "maxDuration=P10D"),
                got.stream().map(Describe::of).toList());
        assertEquals(2, parser.parse("erlotinib/afatinib daily", null, "f", null).size(), "two drugs when not dosed as a pair");
    }

    @Test
    void anInterventionsDaysInASentenceOfTheirOwnAreItsDrugs() {
        String text = "Pembrolizumab intravenous infusion: 200 mg. Infusion on day 14.";
        assertEquals("d14", parser.parse(text, null, "intervention[0].description", "pembrolizumab").get(0).days());
        assertEquals(null, parser.parse(text, "Arm A", "arm[0].description", null).get(0).days());
    }

    @Test
    void aClassInAnInterventionsTextThatNamesNoDrugIsTheInterventionsDrug() {
        List<RegimenComponent> got = parser.parse("Induction PD-1 inhibitor dosing: 200 mg on day 1", null,
                "intervention[0].description", "pembrolizumab");
        assertEquals(List.of("drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg days=d1 phase=induction"),
                got.stream().map(Describe::of).toList());
        assertEquals(FakeDrugLexicon.CLASS + "pd-1-inhibitor", parser.parse("PD-1 inhibitor 200 mg and "
                + "pembrolizumab", null, "f", "pembrolizumab").get(0).drugConceptIri(), "not when a drug is named");
    }

    @Test
    void daysOfEachCycleWrittenAfterACombinationAreEveryDosedDrugsUnlessItHasAScheduleOfItsOwn() {
        List<RegimenComponent> got = parser.parse("paclitaxel (175 mg/m2 IV) and carboplatin (AUC 6, IV) on day 1 of "
                + "each 21-day cycle for up to 6 cycles", null, "f", null);
        assertEquals(List.of("d1", "d1"), got.stream().map(RegimenComponent::days).toList(), () -> "got " + got);
        List<RegimenComponent> weekly = parser.parse("paclitaxel 80 mg/m2 weekly and carboplatin AUC 6 on day 1 of "
                + "each 21-day cycle", null, "f", null);
        assertEquals(java.util.Arrays.asList(null, "d1"), weekly.stream().map(RegimenComponent::days).toList(),
                () -> "got " + weekly);
        List<RegimenComponent> own = parser.parse("paclitaxel 175 mg/m2 and carboplatin AUC 6 on day 1", null, "f",
                null);
        assertEquals(java.util.Arrays.asList(null, "d1"), own.stream().map(RegimenComponent::days).toList(),
                () -> "days not said to be the cycle's stay the last drug's: " + own);
    }

    @Test
    void aCapitalisedNameBetweenAVolumeAndADosageFormIsAProductTheLexiconLacks() {
        List<RegimenComponent> got = parser.parse("patients will receive 10 cc Corostop solution and 30 cc Coroguard "
                + "syrup three times daily for 10 days", null, "f", null);
        assertEquals(List.of("drug=Corostop interval=P1D timesPerDay=3 maxDuration=P10D",
                "drug=Coroguard interval=P1D timesPerDay=3 maxDuration=P10D"), got.stream().map(Describe::of).toList());
        assertEquals(List.of(), parser.parse("add 100 ml of Saline solution twice a day", null, "f", null),
                "a vehicle is not a product");
        assertEquals(List.of(), parser.parse("add 100 ml of enteral nutrition solution twice a day", null, "f", null),
                "words in lower case are not a name");
    }

    @Test
    void stepsOfADoseEscalationInParenthesesTakeNeitherThePhaseNorTheDurationOfTheDoseTheyLeadTo() {
        List<RegimenComponent> got = parser.parse("Participants receive 2.4 mg erlotinib once-weekly after a dose "
                + "escalation period of 16 weeks (0.25 mg of erlotinib from weeks 0-4, 1 mg of erlotinib from weeks "
                + "5-16) during the maintenance period for 52 weeks", null, "f", null);
        assertEquals(List.of("2.4 maintenance P52W", "0.25 null null", "1 null null"), got.stream().map(c ->
                Describe.of(c).replaceAll(".*dose=(\\S+).*", "$1") + " " + c.treatmentPhase() + " "
                        + c.maxDuration()).toList());
        List<RegimenComponent> plain = parser.parse("Participants receive 2.4 mg erlotinib once-weekly (0.25 mg of "
                + "gefitinib) during the maintenance period for 52 weeks", null, "f", null);
        assertEquals("maintenance", plain.get(1).treatmentPhase(), "only an escalation's parenthesis is set apart");
    }

    @Test
    void readsAUnitSpelledOutWithItsSymbolAfterIt() {
        assertEquals("drug=erlotinib iri=drug:erlotinib dose=2.4 unit=mg", Describe.of(parser.parse(
                "2.4 milligrams (mg) erlotinib", null, "f", null).get(0)));
        assertEquals("drug=erlotinib iri=drug:erlotinib dose=250 unit=ug", Describe.of(parser.parse(
                "erlotinib 250 micrograms", null, "f", null).get(0)));
        // the micro sign (U+00B5) and the Greek mu (U+03BC) alike, in the symbol after the word or alone
        for (String micro : List.of("\u00b5", "\u03bc", "\u039c")) {
            String spelled = "erlotinib 5000 micrograms (" + micro + "g)/90 milliliter (mL) intravesical";
            assertEquals("drug=erlotinib iri=drug:erlotinib dose=5000 unit=ug route=intravesical",
                    Describe.of(parser.parse(spelled, null, "f", null).get(0)), micro);
            assertEquals("drug=erlotinib iri=drug:erlotinib dose=250 unit=ug", Describe.of(parser.parse(
                    "erlotinib 250 " + micro + "g", null, "f", null).get(0)), micro);
        }
    }

    @Test
    void aDrugNamingAGroupIsNotGivenWhenTheGroupNamesItAgainBeforeAnyValue() {
        assertEquals(List.of("drug=Erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=3"),
                parser.parse("Erlotinib group:Conventional standard treatment + Erlotinib 150mg three times a day;"
                        + "Control group:Conventional standard treatment;", null, "f", null).stream()
                        .map(Describe::of).toList());
        assertEquals(List.of("drug=Erlotinib iri=drug:erlotinib dose=600 unit=mg"), parser.parse(
                "Erlotinib arm: loading dose 600mg as erlotinib base", null, "f", null).stream().map(Describe::of)
                .toList(), "a label followed by a value before the name comes again stays the drug's mention");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        erlotinib 50 mg twice-daily application | 2
        erlotinib 50 mg three-times-a-day | 3
        erlotinib 50 mg once-daily | 1
        erlotinib 50 mg four times a day | 4
        erlotinib 50 mg QID | 4
        erlotinib 50 mg q.i.d. | 4
        """)
    void readsHyphenatedAndFourTimesDailyFrequencies(String text, int perDay) {
        RegimenComponent c = parser.parse(text, null, "f", null).get(0);
        assertEquals(perDay, c.timesPerDay(), () -> Describe.of(c));
        assertEquals("P1D", c.interval());
    }

    @Test
    void aRouteWrittenAfterAListOfUndosedNamesIsTheListsButAfterADoseOnlyItsDrugs() {
        List<RegimenComponent> got = parser.parse("erlotinib plus pemetrexed and carboplatin intravenously (IV) Q3W "
                + "for 4 cycles", null, "f", null);
        assertEquals(List.of("IV", "IV", "IV"), got.stream().map(RegimenComponent::route).toList(), () -> "" + got);
        List<RegimenComponent> dosed = parser.parse("capecitabine and oxaliplatin 130 mg/m2 iv d1", null, "f", null);
        assertEquals(java.util.Arrays.asList(null, "IV"), dosed.stream().map(RegimenComponent::route).toList(),
                () -> "" + dosed);
    }

    @Test
    void aDayLabelWithItsColonBeforeADrugIsThatDrugsDays() {
        List<RegimenComponent> got = parser.parse("Day 0: Marrow infusion; Day 1: rest; Day 2 and 3: erlotinib 60 mg/kg;"
                + " Day 4: etoposide 40 mg/kg over four hours", null, "f", null);
        assertEquals(List.of("d2,3", "d4"), got.stream().map(RegimenComponent::days).toList(), () -> "" + got);
        List<RegimenComponent> listed = parser.parse("cisplatin 75 mg/m2 day 1 docetaxel 75 mg/m2", null, "f", null);
        assertEquals(java.util.Arrays.asList("d1", null), listed.stream().map(RegimenComponent::days).toList(),
                () -> "without a colon the days stay the drug's before: " + listed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        erlotinib 1 mg orally once nightly | interval=P1D timesPerDay=1
        erlotinib 1 mg every night | interval=P1D timesPerDay=1
        erlotinib 1 mg qhs | interval=P1D timesPerDay=1
        irinotecan 1.5 mg/m2 IV q day for 5 days each 21 day cycle | days=d1-5 interval=P21D timesPerDay=1
        """)
    void readsNightlyAndQDayAsOnceADayAndTheDaysOfEachCycle(String text, String expected) {
        RegimenComponent c = parser.parse(text, null, "f", null).get(0);
        String d = Describe.of(c);
        for (String value : expected.split(" ")) {
            assertTrue(d.contains(value), () -> d + " has " + value);
        }
    }

    @Test
    void threeRisingDosesJoinedBySlashesAreARangeButTwoMayBeAPairOfStrengths() {
        assertEquals("drug=erlotinib iri=drug:erlotinib dose=6-10 unit=mg route=oral interval=P1D timesPerDay=1",
                Describe.of(parser.parse("erlotinib oral, 6mg/8mg/10mg qd", null, "f", null).get(0)));
        RegimenComponent pair = parser.parse("erlotinib 6mg/8mg qd", null, "f", null).get(0);
        assertTrue(pair.dose() == null || pair.dose().isSingle(), () -> Describe.of(pair));
    }

    @Test
    void aDoseTheDrugMayLaterBeRaisedToIsNotADoseGiven() {
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=100 unit=mg interval=P1D timesPerDay=1"),
                parser.parse("erlotinib 100mg once a day, if tolerated after 1 week add to 200mg", null, "f", null)
                        .stream().map(Describe::of).toList());
        assertEquals("5-10", Describe.of(parser.parse("erlotinib starting dose 5mg increased to 10mg daily", null,
                "f", null).get(0)).replaceAll(".*dose=(\\S+).*", "$1"), "next to the first dose it is a range");
    }

    @Test
    void aRouteOfThePlaceboInAProductBlockIsNotTheDrugs() {
        List<RegimenComponent> got = parser.parse("<br>Trade Name: Erlotinib 20 mg<br>Pharmaceutical Form: Tablet<br>"
                + "INN or Proposed INN: ERLOTINIB<br>Route of administration of the placebo: Intravenous use<br>",
                null, "f", null);
        assertTrue(!got.isEmpty() && got.stream().allMatch(c -> c.route() == null), () -> "got " + got);
    }

    @Test
    void aDrugsDoseAfterARadiotherapyWordIsTheDrugsNamedBeforeIt() {
        List<RegimenComponent> got = parser.parse("Concurrent erlotinib / radiotherapy dosing: 45 mg/m2", null,
                "f", null);
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=45 unit=mg/m2 phase=concurrent"),
                got.stream().map(Describe::of).toList());
    }

    @Test
    void aSpanOfDaysGivesNoDaysOfItsOwnButEndsTheDosesGivenFromADayWithinIt() {
        List<RegimenComponent> got = parser.parse("Erlotinib administered orally between Day 1 and Day 10, 1800 mg "
                + "twice a day on Day 1 followed by 800 mg twice a day from Day 2<br>Gefitinib 250 mg from Day 3",
                null, "f", null);
        assertEquals(java.util.Arrays.asList("d1", "d2-10", null), got.stream().map(RegimenComponent::days).toList(),
                () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        docetaxel 75 mg/m2 q3w for 4 cycles, for 6 weeks | drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 interval=P3W cycles=4
        osimertinib 80 mg daily; response lasting at least 6 months | drug=osimertinib iri=drug:osimertinib dose=80 unit=mg interval=P1D timesPerDay=1
        pembrolizumab 200 mg every 3 weeks, SLOW infusion | drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg interval=P3W
        erlotinib 150 mg 3-4 times a day | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg
        erlotinib 150 mg for 7-14 days of treatment | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg maxDuration=P7D/P14D
        """)
    void readsNoScheduleFromNearMissesOfTheCycleDurationAndFrequencyPatterns(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(List.of(expected), got.stream().map(Describe::of).toList());
    }

    @Test
    void aRouteAfterACombinationWrittenDoseFirstIsEveryDrugsButAfterANameWithItsDoseOnlyThatDrugs() {
        List<RegimenComponent> shared = parser.parse("2.4 mg gemcitabine and 2.4 mg erlotinib subcutaneously once-weekly",
                null, "f", null);
        assertEquals(List.of("subcutaneous", "subcutaneous"), shared.stream().map(RegimenComponent::route).toList(),
                () -> "got " + shared);
        List<RegimenComponent> own = parser.parse("gemcitabine 2.4 mg and erlotinib 2.4 mg subcutaneously once-weekly",
                null, "f", null);
        assertEquals(java.util.Arrays.asList(null, "subcutaneous"), own.stream().map(RegimenComponent::route).toList(),
                () -> "got " + own);
    }

    @Test
    void anIctrpListItemOfOnlyARouteOrFrequencyGoesOnWithTheItemBeforeIt() {
        List<RegimenComponent> got = parser.parse("Tablets; 200mg; oral; twice a day; The adult dose is 1600 mg on first "
                + "day;", null, "f", "erlotinib");
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=200 unit=mg route=oral interval=P1D timesPerDay=2",
                // the first day's dose is of the same oral scheme
                "drug=erlotinib iri=drug:erlotinib dose=1600 unit=mg route=oral days=d1"),
                got.stream().map(Describe::of).toList());
        List<RegimenComponent> apart = parser.parse("capecitabine 1000 mg bid; oxaliplatin iv d1", null, "f", null);
        assertEquals(java.util.Arrays.asList(null, "IV"), apart.stream().map(RegimenComponent::route).toList(),
                () -> "an item naming a drug is that drug's: " + apart);
    }

    @Test
    void theIngredientsAProductIsComposedOfAreNotDrugsGivenButTheInterventionsDrugIs() {
        List<RegimenComponent> got = parser.parse("The suspension is given intravenously. The product is composed of "
                + "pemetrexed, dexamethasone and water for injection.", null, "f", "Pemetrexed");
        assertEquals(List.of("pemetrexed"), got.stream().map(c -> c.drug().toLowerCase(java.util.Locale.ROOT)).toList(),
                () -> "got " + got);
        List<RegimenComponent> given = parser.parse("Patients receive pemetrexed and dexamethasone 4 mg orally.", null,
                "f", "Pemetrexed");
        assertEquals(2, given.size(), () -> "without the cue both are given: " + given);
    }

    @Test
    void daysWrittenRightAfterAnUndosedDrugOfACombinationAreThatDrugsOnly() {
        List<RegimenComponent> got = parser.parse("cisplatin 75 mg/m2 IV plus erlotinib 1-14days of every 3-week cycle",
                null, "f", null);
        assertEquals(java.util.Arrays.asList(null, "d1-14"), got.stream().map(RegimenComponent::days).toList(),
                () -> "got " + got);
    }

    @Test
    void aDoseUnderAHeadingLineNamingOneDrugIsThatDrugs() {
        List<RegimenComponent> got = parser.parse("Cisplatin injection:\n\nCisplatin 75 mg/m2 IV on Day 1.\n\n"
                + "Paclitaxel injection:\n\n175 mg/m2 IV on Day 1 of each 3-week cycle.", null, "f", null);
        assertEquals(List.of("drug=Cisplatin iri=drug:cisplatin dose=75 unit=mg/m2 route=IV days=d1",
                "drug=Paclitaxel iri=drug:paclitaxel dose=175 unit=mg/m2 route=IV days=d1 interval=P3W"),
                got.stream().map(Describe::of).toList());
        List<RegimenComponent> labelled = parser.parse("Intervention Name: Gefitinib<br>Intervention Description: "
                + "250 mg once daily", null, "f", null);
        assertEquals(List.of("drug=Gefitinib iri=drug:gefitinib dose=250 unit=mg interval=P1D timesPerDay=1"),
                labelled.stream().map(Describe::of).toList());
    }

    @Test
    void valuesBeforeAnUnnamedDoseInItsListItemAreItsOwn() {
        List<RegimenComponent> got = parser.parse("Experimental group:Intravenous drip, 0.2 g once daily;Control "
                + "group:Conventional treatment", null, "f", null);
        assertEquals(List.of("dose=0.2 unit=g route=IV interval=P1D timesPerDay=1"),
                got.stream().map(Describe::of).toList());
    }

    @Test
    void anHtmlLineBreakEndsASentenceAndADoseWithItsCountInBracketsGoesToTheNameAfterIt() {
        List<RegimenComponent> got = parser.parse("Oral gefitinib for five days. <br>Day 1: 800mg (4 capsules) "
                + "gefitinib stat<br>Days 2 - 5: 400mg (2 capsules) gefitinib once daily<br>", null, "f", null);
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib route=oral maxDuration=P5D",
                "drug=gefitinib iri=drug:gefitinib dose=800 unit=mg days=d1",
                "drug=gefitinib iri=drug:gefitinib dose=400 unit=mg days=d2-5 interval=P1D timesPerDay=1"),
                got.stream().map(Describe::of).toList());
    }

    @Test
    void eachUnnamedDoseInAListItemOfItsOwnIsAComponentButDosesListedInOneItemAreNotRead() {
        List<RegimenComponent> groups = parser.parse("GCb Group: 1,250 mg/m^2 on days 1 and 8 GD Group: 1,250 mg/m^2 "
                + "on days 1 and 8", null, "f", "gemcitabine");
        assertEquals(2, groups.size(), () -> "got " + groups);
        List<RegimenComponent> cohorts = parser.parse("Dose cohorts (20mg Cohort1, 40mg Cohort2, 80mg Cohort3)", null,
                "f", "gemcitabine");
        assertEquals(java.util.Arrays.asList((Object) null), cohorts.stream().map(RegimenComponent::dose).toList(),
                () -> "got " + cohorts);
    }

    @Test
    void aDrugNameJoinedToPlaceboIsAPlacebo() {
        List<RegimenComponent> got = parser.parse("Subjects are given an erlotinib-placebo (sugar) pill for 44 weeks.",
                null, "f", null);
        assertTrue(got.stream().noneMatch(c -> "erlotinib".equals(c.drug())), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        radiotherapy 50 Gy/25 fr (2 Gy/fr) | kind=radiotherapy totalDose=50 fractions=25 dosePerFraction=2
        radiotherapy 60 Gy in 30 daily fractions | kind=radiotherapy totalDose=60 fractions=30
        radiotherapy 45 Gy in 30 twice-daily fractions | kind=radiotherapy totalDose=45 fractions=30
        radiotherapy 2 Gy × 30 fractions | kind=radiotherapy fractions=30 dosePerFraction=2
        60 Gy in 30 fractions using IMRT | kind=radiotherapy totalDose=60 fractions=30 technique=IMRT
        nivolumab 400 mg per day | drug=nivolumab iri=drug:nivolumab dose=400 unit=mg/d interval=P1D
        nivolumab 2 mg/(kg·d) | drug=nivolumab iri=drug:nivolumab dose=2 unit=mg/kg/d interval=P1D
        nivolumab 2 mg/kg.d | drug=nivolumab iri=drug:nivolumab dose=2 unit=mg/kg/d interval=P1D
        nivolumab 5 mg·kg-1 | drug=nivolumab iri=drug:nivolumab dose=5 unit=mg/kg
        docetaxel 75 mg·m-2 | drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2
        docetaxel 20 mg/(m2·d) | drug=docetaxel iri=drug:docetaxel dose=20 unit=mg/m2/d interval=P1D
        nivolumab 10 mg per kg per day | drug=nivolumab iri=drug:nivolumab dose=10 unit=mg/kg/d interval=P1D
        erlotinib 150 mg twice/day | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=2
        erlotinib 150 mg 2 times/d | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=2
        erlotinib 150 mg thrice daily | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=3
        erlotinib 150 mg one time a day | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1
        erlotinib 150 mg qn | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1
        erlotinib 150 mg every morning and evening | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=2
        bevacizumab 200 mg by IV infusion per day | drug=bevacizumab iri=drug:bevacizumab dose=200 unit=mg route=IV interval=P1D timesPerDay=1
        nivolumab 240 mg once / week | drug=nivolumab iri=drug:nivolumab dose=240 unit=mg interval=P1W
        nivolumab 240 mg 1 time per week | drug=nivolumab iri=drug:nivolumab dose=240 unit=mg interval=P1W
        nivolumab 240 mg every 2 wks | drug=nivolumab iri=drug:nivolumab dose=240 unit=mg interval=P2W
        nivolumab 240 mg, 3 weeks per cycle | drug=nivolumab iri=drug:nivolumab dose=240 unit=mg interval=P3W
        docetaxel 75 mg/m2, 21 days/cycle | drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 interval=P21D
        docetaxel 75 mg/m2 on the second day | drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 days=d2
        erlotinib 150 mg from the 2nd to the 10th day | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg days=d2-10
        erlotinib 150 mg from the second day | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg
        gemcitabine 1000 mg/m2 D1、8 | drug=gemcitabine iri=drug:gemcitabine dose=1000 unit=mg/m2 days=d1,8
        gemcitabine 1000 mg/m2（D1，8） | drug=gemcitabine iri=drug:gemcitabine dose=1000 unit=mg/m2 days=d1,8
        capecitabine 1000 mg/m2 bid d1～14 | drug=capecitabine iri=drug:capecitabine dose=1000 unit=mg/m2 days=d1-14 interval=P1D timesPerDay=2
        gefitinib 0.2 g x 2 tablets once daily | drug=gefitinib iri=drug:gefitinib dose=0.4 unit=g interval=P1D timesPerDay=1
        gefitinib 250 mg/tablet, 2 tablets once daily | drug=gefitinib iri=drug:gefitinib dose=500 unit=mg interval=P1D timesPerDay=1
        gefitinib 2 grains (250 mg) once daily | drug=gefitinib iri=drug:gefitinib dose=500 unit=mg interval=P1D timesPerDay=1
        bevacizumab 15 mg/kg ivgtt q3w | drug=bevacizumab iri=drug:bevacizumab dose=15 unit=mg/kg route=IV interval=P3W
        nivolumab 1.6 mg hypodermic injection | drug=nivolumab iri=drug:nivolumab dose=1.6 unit=mg route=subcutaneous
        """)
    void readsTheUnitsFrequenciesDaysCountsAndFractionsOfRegistryShorthand(String text, String expected) {
        readsOneComponent(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Radiotherapy at 12, 15, or 18 Gy to the tumour.", "Radiotherapy at 60 or 66 Gy."})
    void readsNoTotalFromGrayDosesOfferedAsAlternatives(String text) {
        assertEquals(List.of(), parser.parse(text, null, "f", null));
    }

    @Test
    void aLimitOnAnOrgansDoseIsNotACourse() {
        List<RegimenComponent> got = parser.parse("Radiotherapy 60 Gy in 30 fractions; spinal cord Dmax < 45 Gy, lung "
                + "V20 of 20 Gy.", null, "f", null);
        assertEquals(List.of("kind=radiotherapy totalDose=60 fractions=30"), got.stream().map(Describe::of).toList());
    }

    @Test
    void aSecondTotalWithItsOwnFractionsIsASecondCourse() {
        List<RegimenComponent> got = parser.parse("Radiotherapy 50 Gy in 25 fractions to the breast and 10 Gy in 5 "
                + "fractions to the tumour bed.", null, "f", null);
        assertEquals(List.of("kind=radiotherapy totalDose=50 fractions=25", "kind=radiotherapy totalDose=10 fractions=5"),
                got.stream().map(Describe::of).toList());
    }

    @Test
    void aDoseAfterFollowedByGoesOnWithTheLastDrugOfTheClauseBeforeIt() {
        List<RegimenComponent> got = parser.parse("Cisplatin 75 mg/m2 on day 1 plus gefitinib 500 mg once daily on "
                + "day 1, followed by 250 mg once daily for 20 days", null, "f", null);
        assertEquals("drug=gefitinib iri=drug:gefitinib dose=250 unit=mg interval=P1D timesPerDay=1 maxDuration=P20D",
                Describe.of(got.get(got.size() - 1)), () -> "got " + got);
    }

    @Test
    void whatADrugIsDilutedInIsItsVehicleNotADrugGiven() {
        List<RegimenComponent> got = parser.parse("Experimental group: gemcitabine 0.2 g once daily, after dilution "
                + "with 250 ml of 5% glucose or 0.9% sodium chloride, for 7 days", null, "f", null);
        assertEquals(List.of("gemcitabine"), got.stream().map(RegimenComponent::drug).toList(), () -> "got " + got);
    }

    @Test
    void anInterventionsScheduleInASentenceWithItsOwnComponentIsThatComponentsOnly() {
        List<RegimenComponent> got = parser.parse("Paclitaxel 225 mg/m2 on Day 1 and Day 22. Paclitaxel 45 mg/m2; "
                + "given weekly.", null, "f", "paclitaxel");
        assertEquals(java.util.Arrays.asList(null, "P1W"), got.stream().map(RegimenComponent::interval).toList(),
                () -> "got " + got);
    }

    @Test
    void aDoseInASentenceSayingItIsGivenIsTheDrugsOfTheSentenceBefore() {
        List<RegimenComponent> got = parser.parse("Erlotinib is given orally on days 8 to 21 of each cycle. During "
                + "maintenance, it is given at 150 mg daily for one year.", null, "f", null);
        String last = Describe.of(got.get(got.size() - 1));
        assertTrue(last.startsWith("drug=Erlotinib iri=drug:erlotinib dose=150 unit=mg"), last);
    }

    @Test
    void aDevelopmentCodeBeforeADoseNamesTheDrugTheLexiconLacks() {
        assertEquals(List.of("drug=ABC123 dose=200 unit=mg interval=P1D timesPerDay=2 maxDuration=P48W"),
                parser.parse("ABC123-200mg two times a day for 48 weeks", null, "f", null).stream()
                        .map(Describe::of).toList());
        assertEquals(List.of("drug=X-981 dose=0.2 unit=mg/d interval=P1D"), parser.parse("X-981 0.2 mg/day", null, "f", null)
                .stream().map(Describe::of).toList());
        assertEquals(List.of("drug=gemcitabine iri=drug:gemcitabine dose=100 unit=mg days=d15"), parser.parse(
                "gemcitabine D15 100 mg", null, "f", null).stream().map(Describe::of).toList(), "a day is no code");
    }

    @Test
    void dosesWithoutANameAreTheDrugsOfATextThatNamesOneDrugOnly() {
        List<RegimenComponent> got = parser.parse("The osimertinib drug substance is formulated as a tablet for oral "
                + "administration.\n\n* Cohorts 1-3: 16 mg QD\n* Cohort 4: 8 mg BID", null, "f", null);
        assertEquals(List.of("drug=osimertinib iri=drug:osimertinib dose=16 unit=mg route=oral interval=P1D timesPerDay=1",
                "drug=osimertinib iri=drug:osimertinib dose=8 unit=mg route=oral interval=P1D timesPerDay=2"),
                got.stream().map(Describe::of).toList());
        List<RegimenComponent> steps = parser.parse("Patients take oral erlotinib for 3 cycles. The dose is: 1st "
                + "cycle = 30 mg daily, 2nd cycle = 15 mg daily.", null, "f", null);
        assertEquals(List.of("erlotinib 30", "erlotinib 15"), steps.stream().filter(c -> c.dose() != null)
                .map(c -> c.drug() + " " + Math.round(c.dose().min())).toList(), () -> "each dose its own: " + steps);
        List<RegimenComponent> pembro = parser.parse("Patients receive pembrolizumab. The dose is 200 mg every 3 "
                + "weeks.", null, "f", null);
        assertEquals(List.of("drug=pembrolizumab iri=drug:pembrolizumab dose=200 unit=mg interval=P3W"),
                pembro.stream().map(Describe::of).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the drug has a dose of its own where it is named: another may be unknown to the lexicon
        "Patients receive 5-AC with erlotinib 400 mg/m2/day. Cohort A1: 25 mg/m2/day SC",
        // the placebo's dose, a level measured, a concentration, a name in capitals the lexicon lacks
        "Patients received erlotinib or placebo. The starting dose of placebo 200 mg orally once daily.",
        "Patients stop erlotinib. A cotinine level of 15 micrograms was used to confirm non-smoking.",
        "Patients take erlotinib. Glucose is kept between 180 and 300 mg/dL.",
        "Emulsify the erlotinib. The KLH 1 mg vial will be reconstituted in sterile water."})
    void aDoseWithoutANameIsNotGivenToTheOneDrugWhenItMayBeAnothers(String text) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertTrue(got.stream().noneMatch(c -> "erlotinib".equalsIgnoreCase(c.drug()) && c.dose() != null
                && c.dose().min() != 400), () -> "got " + got);
    }

    @Test
    void aMentionGivingOnlyARouteIsTheRouteOfTheDrugsDosesElsewhere() {
        List<RegimenComponent> got = parser.parse("Find the maximum tolerated dose of erlotinib given orally. "
                + "Escalating doses of erlotinib starting at 20mg daily.", null, "f", null);
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=20 unit=mg route=oral interval=P1D timesPerDay=1"),
                got.stream().map(Describe::of).toList());
        List<RegimenComponent> listed = parser.parse("Patients receive cisplatin 50 mg/m2 on day 4.\ncisplatin: Given IV",
                null, "f", null);
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin dose=50 unit=mg/m2 route=IV days=d4"),
                listed.stream().map(Describe::of).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Experimental group:Routine treatment + Babaodan 6 capsules, bid orally;Control group:Conventional treatment; | drug=Babaodan route=oral interval=P1D timesPerDay=2
        Experimental group:Conventional Treatment & Tanreqing Capsules (oral, 3 capsules at a time, 3 times a day); | drug=Tanreqing Capsules route=oral interval=P1D timesPerDay=3
        1. Jinhao Artemisia Antipyretic Granules 8g / time, bid, after meals | drug=Jinhao Artemisia Antipyretic Granules dose=8 unit=g interval=P1D timesPerDay=2
        """)
    void aCapitalisedNameBeforeADosageFormIsAProductTheLexiconLacks(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Matching Placebo tablets administered twice a day",
        "Oral tablets taken daily",
        "Three tablets at a time, three times daily",
        "Cisplatin Tablet 200mg Two Single Dose Pills every 12 hours",
        "This syrup is administered three times daily for two weeks",
        "The amount is dissolved in 30cc of simple BP syrup, Prescribing syrup 10cc every 8 hours",
        "participants receive oral cisplatin powder (Nature's Way Garlicin tablet) twice daily"})
    void formsControlsCountsAndBracketedBrandsAreNoProduct(String text) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertTrue(got.stream().noneMatch(c -> c.drug() != null && c.drugConceptIri() == null), () -> "got " + got);
    }

    @Test
    void twoDosesForDaysOneAfterTheOtherAreDaysOfOneSchedule() {
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin dose=1 unit=g days=d1-2",
                "drug=cisplatin iri=drug:cisplatin dose=0.5 unit=g days=d3-14"),
                parser.parse("The first dose of cisplatin was 1gx2 days, and the third day was 0.5gx12 days", null,
                        "f", null).stream().map(Describe::of).toList());
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin dose=1 unit=g maxDuration=P2D",
                "drug=cisplatin iri=drug:cisplatin dose=0.5 unit=g maxDuration=P12D"),
                parser.parse("cisplatin 1 g x 2 days, then 0.5 g x 12 days", null, "f", null).stream()
                        .map(Describe::of).toList(), "no day said where the second starts: two durations");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        cisplatin 500 mg TDS | 3
        cisplatin 500 mg QDS | 4
        cisplatin 500 mg 8/8 h | 3
        cisplatin 500 mg each 12 hours | 2
        cisplatin 500 mg at bedtime | 1
        cisplatin 500 mg HS | 1
        cisplatin 20 mg twice a day (in the morning and at bedtime) | 2
        """)
    void clinicalAbbreviationsOfADailyFrequency(String text, int timesPerDay) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(List.of(timesPerDay), got.stream().map(RegimenComponent::timesPerDay).toList(), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        erlotinib 200 mg twice a day for a period of 14 days | P14D
        erlotinib 200 mg twice a day over a period of 2 weeks | P2W
        erlotinib 200 mg twice a day for 5 consecutive days | P5D
        erlotinib 200 mg twice a day during 5 days | P5D
        erlotinib 20 mg daily for 5 consecutive days a week for 4 weeks | P4W
        erlotinib 20 mg daily for 5 consecutive days weekly | null
        """)
    void howLongADrugIsGivenWrittenAsAPeriodOrConsecutiveDays(String text, String maxDuration) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(java.util.Arrays.asList("null".equals(maxDuration) ? null : maxDuration),
                got.stream().map(RegimenComponent::maxDuration).toList(), () -> "got " + got);
    }

    @Test
    void aPlaceboHoldsItsOwnValuesAndIsNoComponent() {
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=200 unit=mg interval=P1D timesPerDay=2"),
                parser.parse("erlotinib 200 mg twice a day, along with placebo tablets at a dose of two tablets three "
                        + "times a day", null, "f", null).stream().map(Describe::of).toList());
        assertEquals(List.of(), parser.parse("Erlotinib Placebo 20 mg/day", null, "f", null),
                "a placebo named after the drug it imitates");
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1"),
                parser.parse("erlotinib or placebo 150 mg daily", null, "f", null).stream().map(Describe::of)
                        .toList(), "the drug's values, and no choice left with the placebo out");
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=5 unit=mg route=oral interval=P1D timesPerDay=1"),
                parser.parse("erlotinib 5 mg or matching placebo once daily by mouth", null, "f", null).stream()
                        .map(Describe::of).toList(), "the placebo of \"or matching placebo\" is the drug's");
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=60 unit=mg"),
                parser.parse("erlotinib (or matching placebo) at a dose of 60 mg", null, "f", null).stream()
                        .map(Describe::of).toList(), "a placebo in brackets after its drug takes nothing");
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1"),
                parser.parse("a placebo-controlled trial of erlotinib 150 mg daily", null, "f", null).stream()
                        .map(Describe::of).toList());
    }

    @Test
    void aStrengthWithItsFormIsNoDoseWhenADoseIsCalledOneAfterIt() {
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=400 unit=mg/d interval=P1D timesPerDay=1"),
                parser.parse("erlotinib 200 mg tablets, dose: 400 mg/day, daily dosing", null, "f", null).stream()
                        .map(Describe::of).toList());
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=1000 unit=mg interval=P1D timesPerDay=3"),
                parser.parse("an erlotinib-based medicine (Vomigone 500 mg tablets, registration number: 9406633) at "
                        + "a dose of 1000 mg three times a day", null, "f", null).stream().map(Describe::of).toList(),
                "a count's word inside a name (\"Vomig-one\") is no count");
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=600 unit=mg interval=P1D timesPerDay=4"),
                parser.parse("erlotinib 600 mg tablets, 4 times a day", null, "f", null).stream().map(Describe::of)
                        .toList(), "a strength alone stays the dose");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Samshamani Vati 500 mg BD for 10 days | drug=Samshamani Vati dose=500 unit=mg interval=P1D timesPerDay=2 maxDuration=P10D
        Amukra churnam 2g bid with honey | drug=Amukra churnam dose=2 unit=g interval=P1D timesPerDay=2
        Kabasura kudineer 60 ml tid | drug=Kabasura kudineer interval=P1D timesPerDay=3
        Sudarshana Ghanavati 500mg two times before meal for 1 month | drug=Sudarshana Ghanavati dose=500 unit=mg interval=P1D timesPerDay=2 maxDuration=P1M
        erlotinib 2 gm twice daily | drug=erlotinib iri=drug:erlotinib dose=2 unit=g interval=P1D timesPerDay=2
        erlotinib 3 grams daily | drug=erlotinib iri=drug:erlotinib dose=3 unit=g interval=P1D timesPerDay=1
        """)
    void ayurvedicAndSiddhaFormsNameProductsAndGramsAreWrittenManyWays(String text, String expected) {
        List<RegimenComponent> got = parser.parse(text, null, "f", null);
        assertEquals(List.of(expected), got.stream().map(Describe::of).toList());
    }

    @Test
    void aSecondDoseAfterTheFirstDaysDoseInWordsAndBdIsAComponentOfItsOwn() {
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=400 unit=mg days=d1 interval=P1D timesPerDay=2",
                "drug=erlotinib iri=drug:erlotinib dose=200 unit=mg interval=P1D timesPerDay=2"),
                parser.parse("erlotinib 400 mg BD on the first day and 200 mg BD from the second day", null, "f", null)
                        .stream().map(Describe::of).toList());
    }

    @Test
    void howASolutionIsGivenIsNoProductAndAStrengthIsNoDoseOfTheTextsOneDrug() {
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=40 unit=mg"),
                parser.parse("erlotinib 40 mg/0.4 mL Injectable Solution", null, "f", null).stream()
                        .map(Describe::of).toList());
        // the strength with its form names the product; the dose the text calls one is the drug's, a sentence later
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=1800 unit=mg interval=P1D timesPerDay=2"),
                parser.parse("Intervention1: erlotinib 200mg Tablets: Dosage Form: Tablets. <br>Dosage Frequency: "
                        + "1,800 mg BID", null, "f", null).stream().map(Describe::of).toList());
    }

    @Test
    void aDrugNamedBareInEachArmsPartIsAComponentOfEachArm() {
        String text = "Intervention 1: Intervention group: Concomitant with the national treatment recommendation "
                + "(erlotinib + gefitinib), patients will receive sorafenib 400 mg daily for 14 days. Intervention 2: "
                + "Control group: Patients will receive the national treatment recommendation (erlotinib + gefitinib) "
                + "for at least 5 days.";
        List<String> got = described(text);
        assertEquals(2, got.stream().filter(c -> c.startsWith("drug=erlotinib")).count(), got.toString());
        assertTrue(got.contains("drug=erlotinib iri=drug:erlotinib maxDuration=P5D"), got.toString());
        // a drug the control arm is said not to be given is no component of it
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=500 unit=mg interval=P1D timesPerDay=2"),
                parser.parse("Intervention1: erlotinib 500 mg twice daily<br>Control Intervention1: No drug: "
                        + "erlotinib will not be given to control group.", null, "f", null).stream().map(Describe::of)
                        .toList());
        // within one arm's part a name said again is one component, as before
        assertEquals(1, parser.parse("erlotinib and gefitinib; erlotinib is given first", null, "f", null).stream()
                .filter(c -> "erlotinib".equals(c.drug())).count());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        erlotinib 150 mg OD at night. Duration of therapy - 2 days | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P2D
        erlotinib 150 mg OD. Duration of treatment: 5 days | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P5D
        erlotinib 150 mg OD. Duration- 30 days | drug=erlotinib iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P30D
        """)
    void aDurationLabelTakesAHyphenAndSaysWhatLasts(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void theFieldLinesOfAProductsFormAreThatProductsValues() {
        String text = "Intervention1: Erlotinib syrup: Dosage Form: syrup <br>Dose: 150 mg<br>Frequency: 2 times daily "
                + "after meal <br>Route of administration: oral<br>Duration of therapy: 14 days<br><br>Control "
                + "Intervention1: Standard treatment: as per hospital protocol";
        assertEquals(List.of("drug=Erlotinib iri=drug:erlotinib dose=150 unit=mg route=oral interval=P1D timesPerDay=2 "
                + "maxDuration=P14D"), described(text));
        assertEquals(java.util.Arrays.asList((String) null), parser.parse("erlotinib 150 mg daily.<br>Patients walk "
                + "orally to the clinic", null, "f", null).stream().map(RegimenComponent::route).toList(),
                "a line that is no field of the form stays a sentence of its own");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        treated with two erlotinib 5 mg tablets every eight hours | drug=erlotinib iri=drug:erlotinib dose=10 unit=mg interval=P1D timesPerDay=3
        2 tablets of erlotinib hydrochloride 200 mg as a single dose | drug=erlotinib iri=drug:erlotinib dose=400 unit=mg
        Arm 2 erlotinib 200 mg tablets twice daily | drug=erlotinib iri=drug:erlotinib dose=200 unit=mg interval=P1D timesPerDay=2
        for 2 days erlotinib 200 mg tablets twice daily | drug=erlotinib iri=drug:erlotinib dose=200 unit=mg interval=P1D timesPerDay=2 maxDuration=P2D
        consisted of 200 mg Tab Erlotinib twice daily | drug=Erlotinib iri=drug:erlotinib dose=200 unit=mg interval=P1D timesPerDay=2
        """)
    void aCountOfTabletsNamedWithTheirProductMultipliesTheStrength(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aDoseAfterANameTheLexiconDoesNotKnowIsThatProductsNotTheDrugBefore() {
        List<RegimenComponent> got = parser.parse("Erlotinib 250 mg twice daily, and Osiltamivir 75 mg twice daily",
                null, "f", null);
        assertEquals(List.of("drug=Erlotinib iri=drug:erlotinib dose=250 unit=mg interval=P1D timesPerDay=2",
                "drug=Osiltamivir dose=75 unit=mg interval=P1D timesPerDay=2"), got.stream().map(Describe::of).toList());
        assertTrue(parser.parse("erlotinib 1600 mg bid on day 1, and Maintenance 600 mg bid", null, "f", null)
                .stream().allMatch(c -> "erlotinib".equals(c.drug())), "a word that opens an item names no product");
    }

    @Test
    void productsACtriHeadingListsAreNamedWhereTheTextDosesThem() {
        String text = "Intervention1: Kabasura kudineer, Amukkara churnam and Nellikai ilagam: Kabasura kudineer: 10gms "
                + "of drug boiled with water. <br>Convalescent medicine namely NELLIKAI ILAGAM 5gm BD and AMUKKARA "
                + "CHURNAM 2gm BD.<br>Intervention2: Voice sampling: recorded twice<br>";
        assertEquals(List.of("drug=Kabasura kudineer dose=10 unit=g",
                "drug=Nellikai ilagam dose=5 unit=g interval=P1D timesPerDay=2",
                "drug=Amukkara churnam dose=2 unit=g interval=P1D timesPerDay=2"),
                described(text));
        assertEquals(List.of("drug=Bhoumya dose=600 unit=mg", "drug=Saathmya dose=500 unit=mg"), parser.parse(
                "Intervention1: Tablet Bhoumya <br>Tablet Saathmya: Tablet Bhoumya 600mg<br>Tablet Saathmya 500mg<br>",
                null, "f", null).stream().map(Describe::of).toList(), "names on lines of their own, a form before");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        erlotinib/afatinib 400/100 mg twice daily | drug=erlotinib/afatinib doseParts=400/100 unit=mg interval=P1D timesPerDay=2
        erlotinib/afatinib 200/50 mg two tablets every 12 hours | drug=erlotinib/afatinib doseParts=400/100 unit=mg interval=P1D timesPerDay=2
        2 tablets of erlotinib/afatinib 200/50 mg every 12 hours | drug=erlotinib/afatinib doseParts=400/100 unit=mg interval=P1D timesPerDay=2
        erlotinib/afatinib 200 mg/50 mg, 2 tablets twice daily | drug=erlotinib/afatinib doseParts=400/100 unit=mg interval=P1D timesPerDay=2
        erlotinib/afatinib 5/325 mcg daily | drug=erlotinib/afatinib doseParts=5/325 unit=ug interval=P1D timesPerDay=1
        """)
    void readsAFixedCombinationsDosesOnePerDrug(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aCountOfAnotherDrugsTabletsOrAThousandsSeparatorIsNoPartOfACombinationsDoses() {
        List<RegimenComponent> got = parser.parse("2 tablets of gefitinib and erlotinib/afatinib 200/50 mg bid", null,
                "f", null);
        assertEquals("200/50", got.get(got.size() - 1).doseParts(), () -> "components: " + got);
        assertTrue(parser.parse("erlotinib/afatinib 1,000/50 mg bid", null, "f", null).stream()
                .noneMatch(c -> "0/50".equals(c.doseParts())), "no part read from after a thousands separator");
    }

    @Test
    void aDoseAndACombinationsDosesForOneDrugContradictEachOther() {
        assertEquals(List.of("drug=erlotinib/afatinib interval=P1D timesPerDay=2"), parser.parse("erlotinib/afatinib "
                + "400/100 mg bid plus 1.6 mg", null, "f", null).stream().map(Describe::of).toList());
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel"), parser.parse("paclitaxel 85/100 mg/m2", null, "f",
                null).stream().map(Describe::of).toList(), "no combination doses per area");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        radiotherapy 60 Gy/30 to the primary | kind=radiotherapy totalDose=60 fractions=30
        radiotherapy 45Gy/25-28. | kind=radiotherapy totalDose=45 fractions=25-28
        radiotherapy 50 Gy/5 weeks | kind=radiotherapy totalDose=50
        """)
    void aBareCountAfterGrayAndASlashIsTheFractions(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aCourseWrittenTwiceIsOneAndATechniqueWrittenAloneIsTheCoursesTechnique() {
        String text = "Radiotherapy: Intensity-modulated radiotherapy (IMRT).\n1. 37.5Gy/15 fractions of whole brain "
                + "irradiation for more than 5 metastases;\n2. The whole brain was irradiated with 37.5Gy/15 and "
                + "simultaneous integrated boost dose of 52.5Gy /15 to patients with 1-5 lesions.";
        assertEquals(List.of("kind=radiotherapy totalDose=37.5 fractions=15 technique=IMRT",
                "kind=radiotherapy totalDose=52.5 fractions=15 technique=IMRT"),
                described(text));
    }

    @Test
    void aRouteSaidOfAllInALineOfItsOwnIsEveryDrugsOfItsArmBeforeIt() {
        List<RegimenComponent> got = parser.parse("Intervention1: 1. erlotinib 150 mg BD<br>2. gefitinib 250 mg once a "
                + "day<br>all to be taken orally <br>Control Intervention1: afatinib 40 mg daily", null, "f", null);
        assertEquals(java.util.Arrays.asList("oral", "oral", null), got.stream().map(RegimenComponent::route).toList(),
                () -> "components: " + got);
    }

    @Test
    void aDayLabelOpeningASentenceWithACommaIsTheDaysOfTheDrugAfterIt() {
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=500 unit=mg route=IV days=d1",
                "drug=dexamethasone iri=drug:dexamethasone dose=250 unit=mg route=IV days=d2,3",
                "drug=erlotinib iri=drug:erlotinib dose=25 unit=mg route=oral interval=P1D timesPerDay=1"),
                described("At Day 1: Amp. dexamethasone 500mg IV infusion over 1 hour. At Day 2 and 3, Amp. "
                        + "dexamethasone 250mg IV infusion over 1 hour. Then, Tab. erlotinib 25mg, per oral, daily"));
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin dose=75 unit=mg/m2 days=d1",
                "drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 days=d8"),
                described("cisplatin 75 mg/m2 day 1, docetaxel 75 mg/m2 day 8"), "not inside a sentence");
    }

    @Test
    void inductionBeginsAtTheFirstDrugTheMaintenanceGoesOnWith() {
        List<RegimenComponent> got = parser.parse("(standard care: cisplatin 75 mg/m2 on day 1) pemetrexed 500 mg/m2 on "
                + "day 1, every 3 weeks, followed by pemetrexed 500 mg/m2 maintenance every 3 weeks", null, "f", null);
        assertEquals(java.util.Arrays.asList(null, "induction", "maintenance"),
                got.stream().map(RegimenComponent::treatmentPhase).toList(), () -> "components: " + got);
        List<RegimenComponent> all = parser.parse("pemetrexed 500 mg/m2 and cisplatin 75 mg/m2 on day 1 every 3 weeks, "
                + "followed by pemetrexed 500 mg/m2 maintenance every 3 weeks", null, "f", null);
        assertEquals(List.of("induction", "induction", "maintenance"),
                all.stream().map(RegimenComponent::treatmentPhase).toList(), () -> "components: " + all);
    }

    @Test
    void aDoseBeforeTheFormOfItsDrugIsTheDrugs() {
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=4 unit=mg interval=P1D timesPerDay=1 "
                + "maxDuration=P10D"), described("A 4 mg tablet of dexamethasone daily for 10 days."));
    }

    @Test
    void aStrengthUnderItsLabelIsNoDose() {
        assertEquals(List.of("drug=heparin iri=drug:heparin interval=P1D timesPerDay=3"),
                described("Medicine: heparin syrup, Density: 500 mg per 2 cc, 3 times a day"));
    }

    @Test
    void givenPlasmaHoldsItsOwnValues() {
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=6 unit=mg interval=P1D timesPerDay=1 "
                + "maxDuration=P10D"), described("dexamethasone 6 mg daily for 10 days) plus plasma of patients "
                + "recovered from covid-19 500 U every week for at least 3 weeks"));
        assertEquals(List.of("drug=heparin iri=drug:heparin dose=5000 unit=[iU] interval=P1D timesPerDay=2"),
                described("heparin 5000 units twice a day; convalescent plasma 200 ml on day 1 and day 3"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        dextrose 1.4g/day, three times a day | drug=dextrose iri=drug:dextrose dose=1.4 unit=g/d interval=P1D timesPerDay=3
        vitamin d3 2000 IU/day for 8 weeks | drug=vitamin d3 iri=drug:cholecalciferol dose=2000 unit=[iU]/d interval=P1D maxDuration=P8W
        ivig 0.4 g/kg/day for 5 days | drug=ivig iri=drug:immunoglobulin dose=0.4 unit=g/kg/d route=IV interval=P1D maxDuration=P5D
        heparin 500 mcg/day | drug=heparin iri=drug:heparin dose=500 unit=ug/d interval=P1D
        """)
    void otherMassesPerDayAreUnitsPerDay(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aPlaceboContentsAndAnExcipientAreNoComponents() {
        assertEquals(List.of("drug=heparin iri=drug:heparin dose=200 unit=mg maxDuration=P7D",
                "drug=dexamethasone iri=drug:dexamethasone dose=200 unit=mg maxDuration=P7D"),
                described("Capsule (each capsule contains 200 mg of heparin, 200 mg of dexamethasone and 100 mg of "
                        + "dextrose as filler), for 7 days"));
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=6 unit=mg interval=P1D timesPerDay=1"),
                described("Intervention group: dexamethasone 6 mg daily. Control group: 2 placebos (500 mg of "
                        + "dextrose) daily"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        dexamethasone 12 mg/day in three divided doses | drug=dexamethasone iri=drug:dexamethasone dose=12 unit=mg/d interval=P1D timesPerDay=3
        dexamethasone 12 mg daily in two divided doses | drug=dexamethasone iri=drug:dexamethasone dose=12 unit=mg interval=P1D timesPerDay=2
        dexamethasone 12 mg, divided into 2 equal doses | drug=dexamethasone iri=drug:dexamethasone dose=12 unit=mg interval=P1D timesPerDay=2
        """)
    void dividedDosesAreTimesADay(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients receive etoposide IV daily for 5 days. The course repeats every 21 days. | drug=etoposide iri=drug:etoposide route=IV days=d1-5 interval=P21D timesPerDay=1
        Patients receive etoposide IV daily for 4 weeks. Treatment continues every 4 weeks. | drug=etoposide iri=drug:etoposide route=IV days=d1-28 interval=P4W timesPerDay=1
        Patients receive oral etoposide daily on days 1-5. Treatment repeats every 28 days. | drug=etoposide iri=drug:etoposide route=oral days=d1-5 interval=P28D timesPerDay=1
        Patients receive oral etoposide daily. Courses repeat every 28 days. | drug=etoposide iri=drug:etoposide route=oral interval=P1D timesPerDay=1
        Patients receive paclitaxel IV weekly for 3 weeks. Courses repeat every 28 days. | drug=paclitaxel iri=drug:paclitaxel route=IV days=d1,8,15 interval=P28D
        Patients receive paclitaxel IV weekly for 4 weeks. Courses repeat every 28 days. | drug=paclitaxel iri=drug:paclitaxel route=IV interval=P1W maxDuration=P4W
        """)
    void aDrugGivenDailyForSomeDaysOfARepeatingCourseIsGivenOnThoseDaysOfEach(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aRouteAloneDoesNotKeepAListFromSharingItsDays() {
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1 interval=P21D",
                "drug=carboplatin iri=drug:carboplatin route=IV days=d1 interval=P21D"),
                described("Patients receive paclitaxel IV over 3 hours and carboplatin IV over 30 minutes on day 1 "
                        + "every 21 days."));
        assertEquals(List.of("drug=Gemcitabine iri=drug:gemcitabine route=IV days=d1-3",
                "drug=etoposide iri=drug:etoposide route=IV days=d1-3 interval=P1D timesPerDay=2"),
                described("Gemcitabine IV continuously and etoposide IV over 2 hours every 12 hours on days 1-3."),
                "a continuous infusion shares the days only");
    }

    @Test
    void aListOfBracketedDosesSharesTheRouteAndDaysAfterIt() {
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin dose=75 unit=mg/m2 route=IV days=d1,8",
                "drug=etoposide iri=drug:etoposide dose=10 unit=[iU]/m2 route=IV days=d1,8",
                "drug=gemcitabine iri=drug:gemcitabine dose=1000 unit=mg/m2 route=IV days=d1,8"),
                described("Patients receive cisplatin (75 mg/m2), etoposide (10 u/m2), and gemcitabine (1000 mg/m2) "
                        + "intravenously (IV) on days 1 and 8."));
    }

    @Test
    void aPhaseHeadingIsThePhaseOfWhatFollowsIt() {
        List<RegimenComponent> got = parser.parse("INDUCTION PHASE: Patients receive cisplatin IV on day 1. "
                + "CONSOLIDATION PHASE: Patients receive cisplatin as in the induction phase and etoposide IV on days "
                + "1-3. CONTINUATION: Patients receive oral etoposide daily.", null, "f", null);
        assertEquals(List.of("induction", "consolidation", "consolidation", "maintenance"),
                got.stream().map(RegimenComponent::treatmentPhase).toList(), () -> "components: " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients receive etoposide IV twice weekly. Courses repeat every 4 weeks. | drug=etoposide iri=drug:etoposide route=IV interval=P4W
        etoposide 50 mg 3 times weekly | drug=etoposide iri=drug:etoposide dose=50 unit=mg
        a 1 gm dose of etoposide | drug=etoposide iri=drug:etoposide dose=1 unit=g
        """)
    void twiceWeeklyIsNoIntervalAndADoseOfItsDrugIsItsDose(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aReceptorIsNotItsHormone() {
        assertEquals(List.of("drug=etoposide iri=drug:etoposide route=oral interval=P1D timesPerDay=1 maxDuration=P5Y"),
                described("Patients with progesterone receptor-positive tumours receive oral etoposide daily for 5 years."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        bevacizumab 40 mg every other week | drug=bevacizumab iri=drug:bevacizumab dose=40 unit=mg interval=P2W
        bevacizumab 40 mg fortnightly | drug=bevacizumab iri=drug:bevacizumab dose=40 unit=mg interval=P2W
        bevacizumab 40 mg on alternate weeks | drug=bevacizumab iri=drug:bevacizumab dose=40 unit=mg interval=P2W
        cisplatin 100 mg every third week | drug=cisplatin iri=drug:cisplatin dose=100 unit=mg interval=P3W
        pembrolizumab 400 mg once a month | drug=pembrolizumab iri=drug:pembrolizumab dose=400 unit=mg interval=P1M
        paclitaxel 60 mg/m2 intraperitoneally on day 8 | drug=paclitaxel iri=drug:paclitaxel dose=60 unit=mg/m2 route=intraperitoneal days=d8
        bevacizumab 1.25 mg intravitreal injection | drug=bevacizumab iri=drug:bevacizumab dose=1.25 unit=mg route=intravitreal
        dexamethasone cream applied topically twice daily | drug=dexamethasone iri=drug:dexamethasone route=topical interval=P1D timesPerDay=2
        heparin 5000 units SQ | drug=heparin iri=drug:heparin dose=5000 unit=[iU] route=subcutaneous
        heparin 5000 units subQ | drug=heparin iri=drug:heparin dose=5000 unit=[iU] route=subcutaneous
        dexamethasone 30 mg/m2 IT on days 0 and 7 | drug=dexamethasone iri=drug:dexamethasone dose=30 unit=mg/m2 route=intrathecal days=d0,7
        Patients receive IT Dexamethasone on day 1 | drug=Dexamethasone iri=drug:dexamethasone route=intrathecal days=d1
        """)
    void readsEveryNthWeekMonthlyAndTheLessCommonRoutes(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void itInCapitalsIsNoRouteBeforeTherapyNorASquareMetreSubcutaneous() {
        assertEquals(List.of("drug=Dexamethasone iri=drug:dexamethasone dose=10 unit=mg"),
                described("Dexamethasone 10 mg IT Therapy."));
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin dose=75 unit=mg/m2"), described("cisplatin 75 mg/SQ M"));
    }

    @Test
    void aBracketOfDrugsNamesOnlyTakesTheValuesAfterIt() {
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin route=IV days=d1-3 interval=P21D",
                "drug=etoposide iri=drug:etoposide route=IV days=d1-3 interval=P21D"),
                described("Chemotherapy (cisplatin + etoposide) IV on days 1-3 every 21 days"));
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib route=oral interval=P1D timesPerDay=2"),
                described("Participants receive study drug (erlotinib) twice daily by mouth."));
        assertEquals(List.of("drug=toripalimab iri=drug:toripalimab dose=240 unit=mg route=IV"),
                described("toripalimab (JS001) 240 mg IV"), "a bracket after a drug's name holds its other name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Oral dose administered once daily for 16 weeks. Dose adjustment based on dextrose level. | bevacizumab | drug=bevacizumab iri=drug:bevacizumab route=oral interval=P1D timesPerDay=1 maxDuration=P16W
        20 mg once daily; the dose is titrated to the serum heparin concentration | bevacizumab | drug=bevacizumab iri=drug:bevacizumab dose=20 unit=mg interval=P1D timesPerDay=1
        """)
    void aSubstanceMeasuredIsNoDrugOfTheDosesBesideIt(String text, String name, String expected) {
        assertEquals(List.of(expected), parser.parse(text, null, "f", name).stream().map(Describe::of).toList());
    }

    @Test
    void aFrequencyBeforeTheDrugsNameIsItsOwn() {
        assertEquals(List.of("drug=erlotinib iri=drug:erlotinib dose=150 unit=mg route=oral interval=P1D timesPerDay=2"),
                described("Patients receive twice daily oral erlotinib 150 mg"));
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel dose=80 unit=mg/m2 interval=P1W"),
                described("Patients receive once weekly paclitaxel 80 mg/m2"));
    }

    @Test
    void aDoseBeforeTheOnlyDrugNamedIsItsWhenThatIsTheInterventionsOwn() {
        assertEquals(List.of("drug=gemcitabine iri=drug:gemcitabine dose=1000 unit=mg/m2 route=IV days=d1"),
                parser.parse("1000 mg/m2, 30 minute intravenous infusion on day 1. In cycle 2, gemcitabine is given "
                        + "before radiation therapy.", null, "f", "gemcitabine").stream().map(Describe::of).toList());
        List<RegimenComponent> got = parser.parse("RAD001 will be taken orally at a dose of 30 mg every week. "
                + "Gemcitabine will then be given as an infusion.", null, "f", "gemcitabine");
        assertTrue(got.stream().noneMatch(c -> "gemcitabine".equalsIgnoreCase(c.drug()) && c.dose() != null),
                () -> "a code the lexicon lacks keeps its dose: " + got);
    }

    @Test
    void aClassInBracketsAfterADrugIsItsOtherName() {
        assertEquals(List.of("drug=filgrastim iri=drug:filgrastim route=subcutaneous interval=P1D timesPerDay=1"),
                described("Patients receive filgrastim (G-CSF) subcutaneously daily until blood counts recover."));
        assertEquals(List.of("drug=filgrastim iri=drug:filgrastim days=d3", "drug=G-CSF iri=drug:filgrastim days=d4"),
                described("Course 1: filgrastim (G-CSF) day 3. Course 2: G-CSF day 4."), "and the class named later");
    }

    @Test
    void cellsGivenHoldTheirOwnDaysAndRoute() {
        assertEquals(List.of("drug=melphalan iri=drug:melphalan dose=200 unit=mg/m2 route=IV"),
                described("Patients receive melphalan 200 mg/m2 IV followed by autologous peripheral blood stem cells "
                        + "IV on day 0."));
        assertEquals(List.of("drug=filgrastim iri=drug:filgrastim dose=5 unit=ug/kg route=subcutaneous days=d1"),
                described("filgrastim 5 ug/kg SC on day 1 before stem cell collection"),
                "cells collected are not cells given");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients receive filgrastim SC beginning on day 6 and continuing until blood counts recover. | drug=filgrastim iri=drug:filgrastim route=subcutaneous
        sargramostim SC daily starting on day 3 | drug=sargramostim iri=drug:sargramostim route=subcutaneous interval=P1D timesPerDay=1
        trastuzumab IV beginning on day 1 of week 13 and continuing weekly | drug=trastuzumab iri=drug:trastuzumab route=IV days=d1 interval=P1W
        """)
    void theDayADrugBeginsOnIsNotItsOnlyDay(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aDextroseSolutionIsNoDay() {
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin dose=100 unit=mg/m2 route=IV"),
                described("cisplatin 100 mg/m2 IV in 500 cc D5W over 2 hours"));
    }

    @Test
    void chemotherapyNamedBesideTheDrugsItIsIsNoComponentOfItsOwn() {
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1 interval=P3W",
                "drug=filgrastim iri=drug:filgrastim route=subcutaneous interval=P1D timesPerDay=1"),
                described("Patients receive paclitaxel IV on day 1 every 3 weeks. Beginning 24 hours after "
                        + "chemotherapy, patients receive filgrastim SC daily."));
        assertTrue(described("Tislelizumab 200mg Q3W + chemotherapy 1-4 cycles")
                .contains("drug=chemotherapy iri=class:cytotoxic-chemotherapy cycles=1-4"), "unless a value is its own");
        // NCT00003298: in a text naming two drugs, a schedule written for chemotherapy with no dose is theirs
        List<String> got = described("Patients receive 3 courses of preoperative neoadjuvant chemotherapy given on "
                + "day 1 every 21 days. Courses consist of cisplatin and paclitaxel on day 1.");
        assertTrue(got.stream().noneMatch(c -> c.contains("chemotherapy")), got.toString());
        assertEquals(2, got.size(), got.toString());
    }

    @Test
    void chemotherapyAsTheInterventionIsTheDrugsItsTextNames() {
        // NCT05286957: the intervention is chemotherapy and its text names the drugs it is, with none of its own dose
        List<String> got = parser.parse("MRD- patients receive adjuvant chemotherapy: cisplatin + paclitaxel or "
                + "cisplatin + pemetrexed, limited to 4 cycles", null, "f", "chemotherapy").stream()
                .map(Describe::of).toList();
        assertTrue(got.stream().noneMatch(c -> c.contains("cytotoxic-chemotherapy")), got.toString());
        assertEquals(3, got.size(), got.toString());
        // a schedule written for chemotherapy that is the intervention stays its own beside the drugs given with it
        assertTrue(parser.parse("Chemotherapy on day 1 every 21 days for 4 cycles, with ondansetron and dexamethasone "
                + "as antiemetics", null, "f", "chemotherapy").stream().map(Describe::of)
                .anyMatch(c -> c.contains("cytotoxic-chemotherapy")));
        // one drug named beside it leaves the chemotherapy a component of its own
        assertTrue(parser.parse("Chemotherapy for 4 cycles plus erlotinib 150 mg daily", null, "f", "chemotherapy")
                .stream().map(Describe::of).anyMatch(c -> c.contains("cytotoxic-chemotherapy")));
    }

    @Test
    void aDrugPlacedAfterAPhaseIsOverTakesNotItsArmLabelsPhase() {
        // NCT00491816, arm "erlotinib with neoadjuvant chemotherapy"
        List<String> got = parser.parse("Study drug, erlotinib, is administered along with neoadjuvant chemotherapy. "
                + "Adjuvant therapy given at discretion of treating physician. Once adjuvant therapy is completed, all "
                + "patients will receive erlotinib 150 mg daily for 1 year.", "erlotinib with neoadjuvant chemotherapy",
                "f", null).stream().map(Describe::of).toList();
        String arm = "arm=erlotinib with neoadjuvant chemotherapy ";
        assertEquals(List.of(arm + "drug=erlotinib iri=drug:erlotinib phase=neoadjuvant", arm + "drug=erlotinib "
                + "iri=drug:erlotinib dose=150 unit=mg interval=P1D timesPerDay=1 maxDuration=P1Y"), got);
        // without a phase over before it, or after an earlier phase than the label's, the drug takes the label's
        assertTrue(parser.parse("Patients receive erlotinib 150 mg daily.", "neoadjuvant erlotinib", "f", null).stream()
                .map(Describe::of).allMatch(c -> c.endsWith("phase=neoadjuvant")));
        assertTrue(parser.parse("Following neoadjuvant chemotherapy and surgery, patients receive capecitabine 1000 "
                + "mg/m2 twice daily.", "adjuvant capecitabine", "f", null).stream().map(Describe::of)
                .allMatch(c -> c.endsWith("phase=adjuvant")));
    }

    @Test
    void aRestInQuotesClosesTheCourse() {
        // NCT00003950: "followed by a 2 week 'rest' period" closes a 6-week course of weekly doses
        assertEquals(List.of("drug=irinotecan iri=drug:irinotecan days=d1,8,15,22 interval=P6W"),
                described("Administration of irinotecan weekly for 4 weeks followed by a 2 week 'rest' period with no "
                        + "drug given."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients receive irinotecan IV every week for 4 weeks followed by a 2 week rest period. | drug=irinotecan iri=drug:irinotecan route=IV days=d1,8,15,22 interval=P6W
        capecitabine 1000 mg/m2 orally twice daily for 14 days followed by a 7 day rest period | drug=capecitabine iri=drug:capecitabine dose=1000 unit=mg/m2 route=oral days=d1-14 interval=P3W timesPerDay=2
        Patients receive irinotecan IV on days 1, 8, 15, and 22. This is followed by a 2 week rest. | drug=irinotecan iri=drug:irinotecan route=IV days=d1,8,15,22 interval=P6W
        docetaxel 35 mg/m2 IV on days 1, 8, and 15, for 3 weeks followed by one week of rest | drug=docetaxel iri=drug:docetaxel dose=35 unit=mg/m2 route=IV days=d1,8,15 interval=P4W
        etoposide orally once daily for 5 days each 2 weeks, followed by 2 weeks off | drug=etoposide iri=drug:etoposide route=oral days=d1-5 interval=P1D timesPerDay=1
        """)
    void aRestAfterTheDaysADrugIsGivenClosesItsCourse(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aCourseSentenceIsTheCourseOfTheDrugsGivenOnItsDaysBeforeIt() {
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1 interval=P3W cycles=6",
                "drug=cisplatin iri=drug:cisplatin route=IV days=d1-3 interval=P3W cycles=6",
                "drug=filgrastim iri=drug:filgrastim route=subcutaneous interval=P3W cycles=6"),
                described("Patients receive paclitaxel IV on day 1 followed by cisplatin IV on days 1-3. Patients "
                        + "receive filgrastim SC until blood counts recover. Treatment repeats every 3 weeks for 6 "
                        + "courses."));
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1",
                "drug=cisplatin iri=drug:cisplatin route=IV days=d1-3 interval=P3W"),
                described("Patients receive paclitaxel IV on day 1. Patients undergo surgery. Postoperative "
                        + "therapy is cisplatin IV on days 1-3. Treatment repeats every 3 weeks. Patients are "
                        + "followed every 6 months."), "not across a sentence without drugs, nor from follow-up");
    }

    @Test
    void aDrugNamedAsTheTimeAnotherIsGivenIsNoComponentOfItsOwn() {
        assertEquals(List.of("drug=gemcitabine iri=drug:gemcitabine route=IV days=d1,8 interval=P3W",
                "drug=pemetrexed iri=drug:pemetrexed route=IV days=d8 interval=P3W"),
                described("Patients receive gemcitabine IV over 30 minutes on days 1 and 8. pemetrexed IV is given "
                        + "over 10 minutes 90 minutes following gemcitabine on day 8. Treatment repeats every 3 weeks."));
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1",
                "drug=trastuzumab iri=drug:trastuzumab route=IV days=d1"),
                described("paclitaxel IV on day 1 and trastuzumab IV immediately after the last paclitaxel dose on "
                        + "day 1"));
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=20 unit=mg",
                "drug=paclitaxel iri=drug:paclitaxel dose=175 unit=mg/m2 route=IV",
                "drug=paclitaxel iri=drug:paclitaxel route=IV days=d1"),
                described("dexamethasone 20 mg 30 minutes before paclitaxel 175 mg/m2 IV. Then paclitaxel IV on "
                        + "day 1."), "not a name with its own dose after it");
    }

    @Test
    void aVaccinesAdjuvantIsNoPhase() {
        assertEquals(List.of("drug=sargramostim iri=drug:sargramostim route=subcutaneous interval=P2W"),
                described("sargramostim mixed with incomplete Freund's adjuvant SC every 2 weeks"));
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV interval=P3W phase=adjuvant"),
                described("adjuvant paclitaxel IV every 3 weeks"), "adjuvant therapy still is");
    }

    @Test
    void howOftenPatientsAreSeenIsNoInterval() {
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=30 unit=mg/d interval=P1D maxDuration=P2W"),
                described("dexamethasone 30 mg/day for 2 weeks, with monthly visits"));
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=4 unit=mg route=oral interval=P1D "
                + "timesPerDay=1 maxDuration=P4D"), described("dexamethasone 4 mg orally once nightly for 4 nights"),
                "and nights are days");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients receive gemcitabine IV on days 1 and 8 every 4 weeks. Patients in complete remission receive 2 additional courses. | drug=gemcitabine iri=drug:gemcitabine route=IV days=d1,8 interval=P4W
        Patients receive gemcitabine IV on days 1 and 8. Treatment repeats every 4 weeks for a minimum of 3 courses. | drug=gemcitabine iri=drug:gemcitabine route=IV days=d1,8 interval=P4W
        Patients receive cisplatin IV on day 1. Courses repeat every 3 weeks. Patients achieving a complete response receive 3 courses past CR. | drug=cisplatin iri=drug:cisplatin route=IV days=d1 interval=P3W
        Patients receive 5 28-day cycles of etoposide 100 mg/m2 on days 1-3. | drug=etoposide iri=drug:etoposide dose=100 unit=mg/m2 days=d1-3 interval=P28D cycles=5
        """)
    void coursesAddedAfterAResponseOrAtLeastAreNotTheCoursesPlanned(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aDrugWhoseDoseEscalatesInASentenceOfItsOwnIsAComponentOfItsOwn() {
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1 interval=P3W",
                "drug=paclitaxel iri=drug:paclitaxel"),
                described("Patients receive paclitaxel IV on day 1. Courses repeat every 3 weeks. Cohorts of 3-6 "
                        + "patients receive escalating doses of paclitaxel until the maximum tolerated dose is "
                        + "determined."));
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1 interval=P3W"),
                described("Patients receive paclitaxel IV on day 1. Courses repeat every 3 weeks. Patients receive "
                        + "paclitaxel until disease progression."), "not a drug named again without values");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Patients receive dexamethasone PO or IV on days 1-4. | drug=dexamethasone iri=drug:dexamethasone route=oral days=d1-4
        filgrastim IV or SC daily | drug=filgrastim iri=drug:filgrastim route=IV interval=P1D timesPerDay=1
        filgrastim subcutaneously or intravenously on days 5-12 | drug=filgrastim iri=drug:filgrastim route=subcutaneous days=d5-12
        """)
    void ofTwoRoutesWrittenAsAlternativesTheFirstIsTheRoute(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        paclitaxel 80 mg/m2 IV on day 1 of each week | drug=paclitaxel iri=drug:paclitaxel dose=80 unit=mg/m2 route=IV days=d1 interval=P1W
        etoposide orally on days 4-5 each week | drug=etoposide iri=drug:etoposide route=oral days=d4-5 interval=P1W
        etoposide orally for 5 days each week | drug=etoposide iri=drug:etoposide route=oral days=d1-5 interval=P1W
        dexamethasone gradually reduced to 5 mg each week | drug=dexamethasone iri=drug:dexamethasone dose=5 unit=mg
        """)
    void eachWeekIsWeeklyUnlessItIsHowADoseChanges(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        vinorelbine 30 mg/m2/week IV | drug=vinorelbine iri=drug:vinorelbine dose=30 unit=mg/m2 route=IV interval=P1W
        filgrastim 25μg(s.c.)/2weeks until Hb reaches 10g/dL | drug=filgrastim iri=drug:filgrastim dose=25 unit=ug route=subcutaneous interval=P2W
        dexamethasone 5 mg twice daily if creatinine is 1.5 mg/dL or higher | drug=dexamethasone iri=drug:dexamethasone dose=5 unit=mg interval=P1D timesPerDay=2
        """)
    void aDosePerWeekIsWeeklyAndAnAmountPerDecilitreIsNoDose(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void radiotherapyNamedWithOnlyItsLengthIsNoComponent() {
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin route=IV days=d1 interval=P1W"),
                described("Patients receive cisplatin IV on day 1 weekly and radiation therapy daily for 6 weeks."));
        assertEquals(List.of("drug=cisplatin iri=drug:cisplatin route=IV days=d1 interval=P1W",
                "kind=radiotherapy totalDose=60 fractions=30"),
                described("Patients receive cisplatin IV on day 1 weekly and radiotherapy 60 Gy in 30 fractions."),
                "but with its dose it is");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        carboplatin 200 mg/m2 IV on day 1 of radiotherapy and repeated every six weeks for a total of 6 cycles | drug=carboplatin iri=drug:carboplatin dose=200 unit=mg/m2 route=IV days=d1 interval=P6W cycles=6
        cisplatin 40 mg/m2 IV weekly during radiotherapy for 6 weeks | drug=cisplatin iri=drug:cisplatin dose=40 unit=mg/m2 route=IV interval=P1W maxDuration=P6W
        """)
    void radiotherapyNamedAsTheTimeADrugIsGivenHoldsNoValues(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void theFirstDayOrDaysOfALoadingDoseAreItsDays() {
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=400 unit=mg days=d1 interval=P1D "
                + "timesPerDay=2", "drug=dexamethasone iri=drug:dexamethasone dose=200 unit=mg interval=P1D timesPerDay=2 "
                + "maxDuration=P5D"),
                described("dexamethasone 400 mg every 12 hours for the first day then 200 mg every 12 hours for 5 "
                        + "days"));
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=800 unit=mg days=d1-2",
                "drug=dexamethasone iri=drug:dexamethasone dose=400 unit=mg interval=P1W maxDuration=P6W"),
                described("dexamethasone 800 mg for first 2 days followed by 400 mg once a week for 6 weeks"));
    }

    @Test
    void aFirstDayOpeningASentenceIsTheDayOfTheDrugAfterIt() {
        assertEquals(List.of("drug=dexamethasone iri=drug:dexamethasone dose=200 unit=mg days=d1",
                "drug=paclitaxel iri=drug:paclitaxel dose=400 unit=mg"),
                described("On the first day, patients will receive dexamethasone at a dose of 200 mg, and from the "
                        + "second day for six consecutive days, they will receive paclitaxel 400 mg."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        dexamethasone 4 mg every 12 hours. Treatment will last 1 month. | drug=dexamethasone iri=drug:dexamethasone dose=4 unit=mg interval=P1D timesPerDay=2 maxDuration=P1M
        dexamethasone 4 mg twice a day. The duration of herbal supplement taking is one week. | drug=dexamethasone iri=drug:dexamethasone dose=4 unit=mg interval=P1D timesPerDay=2 maxDuration=P1W
        dexamethasone 4 mg daily. Each cycle will last 28 days. The duration of follow-up is 12 months. | drug=dexamethasone iri=drug:dexamethasone dose=4 unit=mg interval=P1D timesPerDay=1
        """)
    void howLongTreatmentLastsIsItsDuration(String text, String expected) {
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aDevelopmentCodeGivenOrGivenByARouteIsTheDrugGiven() {
        // NCT00006221, NCT02465060, NCT00005624: codes the lexicon lacks, each mention of the code a component
        assertEquals(List.of("drug=BMS-247550 route=IV interval=P1W", "drug=BMS-247550"),
                described("Patients receive BMS-247550 IV over 1 hour once weekly. Cohorts of 3-6 patients receive "
                        + "escalating doses of BMS-247550 until the maximum tolerated dose is determined."));
        assertEquals(List.of("drug=AZD4547 route=oral days=d1-28 interval=P28D timesPerDay=2"),
                described("Patients with FGFR1-3 mutation receive FGFR Inhibitor AZD4547 PO BID on days 1-28. "
                        + "Courses repeat every 28 days."));
        assertEquals(List.of("drug=CI-994 route=oral interval=P1D timesPerDay=1"),
                described("Patients receive CI-994 orally daily."));
        // a code a noun follows is no drug; a code beside a known name in brackets leaves the values to that name
        assertEquals(List.of(), described("Patients receive COVID-19 vaccine as advised."));
        assertEquals(List.of("drug=sargramostim iri=drug:sargramostim interval=P1D timesPerDay=2"),
                described("Patients receive oral AB-941 (sargramostim) twice daily."));
    }

    @Test
    void aWholeNameOnlyNameRightBeforeADoseIsTheDrugGiven() {
        // NCT00497458: "testosterone" is read only as a whole intervention name (a word of trial language), yet a
        // dose after it makes it the drug given; a word after another word ("drinking water") is not
        RegimenParser shipped = new RegimenParser(SkosDrugLexicon.shipped());
        assertEquals(List.of("drug=Arimidex iri=drug:anastrozole dose=1 unit=mg",
                "drug=testosterone iri=drug:testosterone dose=40 unit=mg"),
                shipped.parse("Arimidex 1mg and testosterone 40mg", null, "f", null).stream().map(Describe::of)
                        .toList());
        assertEquals(List.of(), shipped.parse("Serum testosterone levels are measured.", null, "f", null));
    }

    @Test
    void aDrugWithAnotherSharesItsSchedule() {
        // NCT00002825, NCT00463606: "A with B" (nothing between) and "A in combination with B" give both drugs the
        // schedule written after B; a schedule written for A before "with" stays A's, and milk is what a drug is in
        assertEquals(List.of("drug=docetaxel iri=drug:docetaxel interval=P21D cycles=12",
                "drug=filgrastim iri=drug:filgrastim interval=P21D cycles=12"),
                described("All patients receive docetaxel with filgrastim every 21 days for up to 12 courses."));
        assertEquals(List.of("drug=irinotecan iri=drug:irinotecan dose=135 unit=mg interval=P1D timesPerDay=1 "
                + "maxDuration=P12W", "drug=cisplatin iri=drug:cisplatin dose=5 unit=mg interval=P1D timesPerDay=1 "
                + "maxDuration=P12W"),
                described("irinotecan 135 mg in combination with cisplatin 5 mg, once daily for 12 weeks"));
        assertEquals(List.of("drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 interval=P3W cycles=4",
                "drug=trastuzumab iri=drug:trastuzumab dose=4 unit=mg/kg route=IV"),
                described("docetaxel 75mg/m2 every 3 weeks for 4 cycles administered concomitantly with trastuzumab "
                        + "4mg/kg IV"));
    }

    @Test
    void howLongADrugIsTakenSaidAfterItsSeveralDosesIsEachDoses() {
        // NCT00462228: a titration's doses, then "take X for 12 weeks"
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib dose=5 unit=mg/d interval=P1D maxDuration=P12W",
                "drug=gefitinib iri=drug:gefitinib dose=10 unit=mg/d interval=P1D maxDuration=P12W"),
                described("Patients with small tumours receive gefitinib 5 mg per day. Patients with large tumours "
                        + "receive gefitinib 10 mg per day. Subjects will take gefitinib for 12 weeks."));
    }

    @Test
    void howOftenPatientsAreFollowedIsNoInterval() {
        // NCT00004235 and some 30 more legacy texts: "Patients are followed every 3 months" had given the drugs P3M
        assertEquals(List.of("drug=irinotecan iri=drug:irinotecan route=IV days=d1 interval=P21D"),
                described("Patients receive irinotecan IV on day 1. Treatment repeats every 21 days. Patients are "
                        + "followed every 3 months for 1 year and then every 6 months for 4 years."));
    }

    @Test
    void aDrugInfusedThenAnotherIsGivenOnTheOthersDays() {
        // NCT00003317, NCT00004919: "A IV over 3 hours followed by B IV over 1 hour on days 1 and 22"
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1,22",
                "drug=carboplatin iri=drug:carboplatin route=IV days=d1,22"),
                described("Patients receive paclitaxel IV over 3 hours followed by carboplatin IV over 1-2 hours on "
                        + "days 1 and 22."));
        // a drug with days of its own keeps them
        assertEquals(List.of("drug=paclitaxel iri=drug:paclitaxel route=IV days=d1",
                "drug=carboplatin iri=drug:carboplatin route=IV days=d2"),
                described("Patients receive paclitaxel IV over 3 hours on day 1 followed by carboplatin IV over 1 hour "
                        + "on day 2."));
    }

    @Test
    void cellsGivenAreNoDrugComponent() {
        // ChiCTR2000031735: "NK cells were injected by intravenous drip once a day", the shipped lexicon knowing NK
        // cells; the sets label cells given (stem cells, donor lymphocytes, NK cells) as no drug
        RegimenParser shipped = new RegimenParser(SkosDrugLexicon.shipped());
        assertEquals(List.of(), shipped.parse("NK cell group: NK cells were injected by intravenous drip once a day.",
                null, "f", null));
    }

    @Test
    void aDrugNamedAgainAsItsDosesEscalateGetsNoScheduleOfTheText() {
        // NCT00003708, NCT00006221 and more: "Cohorts of 3-6 patients receive escalating doses of X until the MTD is
        // determined", after the sentence that gives X, is a mention of its own with no values (as every set labels
        // it); it had been given the intervention's course or the course of the sentences before it
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib route=oral days=d1-21 interval=P28D",
                "drug=gefitinib iri=drug:gefitinib"),
                parser.parse("Patients receive oral gefitinib on days 1-21. Courses repeat every 28 days in the absence "
                        + "of disease progression. Cohorts of 3-6 patients are treated at escalating doses of gefitinib.",
                        null, "f", "gefitinib").stream().map(Describe::of).toList());
        // named there only, it is the drug the text gives
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib route=oral interval=P1D timesPerDay=3"),
                described("Groups of 3-6 patients receive escalating doses of oral gefitinib three times per day."));
    }

    @Test
    void aDoseWrittenInASentenceOfItsOwnGoesToTheDrugsSchedule() {
        // NCT00003950, NCT00499499, NCT00462384: the schedule in one sentence, the dose in another
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib dose=5 unit=mg/kg route=IV days=d1,8,15,22 "
                + "interval=P6W"),
                described("Each cycle lasts 6 weeks. Administration of gefitinib weekly for 4 weeks followed by a 2 "
                        + "week rest period. Gefitinib is given by IV infusion at a dose of 5 mg/kg."));
        // a dose with days of its own, or another route, is a component of its own
        assertEquals(2, described("Gefitinib 250 mg on day 1. Gefitinib is then given daily for 14 days.").size());
        assertEquals(2, described("Gefitinib 250 mg orally. Gefitinib is then given intravenously daily for 14 days.")
                .size());
        assertEquals(2, described("Gefitinib 250 mg orally. Then gefitinib daily for 14 days.").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        gefitinib IV weekly for 7 consecutive weeks in an 8 week course | drug=gefitinib iri=drug:gefitinib route=IV days=d1,8,15,22,29,36,43 interval=P8W
        gefitinib IV once weekly for 3 weeks of each 4-week course | drug=gefitinib iri=drug:gefitinib route=IV days=d1,8,15 interval=P4W
        gefitinib IV weekly for 3 weeks every 4 weeks | drug=gefitinib iri=drug:gefitinib route=IV days=d1,8,15 interval=P4W
        gefitinib IV once weekly on weeks 1-4. Courses repeat every 4 weeks. | drug=gefitinib iri=drug:gefitinib route=IV days=d1,8,15,22 interval=P4W
        oral gefitinib daily for 21 days of a 28-day course | drug=gefitinib iri=drug:gefitinib route=oral days=d1-21 interval=P28D timesPerDay=1
        gefitinib SC on days 3-10 of each 2 week course | drug=gefitinib iri=drug:gefitinib route=subcutaneous days=d3-10 interval=P2W
        gefitinib IV once a week for 12 weeks | drug=gefitinib iri=drug:gefitinib route=IV interval=P1W maxDuration=P12W
        gefitinib IV twice weekly for 3 weeks every 4 weeks | drug=gefitinib iri=drug:gefitinib route=IV interval=P4W
        gefitinib IV weekly on weeks 1-10, 12, 15, and 18 | drug=gefitinib iri=drug:gefitinib route=IV interval=P1W
        gefitinib IV on day 1. Treatment repeats every 21 days for up to 3 crs. | drug=gefitinib iri=drug:gefitinib route=IV days=d1 interval=P21D cycles=3
        gefitinib IV on day 3 crs 1 and 2 | drug=gefitinib iri=drug:gefitinib route=IV days=d3
        gefitinib IV on day 1 every 3 weeks. Patients achieving complete response receive up to 8 courses. | drug=gefitinib iri=drug:gefitinib route=IV days=d1 interval=P3W
        gefitinib 0.1 mg/kg/day x 28 days with 14 day rest for 3 cycles | drug=gefitinib iri=drug:gefitinib dose=0.1 unit=mg/kg/d days=d1-28 interval=P6W cycles=3
        gefitinib IV once a week; patients with grade 2 CRS receive tocilizumab | drug=gefitinib iri=drug:gefitinib route=IV interval=P1W
        gefitinib IV weekly for 2 weeks, every 3 weeks thereafter | drug=gefitinib iri=drug:gefitinib route=IV maxDuration=P2W
        gefitinib IV twice weekly for 3 weeks of each 4-week course | drug=gefitinib iri=drug:gefitinib route=IV interval=P4W
        pharmacokinetics of a 10-day course of oral gefitinib | drug=gefitinib iri=drug:gefitinib route=oral
        """)
    void weeksOrDaysOfACourseWrittenWithTheCourse(String text, String expected) {
        // NCT00005614, NCT00006221, NCT00003953, NCT00003564: the course written right after the weeks or days
        assertEquals(List.of(expected), described(text));
    }

    @Test
    void aRadionuclideLabellingAProductIsPartOfItsName() {
        // NCT00008177, NCT00003102, NCT00006721, NCT00002734: "iodine I 131" had been a drug of its own (iodide I-131)
        RegimenParser shipped = new RegimenParser(SkosDrugLexicon.shipped());
        assertEquals(List.of("iodine I 131 monoclonal antibody BC8", "fludarabine phosphate"),
                shipped.parse("Patients receive iodine I 131 monoclonal antibody BC8 IV on day -12 and fludarabine "
                        + "phosphate IV on days -4 to -2.", null, "f", null).stream().map(RegimenComponent::drug)
                        .toList());
        assertEquals(List.of("131I-cG250"), shipped.parse("Patients received a single dose of 131I-cG250 (5 mCi/5 mg) "
                + "IV.", null, "f", null).stream().map(RegimenComponent::drug).toList());
        // a product the lexicon knows with its label is that product
        List<RegimenComponent> known = shipped.parse("Patients receive iodine I 131 tositumomab IV on day 1.", null,
                "f", null);
        assertEquals(1, known.size());
        assertEquals("https://w3id.org/trialkg/id/drug/tositumomab-i-131", known.get(0).drugConceptIri());
        // iodine with no mass number is no radionuclide ("povidone iodine 10%")
        assertEquals(List.of("povidone iodine"), shipped.parse("Patients receive povidone iodine 10% topically daily.",
                null, "f", null).stream().map(RegimenComponent::drug).toList());
    }

    @Test
    void dosesListedAsAnEscalationsDoseLevelsAreTheDrugs() {
        // NCT00003750, NCT00005835: the one drug named, then "dose levels" listed with no name
        // (the first level is a row of its own, as the sets label it)
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib dose=2 unit=mg/m2 route=IV",
                "drug=gefitinib iri=drug:gefitinib dose=2 unit=mg/m2", "drug=gefitinib iri=drug:gefitinib dose=4 "
                        + "unit=mg/m2", "drug=gefitinib iri=drug:gefitinib dose=6 unit=mg/m2"),
                described("The initial gefitinib dose will be 2 mg/m2 given intravenously. Three dose levels are "
                        + "scheduled: 2 mg/m2, 4 mg/m2, 6 mg/m2."));
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib dose=20-62.5 unit=mg/m2/d interval=P1D"),
                described("The dose level of gefitinib will be assigned at entry. There will be 6 dose levels ranging "
                        + "from 20 to 62.5 mg/m2/day."));
    }

    @Test
    void aRadiotherapysDaysAWeekAreNoDrugs() {
        // NCT00003704: "Radiotherapy ... is administered 5 days a week" had given capecitabine days 1-5 every week
        assertEquals(List.of("drug=gefitinib iri=drug:gefitinib interval=P1D timesPerDay=2 maxDuration=P6W"),
                described("Patients receive gefitinib twice a day for 6 weeks. Radiotherapy is initiated on the same "
                        + "day and is administered 5 days a week for 6 weeks."));
        // a radiation intervention named as radiotherapy gives no drug its description's schedule; one named as a
        // radiolabelled drug does
        assertEquals(null, RegimenEnricher.defaultDrug("Radiation", "XRT"));
        assertEquals("iodine I 131 monoclonal antibody BC8",
                RegimenEnricher.defaultDrug("Radiation", "iodine I 131 monoclonal antibody BC8"));
    }
}
