package org.trialkg.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
    private static final Pattern ABBREVIATED = Pattern.compile("\\b\\p{L}{1,5}\\.(?!\\p{L})");
    /**
     * How one organisation's spellings are ranked for its preferred name: a name in mixed case before one in capitals,
     * a name without abbreviations ("Univ.") before one with, without a leading "The" before with, then the shorter
     * ("Pfizer" before "Pfizer, Inc."), then alphabetically. A rule on the names alone, not on how often each is used,
     * so that the index and the card can name an organisation from its labels without counting its trials.
     */
    private static final Comparator<String> PREFERENCE = Comparator
            .comparing((String n) -> n.equals(n.toUpperCase(Locale.ROOT)) && !n.equals(n.toLowerCase(Locale.ROOT)))
            .thenComparing(n -> ABBREVIATED.matcher(n).find())
            .thenComparing(n -> n.regionMatches(true, 0, "the ", 0, 4))
            .thenComparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private OrganisationNames() {
    }

    private static final Pattern TRAILING_LEGAL = Pattern.compile(
            "(?i)[\\s,.]*\\b(?:inc|incorporated|llc|co|company|ltd|limited|corp|corporation|plc|lp)\\b\\.?[\\s,.]*$");
    private static final Pattern DISPLAY_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*\\.?");

    /**
     * The name one spelling gives its organisation in the search facet: the same for spellings that differ in case,
     * abbreviations (Univ., Hosp.), a leading "The", a parenthesised aside or a trailing legal form, whichever of them
     * a record uses and whichever other records the store holds, so that a trial indexed alone and one indexed
     * beside others count under one value. Words are capitalised (first letter only; "of", "and" and the like in
     * lower case), which costs acronyms inside mixed-case names their capitals ("Md Anderson"): the price of one
     * value for "MD ANDERSON" and "MD Anderson".
     *
     * <pre>{@code
     * OrganisationNames.display("THE SUN YAT-SEN UNIV.") // "Sun Yat-sen University"
     * }</pre>
     */
    public static String display(String name) {
        Objects.requireNonNull(name, "organisation name");
        String s = ASIDE.matcher(name).replaceAll(" ").strip();
        String before;
        do {
            before = s;
            s = TRAILING_LEGAL.matcher(s).replaceAll("").strip();
        } while (!s.equals(before) && !s.isEmpty());
        if (s.isEmpty()) {
            s = name.strip();
        }
        s = s.replaceFirst("(?i)^the\\s+", "").replaceAll("\\s+", " ").replaceAll("[\\s,;:.]+$", "");
        StringBuilder out = new StringBuilder();
        var m = DISPLAY_WORD.matcher(s);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            out.append(s, last, m.start());
            String w = m.group();
            boolean abbreviated = w.endsWith(".");
            String lower = (abbreviated ? w.substring(0, w.length() - 1) : w).toLowerCase(Locale.ROOT);
            String full = ABBREVIATIONS.get(lower);
            if (full != null && (abbreviated || full.indexOf(' ') < 0)) {
                lower = full;
            } else if (abbreviated) {
                lower = lower + ".";
            }
            // a letter after a hyphen or apostrophe continues the word ("Yat-sen", "Children's")
            boolean continues = m.start() > 0 && "-'\u2019".indexOf(s.charAt(m.start() - 1)) >= 0;
            out.append(!continues && (first || !DROPPED.contains(lower))
                    ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower);
            first = false;
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    /** The preferred name among the spellings of one organisation (see {@link #PREFERENCE}); null when none. */
    public static String preferred(Collection<String> names) {
        return names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).min(PREFERENCE).orElse(null);
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
