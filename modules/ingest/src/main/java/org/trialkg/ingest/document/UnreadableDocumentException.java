package org.trialkg.ingest.document;

import org.trialkg.ingest.Problem;

/** A document whose text cannot be read, with the stage and a message fit for a {@code Problem}. */
final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Problem.Stage stage;

    UnreadableDocumentException(Problem.Stage stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    Problem.Stage stage() {
        return stage;
    }
}
