package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trialkg.model.RegistryId;
import org.trialkg.model.TrialRecord;

class DocumentExtractorTest {
    /** A dictionary of a few names, enough to test roles; the real one is the drug lexicon. */
    private static final Map<String, String> NAMES = Map.of("pembrolizumab", "pembrolizumab", "mk-3475",
            "pembrolizumab", "paclitaxel", "paclitaxel", "canagliflozin", "canagliflozin", "date", "date",
            "ondansetron", "ondansetron", "secondary", "dipotassium phosphate");
    private static final DrugNames DICTIONARY = text -> {
        List<DrugNames.Found> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\d-]+").matcher(text);
        while (m.find()) {
            String label = NAMES.get(m.group().toLowerCase(Locale.ROOT));
            if (label != null) {
                out.add(new DrugNames.Found(m.start(), m.end(), "drug:" + label, label, false));
            }
        }
        return out;
    };
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(DICTIONARY);

    private static final String PROTOCOL = String.join("\n", "1", "", "Approved, Date: 1 June 2018", "",
            "Search text", "This site uses cookies. By continuing to use this site, you agree.", "",
            "A Phase III, Randomized, Open-label Clinical Trial of Pembrolizumab (MK-3475) versus",
            "Paclitaxel in Asian Subjects with Advanced Gastric Cancer", "", "NCT03019588", "",
            "Sponsor Name: Merck Sharp & Dohme Corp.", "", "Earlier work: see NCT02335411 (KEYNOTE-059).", "",
            "Previous phase 1 studies gave pembrolizumab 10 mg/kg every 2 weeks.", "",
            "5.1 Investigational Product", "",
            "Pembrolizumab 200 mg will be administered as a 30 minute IV infusion every 3 weeks.", "",
            "5.2 Concomitant Medication", "", "Ondansetron may be given before paclitaxel.",
            "Record the Date of each dose. Secondary endpoints follow.", "");

    @Test
    void takesTheCoverNctAsOwnAndCitedIdsAsRelated() {
        DocumentFacts f = EXTRACTOR.extract(PROTOCOL);
        assertEquals(RegistryId.parse("NCT03019588").orElseThrow(), f.ownId());
        assertEquals(List.of(RegistryId.parse("NCT02335411").orElseThrow()), f.related());
    }

    @Test
    void skipsPageFurnitureAndJoinsATitleBrokenOverLines() {
        assertEquals("A Phase III, Randomized, Open-label Clinical Trial of Pembrolizumab (MK-3475) versus "
                + "Paclitaxel in Asian Subjects with Advanced Gastric Cancer", EXTRACTOR.extract(PROTOCOL).title().value());
    }

    @Test
    void tellsTestedDrugsFromComparatorsAndOtherMentionsWithSpanAndSection() {
        DocumentFacts f = EXTRACTOR.extract(PROTOCOL);
        assertEquals(1, f.investigational().size(), "investigational: " + f.investigational());
        DocumentFacts.Drug pembro = f.investigational().get(0);
        assertEquals("pembrolizumab", pembro.label());
        assertEquals(pembro.text(), PROTOCOL.substring(pembro.start(), pembro.end()));
        // the dose sentence of this trial's product section, not an earlier study's dose
        assertEquals("Pembrolizumab 200 mg will be administered as a 30 minute IV infusion every 3 weeks.",
                pembro.doseText());
        DocumentFacts.Drug ondansetron = f.drugs().stream().filter(d -> d.label().equals("ondansetron"))
                .findFirst().orElseThrow();
        assertEquals(DocumentFacts.Role.MENTIONED, ondansetron.role());
        assertNull(ondansetron.section(), "a concomitant-medication section names no field");
        assertEquals(DocumentFacts.Role.COMPARATOR, f.drugs().stream().filter(d -> d.label().equals("paclitaxel"))
                .findFirst().orElseThrow().role());
        assertTrue(f.drugs().stream().noneMatch(d -> d.label().equals("date") || d.label().contains("phosphate")),
                "a calendar date or a sentence-initial word is no drug: " + f.drugs());
    }

    @Test
    void readsAResultsArmTableWhoseProductNamesAreGluedToTheirLabels() {
        String page = String.join("\n", "Adolescent Diabetes Intervention Trial", "EudraCT number 2007-001039-72", "",
                "Arms", "Statin armArm title", "ExperimentalArm type", "CanagliflozinInvestigational medicinal product name",
                "TabletPharmaceutical forms", "Routes of administration Oral use", "Dosage and administration details:",
                "100 mg once daily", "", "Control armArm title", "PlaceboArm type",
                "Comparator details placebo tablet", "");
        DocumentFacts f = EXTRACTOR.extract(page);
        assertEquals(List.of("canagliflozin"), f.investigational().stream().map(DocumentFacts.Drug::label).toList());
        DocumentFacts.Drug drug = f.investigational().get(0);
        assertEquals("Canagliflozin", page.substring(drug.start(), drug.end()));
        // the dose label under the product's name, and the route label of its block
        assertEquals("100 mg once daily Route of administration: oral.", drug.doseText());
    }

    @Test
    void givesATestedDrugTheRouteOfASynopsisLabelWhenItsDoseSentenceHasNone() {
        String synopsis = String.join("\n", "A Phase III Trial of Pembrolizumab in Gastric Cancer", "", "NCT03019588",
                "", "Route of administration Intravenous", "", "Treatment Groups Pembrolizumab 200 mg every 3 weeks",
                "");
        DocumentFacts.Drug drug = EXTRACTOR.extract(synopsis).investigational().get(0);
        assertEquals("Treatment Groups Pembrolizumab 200 mg every 3 weeks Route of administration: intravenous.",
                drug.doseText());
    }

    @Test
    void readsABrandOrCodeTheDocumentGivesItsDrugAsThatDrug() {
        String release = String.join("\n", "FDA Approves Keytruda Tablet for Gastric Cancer", "",
                "Merck announced approval of Keytruda® (pembrolizumab) for gastric cancer. Keytruda is given once.",
                "", "The 200 mg Keytruda dose is given every 3 weeks.", "",
                "Compound: MK7 (pembrolizumab) was first tested in MK7-001.", "");
        DocumentFacts f = EXTRACTOR.extract(release);
        assertEquals(List.of("pembrolizumab"), f.investigational().stream().map(DocumentFacts.Drug::label).toList(),
                "the title's brand names the tested drug");
        DocumentFacts.Drug drug = f.investigational().get(0);
        assertEquals("pembrolizumab", drug.text(), "written under the name the enrichers know");
        // two by the dictionary, four by the brand and one by the code ("MK7-001", a study's code, is not the drug)
        assertEquals(7, drug.count());
        assertEquals("The 200 mg Keytruda dose is given every 3 weeks.", drug.doseText());
    }

    @Test
    void takesNoSentenceWhoseDosesAreAnotherDrugsAsTheDose() {
        String sap = String.join("\n", "A Phase III Study of Pembrolizumab in Melanoma", "",
                "Table 14.3 Adverse events of pembrolizumab requiring corticosteroid with >= 10 mg of ondansetron",
                "", "Pembrolizumab is given every 3 weeks at 200 mg.", "");
        assertEquals("Pembrolizumab is given every 3 weeks at 200 mg.",
                EXTRACTOR.extract(sap).investigational().get(0).doseText());
    }

    @Test
    void addsTheScheduleOfAnotherSentenceWhenTheDoseSentenceGivesADosePerDayOnly() {
        String protocol = String.join("\n", "A Phase 2 Study of Pembrolizumab in Wilson Disease", "", "NCT03019588",
                "", "5.1 Investigational Product", "",
                "Pembrolizumab is given at 15 mg/day on Day 1 through Day 28.", "", "9.1 Study Design", "",
                "Earlier, pembrolizumab resulted in good tolerability at 15 mg daily.", "",
                "Objectives: assess pembrolizumab 15 mg daily against paclitaxel weekly.", "",
                "In this study, dosing for pembrolizumab will be initiated at 15 mg once daily.", "");
        assertEquals("Pembrolizumab is given at 15 mg/day on Day 1 through Day 28. "
                + "In this study, dosing for pembrolizumab will be initiated at 15 mg once daily.",
                EXTRACTOR.extract(protocol).investigational().get(0).doseText());
    }

    @Test
    void addsNoScheduleSentenceWhenTheDoseSentenceStatesItsInterval() {
        String protocol = String.join("\n", "A Phase 2 Study of Pembrolizumab in Gastric Cancer", "", "NCT03019588",
                "", "5.1 Investigational Product", "", "Pembrolizumab 200 mg IV every 3 weeks.", "",
                "In this study, pembrolizumab will be given once daily.", "");
        assertEquals("Pembrolizumab 200 mg IV every 3 weeks.",
                EXTRACTOR.extract(protocol).investigational().get(0).doseText());
    }

    private static List<String> countries(String text) {
        return EXTRACTOR.extract(text).countries().stream().map(DocumentFacts.Found::value).toList();
    }

    @Test
    void readsCountryCandidatesFromLabelsSectionsAndRegisterFields() {
        assertEquals(List.of("Portugal"), countries("A Phase 3 Study\n\nA.1\tMember State Concerned\tPortugal - "
                + "INFARMED\nB.1.3.4\tCountry\tSwitzerland\n"), "a sponsor's address country is not the trial's");
        assertEquals(List.of("Germany", "France", "Spain"),
                countries("A Phase 3 Study\n\nParticipating countries: Germany, France and Spain\n"));
        assertEquals(List.of("United States", "Atlanta", "United States", "Anchorage", "Kiel", "Germany"),
                countries("A Phase 3 Study\n\nLocations\n\nUnited States, Georgia, Atlanta, 30303\n"
                        + "United States, Alaska, Anchorage, 99508\nKiel, Germany 24105\n"));
        assertEquals(List.of("United Kingdom", "Canada"), countries("Results\n\nCountry: Number of subjects "
                + "enrolled United Kingdom: 118\nCountry: Number of subjects enrolled Canada: 124\n"));
        assertEquals(List.of("United States", "United Kingdom"), countries("A Phase 3 Study\n\nE.8.6.3 If E.8.6.1 "
                + "or E.8.6.2 are Yes, specify the regions in which trial sites are planned:\nUnited States\n"
                + "United Kingdom\nE.8.7 Trial has a data monitoring committee: Yes\n"));
        assertEquals(List.of("DE", "FR"), countries("Search results\n\nTrial protocol: DE (Completed) FR (Ongoing)\n"));
    }

    @Test
    void takesAnAddressLinesCountryFromItsEndsNotAPlaceBetween() {
        // "Georgia" is a US state here, and a country's name too: only an address line's first and last parts count.
        assertEquals(List.of("United States", "Atlanta"),
                countries("A Phase 3 Study\n\nLocations\n\nUnited States, Georgia, Atlanta, 30303\n"));
    }

    @Test
    void readsWhereATrialRunsFromTheCoversProseButNoShortWordsAsCodes() {
        assertEquals(List.of("Denmark", "Germany", "South Korea", "UK", "USA"), countries("A Phase 3 Trial\n\nWe did a "
                + "multicentre trial at 90 hospitals in Denmark, Germany, South Korea, the UK, and the USA. It ran.\n"));
        assertEquals(List.of("Brazil", "Canada"), countries("Strata\n\nCountry (Brazil, Canada, IND)\n"));
    }

    @Test
    void readsOnlyTheOwnTrialsRecordsOfARegisterDownloadHoldingSeveral() {
        String download = String.join("\n", "EudraCT Number: 2022-002568-62", "A.1 Member State Concerned: Spain - AEMPS",
                "", "EudraCT Number: 2021-002179-21", "A.1 Member State Concerned: France - ANSM", "");
        assertEquals(List.of("Spain"), countries(download));
    }

    @Test
    void readsCollaboratorsFromTheirLabelsButNotTheLeadSponsorAgain() {
        DocumentFacts f = EXTRACTOR.extract(String.join("\n", "A Phase 3 Study of Pembrolizumab", "",
                "Sponsor Name: Merck Sharp & Dohme Corp.", "B.4.1\tName of organisation providing support\t"
                        + "Medicines for Malaria Venture (MMV)", "Secondary sponsor: Merck Sharp & Dohme Corp", ""));
        assertEquals("Merck Sharp & Dohme Corp.", f.sponsor().value());
        assertEquals(List.of("Medicines for Malaria Venture (MMV)"),
                f.collaborators().stream().map(DocumentFacts.Found::value).toList());
    }

    @Test
    void takesTheRouteOfAParagraphHeadedByTheDrugsName() {
        String consent = String.join("\n", "A Trial of Pembrolizumab in Lung Cancer", "", "NCT03019588", "",
                "Pembrolizumab: You will receive the study product for three days.",
                "You will get it by an intravenous (IV) drip through a tube in your vein.", "");
        assertEquals("You will get it by an intravenous (IV) drip through a tube in your vein.",
                EXTRACTOR.extract(consent).investigational().get(0).doseText());
    }

    @Test
    void leavesTheComparatorsPartOfASentenceOutOfTheRouteText() {
        String protocol = String.join("\n", "Oral pembrolizumab versus oral paclitaxel in gastric cancer", "",
                "NCT03019588", "", "Pembrolizumab 200 mg every 3 weeks.", "", "Outcomes of oral pembrolizumab versus "
                        + "oral paclitaxel are compared.", "");
        assertEquals("Pembrolizumab 200 mg every 3 weeks. Oral pembrolizumab",
                EXTRACTOR.extract(protocol).investigational().get(0).doseText());
    }

    @Test
    void readsSponsorFromItsLabel() {
        assertEquals("Merck Sharp & Dohme Corp.", EXTRACTOR.extract(PROTOCOL).sponsor().value());
    }

    @Test
    void readsSponsorFromACoverOwnerOrAPressRelease() {
        assertEquals("Novartis", EXTRACTOR.extract("Clinical Development\nA randomized study of LIK066\n"
                + "Property of Novartis\nConfidential\n").sponsor().value());
        assertEquals("AbbVie", EXTRACTOR.extract("NORTH CHICAGO, Ill., Feb. 7, 2025 /PRNewswire/ -- AbbVie "
                + "(NYSE: ABBV) today announced that the FDA has approved EMBLAVEO.\n").sponsor().value());
    }

    @Test
    void prefersThePhaseOfTheTitleToTheFirstPhaseWord() {
        DocumentFacts f = EXTRACTOR.extract("---\ntitle: \"Caliway Announces CBL-514 Second Phase 2b Study Results\"\n"
                + "---\nIt will now start a Phase 3 programme.\n");
        assertEquals(List.of("PHASE2"), f.phases().value());
        assertEquals("Caliway", f.sponsor().value());
    }

    @Test
    void readsPhasesWrittenEveryWay() {
        assertEquals(List.of("PHASE2", "PHASE3"), PhaseText.fromWords("a Phase II/III trial"));
        assertEquals(List.of("PHASE1", "PHASE2"), PhaseText.fromWords("A PHASE IB/2, OPEN LABEL STUDY"));
        assertEquals(List.of("PHASE1", "PHASE2"), PhaseText.fromWords("Phase 1b/2 study"));
        assertEquals(List.of("PHASE2"), PhaseText.fromWords("Clinical trial phase IIa"));
        assertEquals(List.of("PHASE3"), PhaseText.fromWords("一项III期临床试验"));
    }

    @Test
    void takesAPhaseLabelWhenTheTitleHasNone() {
        DocumentFacts f = EXTRACTOR.extract("Protocol Title:\nCopper Balance in Wilson Disease\nStudy Phase: 2\n"
                + "Later text about phase 3 plans.\n");
        assertEquals(List.of("PHASE2"), f.phases().value());
        assertEquals(HeadingField.PHASE, f.phases().section());
    }

    @Test
    void keepsAnIdInRunningTextRelatedWhenNothingPresentsItAsOwn() {
        DocumentFacts f = EXTRACTOR.extract("Capecitabine maintenance\n\nIntro.\nIntro two.\n"
                + "This phase 3 trial follows NCT05791136, which enrolled 200 patients.\n");
        assertNull(f.ownId());
        assertEquals(1, f.related().size());
    }

    @Test
    void givesAShortPageWithoutATestedDrugAllItsDrugsThroughTheSummary() throws Exception {
        DocumentReader reader = new DocumentReader(DICTIONARY);
        String page = "NCT09000007\n\nThis study compares pembrolizumab with paclitaxel; pembrolizumab is given "
                + "every 3 weeks and pembrolizumab again.\n";
        TrialRecord r = Documents.read(reader, Documents.bytes("s.txt", page.getBytes(StandardCharsets.UTF_8)))
                .only();
        assertEquals(List.of(), r.interventions(), "no intervention: the drug enricher reads the summary");
        assertNotNull(r.briefSummary());
        assertTrue(r.briefSummary().contains("paclitaxel"));
    }

    @Test
    void stopsReadingALongDocumentAtTheTimeLimitAndKeepsTheTextReadSoFar() throws Exception {
        DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_TEXT, DrugNames.NONE,
                Duration.ofNanos(1));
        String html = "<html><body>" + "<p>A randomized phase 3 study of drug X.</p>".repeat(2000) + "</body></html>";
        TrialRecord r = Documents.read(reader, Documents.bytes("slow.html", html.getBytes(StandardCharsets.UTF_8)))
                .only();
        // 2,000 paragraphs would be far too long for a summary; cut after the first, the text is one.
        assertEquals("A randomized phase 3 study of drug X.", r.briefSummary());
    }
}
