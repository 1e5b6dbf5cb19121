package org.trialkg.model;

import java.util.Locale;
import java.util.Map;

/**
 * What kind of view of a registry record a source gives. A stored record is one registry record seen through one
 * kind of source: reading the same record again, from any file, replaces it, while the registry's full record and
 * ICTRP's copy of it are two records of one trial, merged on the card by rank.
 */
public enum SourceKind {
    /** The registry's own full record: ClinicalTrials.gov API v2 JSON or legacy XML, a ChiCTR record, ctrdata. */
    REGISTRY(0),
    /** The WHO ICTRP's copy of a primary registry's record. */
    ICTRP(1),
    /** A registry page saved as a document (a ClinicalTrials.gov record view, a ChiCTR page). */
    PAGE(1),
    /** A partial export: a subset of the record's fields, such as ClinicalTrials.gov's CSV columns. */
    PARTIAL(2),
    /** Any other document (a protocol, a results synopsis): known by its path, not by the IDs it mentions. */
    DOCUMENT(3);

    // The formats and page layouts the readers name (Source.layout); any other layout is a document.
    private static final Map<String, SourceKind> BY_LAYOUT = Map.ofEntries(
            Map.entry("ctgov-json", REGISTRY),
            Map.entry("ctgov-xml", REGISTRY),
            Map.entry("chictr-xml", REGISTRY),
            Map.entry("ctrdata-json", REGISTRY),
            Map.entry("ictrp-xml", ICTRP),
            Map.entry("ictrp-csv", ICTRP),
            Map.entry("ictrp-xlsx", ICTRP),
            Map.entry("chictr-page", PAGE),
            Map.entry("ctgov-page", PAGE),
            Map.entry("medpath-page", PAGE),
            Map.entry("ctgov-csv-row", PARTIAL),
            Map.entry("ctgov-csv", PARTIAL));

    private final int rank;

    SourceKind(int rank) {
        this.rank = rank;
    }

    /** The kind of source a reader's layout names. */
    public static SourceKind of(String layout) {
        return BY_LAYOUT.getOrDefault(layout, DOCUMENT);
    }

    /** Lower is trusted first when the sources of one trial give different values. */
    public int rank() {
        return rank;
    }

    /** True when the record is known by its registry ID, so another file holding it replaces it. */
    public boolean byRegistryId() {
        return this != DOCUMENT;
    }

    /** Lower-case name used in IRIs and output: {@code registry}, {@code ictrp}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
