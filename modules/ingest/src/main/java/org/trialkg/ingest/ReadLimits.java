package org.trialkg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * How much of one record or one value a reader holds in memory. A file may be broken or hostile (a quote never
 * closed, an element of 100 MB, JSON nested ten thousand deep): past these limits the record is reported and
 * skipped, or the file is reported and left, and the ingest goes on with the next, instead of running out of memory.
 */
public final class ReadLimits {
    /**
     * The longest text value: an XML element's text, a JSON string. The longest value in the shared samples is
     * 8,000 characters (ICTRP cuts its fields there) and a ClinicalTrials.gov detailed description is tens of
     * thousands; 4 Mi characters (8 MB of heap) is a hundred times that and still small beside a 512 MB heap.
     */
    public static final int MAX_FIELD_CHARS = 4 * 1024 * 1024;

    /**
     * The longest CSV row. The longest row in the shared exports is 11,767 characters (ICTRP COVID-19 export) and
     * a ClinicalTrials.gov row under 3,000; 8 Mi characters (16 MB of heap per reading thread) is room for a row
     * of two full-length values while bounding what an unclosed quote can hold.
     */
    public static final int MAX_RECORD_CHARS = 8 * 1024 * 1024;

    /**
     * The largest file a reader holds whole (a ctrdata record: one trial per file, a few hundred KB with results;
     * the largest in the shared samples is under 1 MB). 64 MB is far past any one trial and safe in a 512 MB heap.
     */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

    /** JSON nesting: Jackson's own default, named here so that the message can say it. Studies nest under 10. */
    public static final int MAX_JSON_DEPTH = 1000;

    private ReadLimits() {
    }

    /** Jackson's read limits for trialkg's JSON and CSV readers. */
    public static StreamReadConstraints jackson() {
        return StreamReadConstraints.builder()
                .maxStringLength(MAX_FIELD_CHARS)
                .maxNestingDepth(MAX_JSON_DEPTH)
                .build();
    }

    /** A JSON factory with {@link #jackson()}. */
    public static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(jackson()).build();
    }

    /**
     * A Jackson failure in words: a limit is named as a limit (Jackson leaves the location out of those), anything
     * else is broken syntax at a line and column where known.
     */
    public static String describe(String format, Exception e) {
        // Jackson's databind wraps a limit in a mapping exception, and an iterator wraps that again.
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return format + " past a limit of what trialkg reads: " + oneLine(limit.getOriginalMessage());
            }
        }
        if (!(e instanceof JsonProcessingException j)) {
            return "broken " + format + ": " + oneLine(e.getMessage());
        }
        JsonLocation at = j.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "broken " + format + where + ": " + oneLine(j.getOriginalMessage());
    }

    private static String oneLine(String s) {
        return s == null ? "no detail" : s.lines().findFirst().orElse("").replaceAll("\\s+", " ").strip();
    }
}
