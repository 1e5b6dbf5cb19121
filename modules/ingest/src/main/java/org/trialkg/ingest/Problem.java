package org.trialkg.ingest;

import java.util.Objects;

/**
 * Something wrong with one file or one record: reported, counted, and the ingest goes on.
 *
 * @param file the file (or {@code zip!/entry}) as given
 * @param record the record inside the file (its ID or row), or {@code ""} for the file as a whole
 * @param stage {@code read}, {@code detect}, {@code extract}, {@code enrich}, {@code map}, {@code store}
 * @param message what was expected and what was found
 */
public record Problem(String file, String record, String stage, String message) {
    public Problem {
        Objects.requireNonNull(file, "problem file");
        Objects.requireNonNull(stage, "problem stage");
        Objects.requireNonNull(message, "problem message");
        record = record == null ? "" : record;
        message = message.replaceAll("\\s+", " ").strip();
    }

    /** {@code file [record]: stage: message}, on one line. */
    public String oneLine() {
        return file + (record.isEmpty() ? "" : " [" + record + "]") + ": " + stage + ": " + message;
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
