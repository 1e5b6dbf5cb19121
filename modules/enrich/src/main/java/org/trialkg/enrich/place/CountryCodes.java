package org.trialkg.enrich.place;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Country names and codes to ISO 3166-1 alpha-2: the English names {@link Locale} knows, alpha-2 and alpha-3 codes,
 * and the registry spellings that differ from them ("Korea, Republic of", "Iran (Islamic Republic of)", "Viet Nam").
 */
public final class CountryCodes {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("usa", "US"), Map.entry("us", "US"), Map.entry("u s", "US"), Map.entry("u s a", "US"),
            Map.entry("united states of america", "US"), Map.entry("america", "US"),
            Map.entry("uk", "GB"), Map.entry("u k", "GB"), Map.entry("great britain", "GB"), Map.entry("britain", "GB"),
            Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
            Map.entry("northern ireland", "GB"), Map.entry("united kingdom of great britain and northern ireland", "GB"),
            Map.entry("korea", "KR"), Map.entry("south korea", "KR"), Map.entry("korea republic of", "KR"),
            Map.entry("republic of korea", "KR"), Map.entry("korea south", "KR"),
            Map.entry("north korea", "KP"), Map.entry("korea democratic people s republic of", "KP"),
            Map.entry("iran islamic republic of", "IR"), Map.entry("islamic republic of iran", "IR"),
            Map.entry("russian federation", "RU"), Map.entry("russia", "RU"),
            Map.entry("taiwan", "TW"), Map.entry("taiwan province of china", "TW"), Map.entry("chinese taipei", "TW"),
            Map.entry("republic of china", "TW"),
            Map.entry("hong kong", "HK"), Map.entry("hong kong sar", "HK"), Map.entry("hong kong china", "HK"),
            Map.entry("macau", "MO"), Map.entry("macao", "MO"), Map.entry("macao sar", "MO"),
            Map.entry("china", "CN"), Map.entry("mainland china", "CN"), Map.entry("people s republic of china", "CN"),
            Map.entry("pr china", "CN"), Map.entry("p r china", "CN"), Map.entry("prc", "CN"),
            Map.entry("viet nam", "VN"), Map.entry("vietnam", "VN"),
            Map.entry("czechia", "CZ"), Map.entry("czech republic", "CZ"),
            Map.entry("turkey", "TR"), Map.entry("turkiye", "TR"),
            Map.entry("moldova republic of", "MD"), Map.entry("republic of moldova", "MD"),
            Map.entry("tanzania united republic of", "TZ"), Map.entry("syrian arab republic", "SY"),
            Map.entry("lao people s democratic republic", "LA"), Map.entry("laos", "LA"),
            Map.entry("bolivia plurinational state of", "BO"), Map.entry("venezuela bolivarian republic of", "VE"),
            Map.entry("macedonia the former yugoslav republic of", "MK"), Map.entry("macedonia", "MK"),
            Map.entry("north macedonia", "MK"), Map.entry("ivory coast", "CI"), Map.entry("cote d ivoire", "CI"),
            Map.entry("palestinian territory occupied", "PS"), Map.entry("palestine", "PS"),
            Map.entry("state of palestine", "PS"), Map.entry("brunei darussalam", "BN"),
            Map.entry("libyan arab jamahiriya", "LY"), Map.entry("congo the democratic republic of the", "CD"),
            Map.entry("democratic republic of the congo", "CD"), Map.entry("republic of the congo", "CG"),
            Map.entry("holy see vatican city state", "VA"), Map.entry("vatican", "VA"), Map.entry("burma", "MM"),
            Map.entry("myanmar burma", "MM"), Map.entry("swaziland", "SZ"), Map.entry("eswatini", "SZ"),
            Map.entry("cape verde", "CV"), Map.entry("cabo verde", "CV"), Map.entry("the netherlands", "NL"),
            Map.entry("holland", "NL"), Map.entry("micronesia federated states of", "FM"),
            Map.entry("virgin islands u s", "VI"), Map.entry("reunion", "RE"), Map.entry("curacao", "CW"));

    private final Set<String> iso = Set.of(Locale.getISOCountries());
    private final Map<String, String> byName = new HashMap<>();

    public CountryCodes() {
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            byName.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                byName.put(key(l.getISO3Country()), code);
            } catch (java.util.MissingResourceException e) {
                // a few codes have no alpha-3 form in this JDK; the alpha-2 code and the name still resolve
            }
        }
        byName.putAll(ALIASES);
    }

    /** The ISO 3166-1 alpha-2 code for a country name or code, or empty when it is not a country this knows. */
    public Optional<String> resolve(String nameOrCode) {
        Objects.requireNonNull(nameOrCode, "country");
        String t = nameOrCode.strip();
        if (t.length() == 2 && iso.contains(t.toUpperCase(Locale.ROOT))) {
            return Optional.of(t.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(byName.get(key(t)));
    }

    /** The alpha-2 code where it resolves, else the text as written (stripped). */
    public String normalise(String nameOrCode) {
        return resolve(nameOrCode).orElse(nameOrCode.strip());
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("[^a-z0-9]+", " ").strip();
        return n.startsWith("the ") && !n.equals("the netherlands") ? n.substring(4) : n;
    }
}
