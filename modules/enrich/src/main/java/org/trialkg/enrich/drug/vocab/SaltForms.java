package org.trialkg.enrich.drug.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The parent drug of a salt or hydrate form: "IRINOTECAN HYDROCHLORIDE" is irinotecan, "ATORVASTATIN CALCIUM" atorvastatin. */
final class SaltForms {
    // Only trailing words are dropped, and never the last one left: "SODIUM CHLORIDE" stays sodium chloride.
    private static final Set<String> SALT_WORDS = Set.of("hydrochloride", "dihydrochloride", "hcl", "hydrobromide",
            "sodium", "disodium", "potassium", "dipotassium", "calcium", "magnesium", "mesylate", "mesilate",
            "dimesylate", "maleate", "dimaleate", "malate", "tosylate", "citrate", "sulfate", "sulphate", "phosphate",
            "acetate", "tartrate", "bitartrate", "besylate", "besilate", "fumarate", "succinate", "bromide", "lactate",
            "monohydrate", "dihydrate", "trihydrate", "sesquihydrate", "hydrate", "anhydrous", "dimeglumine",
            "meglumine", "hyclate", "pamoate", "valerate", "propionate", "dipropionate", "gluconate", "lysine",
            "tromethamine", "hemifumarate", "hemihydrate", "mononitrate", "nitrate", "bisulfate", "trihydrochloride",
            "monosodium", "trisodium", "xinafoate", "decanoate", "enanthate", "cypionate", "stearate", "palmitate",
            "olamine", "erbumine", "saccharate", "ditosylate", "camsylate", "edisylate", "hydriodide", "oxalate",
            "ethanolate");

    private SaltForms() {
    }

    /** Whether the folded word is a salt or hydrate word ("phosphate", "sodium"): alone it names no drug given. */
    static boolean isSaltWord(String key) {
        return SALT_WORDS.contains(key);
    }

    /** The name without trailing salt and hydrate words, in lower case. */
    static String parent(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().toLowerCase(Locale.ROOT).split("\\s+")));
        while (words.size() > 1 && SALT_WORDS.contains(words.get(words.size() - 1).replaceAll("[^a-z]", ""))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }
}
