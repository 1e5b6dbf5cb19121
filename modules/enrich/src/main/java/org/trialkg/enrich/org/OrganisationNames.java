package org.trialkg.enrich.org;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The key under which the spellings of one organisation meet: case, accents and punctuation folded, abbreviations
 * written out (Univ., Hosp., Ctr.), "the", "of" and "and" dropped, a leading department, division or laboratory
 * dropped when an institution follows, a parenthesised aside and a trailing legal form (Inc., Co., Ltd.) dropped, and
 * the words taken as a set, so that "Tongji Hospital of Tongji Medical College, Huazhong Science and Technology
 * University" and "Tongji Hospital, Tongji Medical College, Huazhong University of Science and Technology" are one.
 * Legal forms that name a national company (GmbH, S.A., AG) are kept: Life Molecular Imaging GmbH and SA are two.
 *
 * <pre>{@code
 * OrganisationNames.key("The Univ. Hosp., Ghent") // "ghent hospital university"
 * }</pre>
 */
public final class OrganisationNames {
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("univ", "university"),
            Map.entry("hosp", "hospital"), Map.entry("hopital", "hospital"), Map.entry("med", "medical"),
            Map.entry("ctr", "center"), Map.entry("cntr", "center"), Map.entry("centre", "center"),
            Map.entry("inst", "institute"), Map.entry("natl", "national"), Map.entry("dept", "department"),
            Map.entry("intl", "international"), Map.entry("assoc", "association"), Map.entry("sci", "sciences"),
            Map.entry("science", "sciences"), Map.entry("pharmaceuticals", "pharmaceutical"),
            Map.entry("hust", "huazhong university sciences technology"));
    private static final Set<String> DROPPED = Set.of("the", "of", "and", "at", "to", "for", "in");
    /** Legal forms that say only that it is a company; national forms (gmbh, sa, ag, bv, spa, pty) are kept. */
    private static final Set<String> LEGAL = Set.of("inc", "incorporated", "llc", "co", "company", "ltd", "limited",
            "corp", "corporation", "plc", "lp");
    private static final Pattern UNIT = Pattern.compile(
            "(?i)^\\s*(?:department|dept\\.?|division|section|laboratory|lab|unit|service|state key laboratory)\\b.*");
    private static final Pattern ASIDE = Pattern.compile("\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private OrganisationNames() {
    }

    /** The key of a name; empty for a name without letters or digits. */
    public static String key(String name) {
        Objects.requireNonNull(name, "organisation name");
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = ASIDE.matcher(s).replaceAll(" ").replace("&", " and ").replace("'s", "s");
        List<String> segments = new ArrayList<>(List.of(s.split("[,;]")));
        while (segments.size() > 1 && UNIT.matcher(segments.get(0)).matches()) {
            segments.remove(0); // "Department of Neurology, Tongji Hospital": the hospital
        }
        List<String> words = new ArrayList<>();
        for (String seg : segments) {
            var m = WORD.matcher(seg.replace(".", ""));
            while (m.find()) {
                String w = ABBREVIATIONS.getOrDefault(m.group(), m.group());
                words.addAll(List.of(w.split(" ")));
            }
        }
        while (words.size() > 1 && LEGAL.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        TreeSet<String> set = new TreeSet<>();
        for (String w : words) {
            if (!DROPPED.contains(w)) {
                set.add(w);
            }
        }
        return String.join(" ", set);
    }
}
