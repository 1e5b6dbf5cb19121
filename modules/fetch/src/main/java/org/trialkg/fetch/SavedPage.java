package org.trialkg.fetch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A page stored under {@code downloads/}, ready to ingest.
 *
 * @param fetchId the saved fetch it belongs to
 * @param runId the run that downloaded it (its folder)
 * @param number its place in the run, from 1
 * @param file the gzipped page
 * @param page what it says of itself
 */
public record SavedPage(String fetchId, String runId, int number, Path file, ApiPage page) {
    public SavedPage {
        Objects.requireNonNull(fetchId, "page fetchId");
        Objects.requireNonNull(runId, "page runId");
        Objects.requireNonNull(file, "page file");
        Objects.requireNonNull(page, "page summary");
        if (number < 1) {
            throw new IllegalArgumentException("page number: expected 1 or more, was " + number);
        }
    }
}
