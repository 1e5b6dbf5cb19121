package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other names a document gives its drugs itself: a brand or a company code written with the drug's name in
 * brackets ("Evrysdi® (risdiplam)", "ALXN1840 (bis-choline tetrathiomolybdate)") or after it ("licogliflozin
 * (LIK066)"). A press release or a protocol then names its drug mostly by that brand or code, which no vocabulary
 * may hold; each of its mentions counts as the drug's. Only a name that looks like a brand or code (a ® or ™, a
 * digit, or all capitals) is taken, so that "Study (nivolumab)" makes no alias.
 */
final class DrugAliases {
    /** The name before the bracket: a brand (®, ™) or code; at most one word (a salt) before the drug inside. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d-])(\\p{Lu}[\\p{L}\\d-]*[\\p{L}\\d])\\s*([®™]?)\\s*\\(\\s*(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern CLOSE = Pattern.compile("^\\s*[);,]");
    /** A code in brackets after the drug's name: "(LIK066)", "(JS-001)". */
    private static final Pattern CODE_AFTER = Pattern.compile(
            "^\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\d-]*\\d[\\p{Lu}\\d-]*)\\s*\\)");
    // The alias and the bracket are written just before the drug's name: this much text is looked at.
    private static final int REACH = 60;
    private static final int MIN_LENGTH = 3;

    private final Map<String, DrugNames.Found> byAlias;

    private DrugAliases(Map<String, DrugNames.Found> byAlias) {
        this.byAlias = byAlias;
    }

    /** The aliases the text defines for the drugs found in it ({@code hits}, in text order). */
    static DrugAliases find(String text, List<DrugNames.Found> hits, DrugNames names) {
        Map<String, DrugNames.Found> out = new LinkedHashMap<>();
        for (DrugNames.Found f : hits) {
            if (f.classLevel()) {
                continue;
            }
            Matcher before = BEFORE.matcher(text.substring(Math.max(0, f.start() - REACH), f.start()));
            if (before.find() && CLOSE.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 5))).find()
                    && looksLikeBrandOrCode(before.group(1), !before.group(2).isEmpty())) {
                add(out, before.group(1), f, names);
            }
            Matcher after = CODE_AFTER.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 40)));
            if (after.find()) {
                add(out, after.group(1), f, names);
            }
        }
        return new DrugAliases(out);
    }

    private static void add(Map<String, DrugNames.Found> out, String alias, DrugNames.Found drug, DrugNames names) {
        // A name the dictionary knows is its own drug (or another one); one given two drugs is no alias.
        if (alias.length() < MIN_LENGTH || !names.find(alias).isEmpty()) {
            return;
        }
        DrugNames.Found had = out.putIfAbsent(alias, drug);
        if (had != null && !had.concept().equals(drug.concept())) {
            out.put(alias, null);
        }
    }

    private static boolean looksLikeBrandOrCode(String name, boolean marked) {
        return marked || name.chars().anyMatch(Character::isDigit)
                || name.length() >= 4 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Every mention of an alias in a text, as a mention of its drug (whole words, any case). */
    List<DrugNames.Found> mentions(String text) {
        List<DrugNames.Found> out = new ArrayList<>();
        for (Map.Entry<String, DrugNames.Found> e : byAlias.entrySet()) {
            DrugNames.Found drug = e.getValue();
            if (drug == null) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\d-])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (m.find()) {
                out.add(new DrugNames.Found(m.start(), m.end(), drug.concept(), drug.label(), false));
            }
        }
        return out;
    }

    boolean isEmpty() {
        return byAlias.values().stream().allMatch(java.util.Objects::isNull);
    }
}
