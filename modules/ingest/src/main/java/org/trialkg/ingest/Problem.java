package org.trialkg.ingest;

import java.util.Objects;

/**
 * Something wrong with one file or one record: reported, counted, and the ingest goes on.
 *
 * @param file the file (or {@code zip!/entry}) as given
 * @param record the record inside the file (its ID or row), or {@code ""} for the file as a whole
 * @param stage where it went wrong
 * @param message what was expected and what was found
 */
public record Problem(String file, String record, Stage stage, String message) {
    /** Where in the ingest a problem arose; printed in lower case ({@code read}, {@code detect}, ...). */
    public enum Stage {
        /** No reader knows the file's format. */
        DETECT,
        /** The reader could not read the file or a record in it. */
        READ,
        /** The text of a document could not be extracted. */
        EXTRACT,
        /** A record could not be enriched or mapped to RDF. */
        MAP;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

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
