package org.trialkg.model;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trial registries whose identifiers trialkg recognises, each with the pattern of a valid ID
 * and how an ID is written in its normal form: ClinicalTrials.gov and every primary registry of the WHO ICTRP network
 * as it lists them (2026), with the ID schemes each uses today. A trial ID of any other registry is kept as
 * {@link #OTHER}, as given, so that no record is lost for its ID.
 */
public enum Registry {
    NCT("nct", "ClinicalTrials.gov", "NCT\\d{8}", v -> v.toUpperCase(Locale.ROOT)),
    // ChiCTR IDs: ChiCTR2000034346 (since 2019) or ChiCTR-IOR-17011183 (older, with a type code).
    CHICTR("chictr", "Chinese Clinical Trial Registry", "ChiCTR(?:-[A-Za-z]{2,5}-)?\\d{8,10}", Registry::normChictr),
    // CTIS numbers look like EudraCT numbers with a 5 after the year and a two-digit suffix, so they come first.
    // ICTRP writes them with a CTIS prefix (CTIS2023-507385-11-00); the normal form is the EU CT number alone.
    CTIS("ctis", "EU Clinical Trials Information System", "(?:CTIS)?\\d{4}-5\\d{5}-\\d{2}-\\d{2}",
            v -> v.regionMatches(true, 0, "CTIS", 0, 4) ? v.substring(4) : v),
    EUCTR("euctr", "EU Clinical Trials Register (EudraCT)", "\\d{4}-\\d{6}-\\d{2}", UnaryOperator.identity()),
    ISRCTN("isrctn", "ISRCTN registry", "ISRCTN\\d{8}", v -> v.toUpperCase(Locale.ROOT)),
    CTRI("ctri", "Clinical Trials Registry - India", "CTRI/\\d{4}/\\d{2,3}/\\d{6}", v -> v.toUpperCase(Locale.ROOT)),
    JPRN("jprn", "Japan Primary Registries Network",
            "(?:JPRN-)?(?:UMIN\\d{9}|jRCT[a-z]?\\d{8,10}|JapicCTI-\\d{6}|JMA-IIA\\d{5})", Registry::normJprn),
    DRKS("drks", "German Clinical Trials Register", "DRKS\\d{8}", v -> v.toUpperCase(Locale.ROOT)),
    ACTRN("actrn", "Australian New Zealand Clinical Trials Registry", "ACTRN\\d{14}", v -> v.toUpperCase(Locale.ROOT)),
    IRCT("irct", "Iranian Registry of Clinical Trials", "IRCT\\d{6,14}N\\d{1,3}", v -> v.toUpperCase(Locale.ROOT)),
    // The Dutch register's schemes: NTR numbers, then NL numbers, and since 2022 the OMON overview (NL-OMON55279).
    NTR("ntr", "Netherlands Trial Register (OMON)", "(?:NTR\\d{3,5}|NL\\d{4,5}|NL-OMON\\d{1,8})",
            v -> v.toUpperCase(Locale.ROOT)),
    KCT("kct", "Clinical Research Information Service (Korea)", "KCT\\d{7}", v -> v.toUpperCase(Locale.ROOT)),
    TCTR("tctr", "Thai Clinical Trials Registry", "TCTR\\d{11}", v -> v.toUpperCase(Locale.ROOT)),
    PACTR("pactr", "Pan African Clinical Trials Registry", "PACTR\\d{15}", v -> v.toUpperCase(Locale.ROOT)),
    REBEC("rebec", "Brazilian Clinical Trials Registry", "RBR-[0-9a-z]{6,8}", v -> "RBR-" + v.substring(4).toLowerCase(Locale.ROOT)),
    SLCTR("slctr", "Sri Lanka Clinical Trials Registry", "SLCTR/\\d{4}/\\d{3}", v -> v.toUpperCase(Locale.ROOT)),
    LBCTR("lbctr", "Lebanese Clinical Trials Registry", "LBCTR\\d{10}", v -> v.toUpperCase(Locale.ROOT)),
    // ICTRP exports Cuban IDs with eight digits (RPCEC00000306); longer forms are accepted too.
    RPCEC("rpcec", "Cuban Public Registry of Clinical Trials", "RPCEC\\d{8,11}", v -> v.toUpperCase(Locale.ROOT)),
    PER("per", "Peruvian Clinical Trial Registry", "PER-\\d{3}-\\d{2}", v -> v.toUpperCase(Locale.ROOT)),
    ITMCTR("itmctr", "International Traditional Medicine Clinical Trial Registry", "ITMCTR\\d{7,12}",
            v -> v.toUpperCase(Locale.ROOT)),
    // Any other registry: the ID as given (one line, no spaces at its ends). It is never found in free text and
    // never chosen when a text is an ID of a known registry.
    OTHER("other", "Other registry", "[^\\s\\p{Cntrl}](?:[^\\p{Cntrl}]{0,98}[^\\s\\p{Cntrl}])?",
            UnaryOperator.identity());

    private final String slug;
    private final String label;
    private final Pattern exact;
    private final UnaryOperator<String> normaliser;

    Registry(String slug, String label, String regex, UnaryOperator<String> normaliser) {
        this.slug = slug;
        this.label = label;
        this.exact = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.normaliser = normaliser;
    }

    /** Short lower-case name used in IRIs and on the command line: {@code nct}, {@code chictr}. */
    public String slug() {
        return slug;
    }

    /** Human-readable registry name. */
    public String label() {
        return label;
    }

    Pattern pattern() {
        return exact;
    }

    /** The ID in this registry's normal form, or empty when the text is not a valid ID of this registry. */
    public Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = exact.matcher(t);
        return m.matches() ? Optional.of(normaliser.apply(t)) : Optional.empty();
    }

    /** True for the registries whose ID pattern is known; false for {@link #OTHER}. */
    public boolean known() {
        return this != OTHER;
    }

    /** The registry named by a slug or enum name, case-insensitively. */
    public static Optional<Registry> bySlug(String slug) {
        for (Registry r : values()) {
            if (r.slug.equalsIgnoreCase(slug) || r.name().equalsIgnoreCase(slug)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static String normChictr(String v) {
        return "ChiCTR" + v.substring(6).toUpperCase(Locale.ROOT);
    }

    private static String normJprn(String v) {
        String core = v.regionMatches(true, 0, "JPRN-", 0, 5) ? v.substring(5) : v;
        if (core.regionMatches(true, 0, "jRCT", 0, 4)) {
            core = "jRCT" + core.substring(4).toLowerCase(Locale.ROOT);
        } else if (core.regionMatches(true, 0, "UMIN", 0, 4)) {
            core = "UMIN" + core.substring(4);
        }
        return "JPRN-" + core;
    }
}
