package org.trialkg.ingest.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a trial document's headings and labels name, each with the words registries and sponsors write for
 * it in English, German, French, Spanish, Portuguese and Chinese. A heading is matched after its numbering
 * ({@code 5.1.}), a trailing colon and case are dropped, so "6.1 INVESTIGATIONAL PRODUCT" and
 * "Prüfpräparat:" both name {@link #PRODUCT}.
 */
enum HeadingField {
    TITLE("title", "protocol title", "official title", "official title of study", "official protocol title",
            "study title", "scientific title", "public title", "full title", "full title of the trial", "trial title",
            "titel", "titel der studie", "titre", "titre de l'essai", "título", "titulo", "título do estudo",
            "título del ensayo", "clinical trial results", "研究题目", "题目", "标题", "注册题目", "试验题目", "科学题目"),
    SPONSOR("sponsor", "sponsor name", "name of sponsor", "name and address of sponsor", "sponsor's name",
            "regulatory sponsor", "primary sponsor", "study sponsor", "trial sponsor", "sponsor organisation",
            "sponsor organization", "sponsor organisation name", "name of organisation", "sponsored by",
            "sponsor/applicant", "lead sponsor", "sponsor(s)", "auftraggeber", "sponsor der studie",
            "promoteur", "promotor", "patrocinador", "patrocinador principal", "申办者", "申办方", "申请人",
            "主要申办者", "研究申办者", "申办单位", "funding", "funded by", "source of funding", "finanzierung",
            "financement", "financiamento", "financiación", "经费来源"),
    COLLABORATOR("collaborators", "collaborator", "secondary sponsor", "secondary sponsors", "co-sponsor",
            "co-sponsors", "name of organisation providing support", "kooperationspartner", "collaborateurs",
            "colaboradores", "次要申办者", "协作单位", "合作单位"),
    PRODUCT("investigational product", "investigational products", "investigational product(s)",
            "investigational medicinal product", "investigational medicinal products", "investigational medicinal "
            + "product(s)", "investigative medicinal product", "bi investigational product(s)", "study drug",
            "study drugs", "study treatment", "study treatments", "study intervention", "study interventions",
            "intervention", "interventions", "intervention(s)", "investigational drug", "test product",
            "compound", "product", "imp", "trial treatment", "trial treatments",
            "investigational treatment", "name of study drug", "study drug(s)", "name of investigational product", "prüfpräparat", "prüfpräparate",
            "prüfmedikation", "médicament expérimental", "produit expérimental", "medicamento en investigación",
            "medicamento experimental", "produto experimental", "produto sob investigação", "试验药物", "研究药物",
            "干预措施", "试验用药"),
    COMPARATOR("comparator", "comparators", "comparator product", "comparator drug", "active comparator",
            "reference therapy", "reference product", "reference treatment", "active", "control treatment",
            "vergleichspräparat", "comparateur", "médicament de référence", "comparador", "对照药", "对照药物"),
    DOSE("dose", "dosage", "dose and mode of administration", "dose, regimen and mode of administration",
            "dosage and administration", "dosage and administration details", "dose and administration", "dosing", "dose regimen", "dosing regimen",
            "treatment regimen", "mode of administration", "route of administration", "dosierung",
            "art der anwendung", "posologie", "mode d'administration", "dosis", "posología", "vía de administración",
            "dose e via de administração", "posologia", "剂量", "给药方案", "用法用量", "给药途径"),
    DESIGN("study design", "trial design", "design", "overall design", "study type", "studiendesign",
            "plan de l'étude", "conception de l'étude", "diseño del estudio", "desenho do estudo", "研究设计",
            "试验设计"),
    PHASE("phase", "study phase", "clinical phase", "trial phase", "clinical trial phase", "phase of study",
            "phase of the trial", "studienphase", "phase de l'essai", "fase", "fase del ensayo", "fase do estudo",
            "研究分期", "试验分期", "分期"),
    OBJECTIVE("primary objective", "primary objectives", "objective", "objectives", "study objectives",
            "objectives and endpoints", "objectives and endpoints/estimands",
            "trial objectives", "main objective", "main objective of the trial", "primärziel", "hauptziel",
            "objectif principal", "objetivo principal", "objetivo primário", "主要目的", "研究目的"),
    INCLUSION("inclusion criteria", "principal inclusion criteria", "main inclusion criteria", "key inclusion "
            + "criteria", "einschlusskriterien", "critères d'inclusion", "criterios de inclusión",
            "critérios de inclusão", "纳入标准", "入选标准"),
    COUNTRIES("countries", "country", "countries of recruitment", "member state concerned",
            "member states concerned", "specify the countries outside of the eea in which trial sites are planned",
            "participating countries", "recruitment countries", "recruiting countries",
            "locations", "study locations", "study sites", "participating sites", "participating centres",
            "participating centers", "trial sites", "list of sites", "study centres", "study centers",
            "länder", "teilnehmende länder", "pays", "pays participants", "países", "paises",
            "países participantes", "国家", "研究所在国家", "参与国家"),
    CONDITION("condition", "conditions", "indication", "indications", "medical condition",
            "medical condition(s) being investigated", "disease", "disease under study", "target disease",
            "health condition(s) or problem(s) studied", "erkrankung", "indikation", "pathologie",
            "indicação", "condição", "enfermedad", "indicación", "condición", "适应症", "研究疾病", "疾病");

    /** A heading's leading numbering: "5.", "5.1", "5.1.2.", "V.", "A)". */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:[A-Z]\\.)?\\d+(?:\\.\\d+)*[.)]?|(?:[IVX]+|[A-Z])[.)])\\s+");
    /** A label and its value on one line: "Sponsor: Alexion Pharmaceuticals, Inc.", "申办者：恒瑞". */
    private static final Pattern LABEL = Pattern.compile("^([^:：\\t]{2,70}?)\\s*(?:[:：]|\\t)\\s*(.*)$");

    private final List<String> words;

    HeadingField(String... words) {
        this.words = List.of(words);
    }

    /** The words of this field, folded as {@link #fold} folds a heading. */
    List<String> words() {
        return words;
    }

    /** The field a whole line names when it is a heading ("6.1 Investigational Product"), else empty. */
    static Optional<HeadingField> ofHeading(String line) {
        String key = fold(line);
        for (HeadingField f : values()) {
            if (f.words.contains(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A labelled value on one line ("Study Phase: 2"); the value may be empty when it follows on the next line. */
    record Labelled(HeadingField field, String label, String value) {
    }

    static Optional<Labelled> ofLabel(String line) {
        Matcher m = LABEL.matcher(NUMBERING.matcher(line).replaceFirst(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        return ofHeading(m.group(1)).map(f -> new Labelled(f, m.group(1).strip(), m.group(2).strip()));
    }

    /** Numbering, trailing colons and dots, case, accents-as-composed and runs of spaces are folded away. */
    static String fold(String heading) {
        String s = Normalizer.normalize(heading, Normalizer.Form.NFC).strip();
        s = NUMBERING.matcher(s).replaceFirst("");
        s = s.replaceAll("[\\s.:：]+$", "").replaceAll("\\s+", " ");
        return s.toLowerCase(Locale.ROOT);
    }
}
