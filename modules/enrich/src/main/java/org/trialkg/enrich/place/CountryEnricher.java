package org.trialkg.enrich.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trialkg.enrich.Enricher;
import org.trialkg.model.Site;
import org.trialkg.model.TrialRecord;

/**
 * Writes the countries of a record and of its sites as ISO 3166-1 alpha-2 codes, keeping a name it cannot resolve
 * as written; a record that lists no countries gets those of its sites.
 */
public final class CountryEnricher implements Enricher {
    /** The field a document's value source names for a country (see the document reader's generic layout). */
    static final String COUNTRY_FIELD = "country";
    private final CountryCodes codes;

    public CountryEnricher() {
        this(new CountryCodes());
    }

    public CountryEnricher(CountryCodes codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public TrialRecord enrich(TrialRecord record) {
        List<Site> sites = new ArrayList<>(record.sites().size());
        for (Site s : record.sites()) {
            String c = s.country() == null || s.country().isBlank() ? s.country() : codes.normalise(s.country());
            sites.add(Objects.equals(c, s.country()) ? s
                    : new Site(s.facility(), s.city(), s.region(), s.zip(), c, s.status(), s.latitude(), s.longitude()));
        }
        // A document's countries are candidates its reader took from country and site lists without knowing the
        // names ("Alaska", "Anchorage" beside "United States"), each with where it was read (a value source of
        // the country field): of those, only the ones that name a country are kept.
        Set<String> candidates = new java.util.HashSet<>();
        record.valueSources().stream().filter(v -> v.field().equals(COUNTRY_FIELD))
                .forEach(v -> candidates.add(v.value()));
        Set<String> countries = new LinkedHashSet<>();
        for (String c : record.countries()) {
            if (candidates.contains(c)) {
                codes.resolve(c).ifPresent(countries::add);
            } else {
                countries.add(codes.normalise(c));
            }
        }
        if (countries.isEmpty()) {
            for (Site s : sites) {
                if (s.country() != null && !s.country().isBlank()) {
                    countries.add(s.country());
                }
            }
        }
        TrialRecord.Builder out = record.toBuilder().sites(sites).countries(new ArrayList<>(countries));
        if (!candidates.isEmpty()) {
            out.valueSources(record.valueSources().stream()
                    .filter(v -> !v.field().equals(COUNTRY_FIELD) || codes.resolve(v.value()).isPresent()).toList());
        }
        return out.build();
    }
}
