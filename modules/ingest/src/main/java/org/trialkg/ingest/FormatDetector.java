package org.trialkg.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Picks the reader for an input from its content and name: the reader most sure of itself wins; ties go to the
 * reader listed first.
 */
public final class FormatDetector {
    private final List<SourceReader> readers;

    public FormatDetector(List<SourceReader> readers) {
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("format detector: needs at least one reader");
        }
        this.readers = List.copyOf(readers);
    }

    /** The reader for the input, or empty when none can read it. */
    public Optional<SourceReader> detect(SourceInput input) {
        SourceReader best = null;
        Claim bestClaim = Claim.NONE;
        for (SourceReader r : readers) {
            Claim claim = r.confidence(input);
            if (claim.compareTo(bestClaim) > 0) {
                best = r;
                bestClaim = claim;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<SourceReader> readers() {
        return readers;
    }
}
