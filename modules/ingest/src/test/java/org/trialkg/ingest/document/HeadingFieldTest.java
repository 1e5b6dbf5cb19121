package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingFieldTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // English, as protocols number and capitalise them
            "Sponsor|SPONSOR", "Name and Address of Sponsor:|SPONSOR", "6.1 INVESTIGATIONAL PRODUCT|PRODUCT",
            "5.1.2. Dose and Mode of Administration|DOSE", "3 STUDY DESIGN|DESIGN", "Study Phase|PHASE",
            "Primary Objective|OBJECTIVE", "Inclusion Criteria|INCLUSION", "Countries|COUNTRIES",
            "Indication|CONDITION", "Official Title|TITLE", "A.3 Full title of the trial|TITLE",
            "Reference Therapy|COMPARATOR", "对照药|COMPARATOR",
            // German
            "Auftraggeber|SPONSOR", "Prüfpräparat|PRODUCT", "Dosierung|DOSE", "Studiendesign|DESIGN",
            "Studienphase|PHASE", "Primärziel|OBJECTIVE", "Einschlusskriterien|INCLUSION", "Länder|COUNTRIES",
            "Indikation|CONDITION",
            // French
            "Promoteur|SPONSOR", "Médicament expérimental|PRODUCT", "Posologie|DOSE", "Phase de l'essai|PHASE",
            "Objectif principal|OBJECTIVE", "Critères d'inclusion|INCLUSION", "Pays|COUNTRIES",
            "Pathologie|CONDITION",
            // Spanish
            "Patrocinador|SPONSOR", "Medicamento en investigación|PRODUCT", "Posología|DOSE",
            "Diseño del estudio|DESIGN", "Fase|PHASE", "Criterios de inclusión|INCLUSION", "Países|COUNTRIES",
            "Enfermedad|CONDITION",
            // Portuguese
            "Produto experimental|PRODUCT", "Desenho do estudo|DESIGN", "Objetivo primário|OBJECTIVE",
            "Critérios de inclusão|INCLUSION", "Indicação|CONDITION",
            // Chinese
            "申办者|SPONSOR", "试验药物|PRODUCT", "用法用量|DOSE", "研究设计|DESIGN", "研究分期|PHASE",
            "主要目的|OBJECTIVE", "纳入标准|INCLUSION", "国家|COUNTRIES", "适应症|CONDITION", "研究题目|TITLE"})
    void namesTheFieldOfAHeadingInEachRegistryLanguage(String heading, HeadingField field) {
        assertEquals(Optional.of(field), HeadingField.ofHeading(heading));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"The sponsor will provide the drug.", "Study drug accountability forms",
            "Phase 3 trials of pembrolizumab", "A Randomized Study"})
    void takesNoRunningTextForAHeading(String line) {
        assertEquals(Optional.empty(), HeadingField.ofHeading(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Sponsor Name: Alexion Pharmaceuticals, Inc.|SPONSOR|Alexion Pharmaceuticals, Inc.",
            "Clinical Phase: III|PHASE|III", "申办方：上海交通大学医学院附属新华医院|SPONSOR|上海交通大学医学院附属新华医院",
            "B.1.1\tName of Sponsor\tF Hoffmann La-Roche AG|SPONSOR|F Hoffmann La-Roche AG"})
    void readsALabelAndItsValueOnOneLine(String line, HeadingField field, String value) {
        HeadingField.Labelled l = HeadingField.ofLabel(line).orElseThrow();
        assertEquals(field, l.field());
        assertEquals(value, l.value());
    }

    @org.junit.jupiter.api.Test
    void takesTheEndOfAWrappedSentenceForNoHeadingButAnObjectivesTableForOne() {
        String text = String.join("\n", "Patients are excluded after 14 days of", "study drug.",
                "Steroids were allowed.", "", "Objectives and Endpoints", "Assess copper balance (15 mg and 30 mg)", "");
        DocumentSections sections = DocumentSections.parse(text);
        assertEquals(List.of(HeadingField.OBJECTIVE), sections.sections().stream().map(DocumentSections.Section::field)
                .filter(java.util.Objects::nonNull).toList());
        assertEquals(null, sections.fieldAt(text.indexOf("Steroids")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"IRB NUMBER: HSC-MS-21-0476", "Note: the sponsor is responsible"})
    void takesNoOtherLabelForAField(String line) {
        assertTrue(HeadingField.ofLabel(line).isEmpty());
    }
}
