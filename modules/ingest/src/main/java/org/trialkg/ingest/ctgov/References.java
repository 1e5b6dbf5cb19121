package org.trialkg.ingest.ctgov;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Reference;

/** Publication references as ClinicalTrials.gov lists them: a citation, often a PMID, and a DOI inside the text. */
final class References {
    private static final Pattern DOI = Pattern.compile("(?i)\\b(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern PMID = Pattern.compile("\\d{1,9}");

    private References() {
    }

    /** The reference, or null when it has neither a usable PMID nor a citation. */
    static Reference of(String pmid, String citation, String type) {
        String p = pmid == null ? null : pmid.strip();
        if (p != null && !PMID.matcher(p).matches()) {
            p = null;
        }
        String c = citation == null || citation.isBlank() ? null : citation.strip();
        String doi = c == null ? null : doi(c);
        if (p == null && doi == null && c == null) {
            return null;
        }
        return new Reference(p, doi, c, type);
    }

    /** The first DOI in the text, without trailing punctuation, or null. */
    static String doi(String text) {
        // tried only where "10." stands: a search from every position of every citation, each testing a word
        // boundary, was a sixth of the reader threads' samples in a profile of a bulk ingest of legacy XML
        Matcher m = DOI.matcher(text).useTransparentBounds(true);
        for (int at = text.indexOf("10."); at >= 0; at = text.indexOf("10.", at + 1)) {
            if (m.region(at, text.length()).lookingAt()) {
                // A DOI at the end of a citation is followed by the sentence's full stop, which is not part of it.
                return m.group(1).replaceAll("[.,;:)\\]]+$", "");
            }
        }
        return null;
    }
}
