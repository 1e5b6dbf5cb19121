package org.trialkg.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trialkg.model.OrganisationNames;
import org.trialkg.vocab.Enumeration;

/**
 * Checks the value of a facet filter before it is searched: the closed facets (phase, status, type) take their
 * ClinicalTrials.gov values in any case, a country its ISO 3166 code or English name, a year four digits. A value
 * written as the card prints several ({@code PHASE2|PHASE3}) is each of them. A value outside the set is an
 * {@link IllegalArgumentException} that lists the accepted ones: a filter that cannot match anything would
 * otherwise answer a silent "0 trials".
 */
public final class FacetValues {
    private static final Map<String, String> COUNTRY_BY_NAME = countryNames();
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private FacetValues() {
    }

    /**
     * The values to filter on for one value as given; drug and class names are taken as they are, a sponsor in the
     * form its facet holds ({@link OrganisationNames#display}: "sun yat-sen univ." filters on "Sun Yat-sen
     * University").
     */
    public static List<String> check(String facet, String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : value.split("\\|")) {
            String v = part.strip();
            if (!v.isEmpty()) {
                out.add(one(facet, v));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(facet + ": expected a value, was '" + value + "'");
        }
        return new ArrayList<>(out);
    }

    private static String one(String facet, String v) {
        return switch (facet) {
            case TrialFields.PHASE -> closed(facet, v, Enumeration.PHASE.notations());
            case TrialFields.STATUS -> closed(facet, v, Enumeration.STATUS.notations());
            case TrialFields.TYPE -> closed(facet, v, Enumeration.STUDY_TYPE.notations());
            case TrialFields.COUNTRY -> country(v);
            case TrialFields.SPONSOR -> OrganisationNames.display(v);
            case TrialFields.YEAR -> {
                if (!v.matches("\\d{4}")) {
                    throw new IllegalArgumentException("year: expected a start year of four digits such as 2021, was '" + v + "'");
                }
                yield v;
            }
            default -> v;
        };
    }

    private static String closed(String facet, String v, List<String> accepted) {
        String upper = v.toUpperCase(Locale.ROOT);
        if (!accepted.contains(upper)) {
            throw new IllegalArgumentException(facet + ": '" + v + "' is not a value of this facet; accepted: "
                    + String.join(", ", accepted) + " (several as " + accepted.get(1) + "|" + accepted.get(2) + ")");
        }
        return upper;
    }

    private static String country(String v) {
        String upper = v.toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && COUNTRY_CODES.contains(upper)) {
            return upper;
        }
        String byName = COUNTRY_BY_NAME.get(v.toLowerCase(Locale.ROOT));
        if (byName != null) {
            return byName;
        }
        throw new IllegalArgumentException("country: '" + v + "' is neither an ISO 3166 country code nor a country's"
                + " English name; accepted: a two-letter code such as CN, US, DE, GB, or a name such as China");
    }

    // English names as the JDK knows them ("China", "United States"), lower-cased, to their codes.
    private static Map<String, String> countryNames() {
        Map<String, String> m = new TreeMap<>();
        Arrays.stream(Locale.getISOCountries()).forEach(code ->
                m.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code));
        return Map.copyOf(m);
    }
}
