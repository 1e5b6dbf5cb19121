package org.trialkg.enrich.regimen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trialkg.enrich.drug.DrugHit;
import org.trialkg.enrich.drug.DrugLexicon;
import org.trialkg.model.DrugMention;

/** A small drug dictionary for tests: names mapped to concepts, found by a case-insensitive whole-word scan. */
final class FakeDrugLexicon implements DrugLexicon {
    static final String DRUG = "https://w3id.org/trialkg/id/drug/";
    static final String CLASS = "https://w3id.org/trialkg/id/drug-class/";

    private record Entry(String iri, String label, boolean classLevel) {
    }

    private final Map<String, Entry> names = new LinkedHashMap<>();

    FakeDrugLexicon() {
        for (String d : List.of("toripalimab", "capecitabine", "sintilimab", "camrelizumab", "paclitaxel",
                "docetaxel", "irinotecan", "carboplatin", "cisplatin", "pemetrexed", "pembrolizumab", "durvalumab",
                "nivolumab", "atezolizumab", "etoposide", "oxaliplatin", "gemcitabine", "osimertinib", "bevacizumab",
                "tislelizumab", "erlotinib", "gefitinib", "vinorelbine", "ipilimumab", "nab-paclitaxel",
                "fluorouracil", "dexamethasone", "cemiplimab", "sugemalimab", "serplulimab", "ramucirumab",
                "necitumumab", "afatinib", "crizotinib", "alectinib", "placebo", "sodium chloride", "heparin", "honey", "dextrose",
                "lopinavir", "ritonavir", "progesterone", "irinotecan", "filgrastim", "sargramostim", "trastuzumab", "melphalan")) {
            names.put(d, new Entry(DRUG + d, d, false));
        }
        names.put("vitamin d3", new Entry(DRUG + "cholecalciferol", "cholecalciferol", false));
        names.put("vitamin-d2", new Entry(DRUG + "ergocalciferol", "ergocalciferol", false));
        names.put("js001", new Entry(DRUG + "toripalimab", "toripalimab", false));
        names.put("xeloda", new Entry(DRUG + "capecitabine", "capecitabine", false));
        names.put("keytruda", new Entry(DRUG + "pembrolizumab", "pembrolizumab", false));
        names.put("5-fu", new Entry(DRUG + "fluorouracil", "fluorouracil", false));
        names.put("ivig", new Entry(DRUG + "immunoglobulin", "immunoglobulin", false));
        names.put("lopinavir/ritonavir", new Entry(DRUG + "lopinavir-ritonavir", "lopinavir/ritonavir", false));
        names.put("pd-1 inhibitor", new Entry(CLASS + "pd-1-inhibitor", "PD-1 inhibitor", true));
        names.put("pd-1 inhibitors", new Entry(CLASS + "pd-1-inhibitor", "PD-1 inhibitor", true));
        names.put("g-csf", new Entry(CLASS + "g-csf", "granulocyte colony-stimulating factor", true));
        names.put("chemotherapy", new Entry(CLASS + "cytotoxic-chemotherapy", "cytotoxic chemotherapy", true));
    }

    @Override
    public Optional<DrugHit> lookup(String name) {
        Entry e = names.get(name.trim().toLowerCase(Locale.ROOT));
        return e == null ? Optional.empty()
                : Optional.of(new DrugHit(0, name.length(), name, e.iri(), e.label(), e.classLevel(), DrugMention.Method.EXACT, 1.0));
    }

    @Override
    public List<DrugHit> scan(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<DrugHit> out = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            String best = null;
            if (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                for (String n : names.keySet()) {
                    int end = i + n.length();
                    if (lower.startsWith(n, i) && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))
                            && (best == null || n.length() > best.length())) {
                        best = n;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Entry e = names.get(best);
            int end = i + best.length();
            out.add(new DrugHit(i, end, text.substring(i, end), e.iri(), e.label(), e.classLevel(),
                    e.classLevel() ? DrugMention.Method.CLASS : DrugMention.Method.EXACT, 1.0));
            i = end;
        }
        return out;
    }
}
