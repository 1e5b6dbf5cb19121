package org.trialkg.ingest.document;

/** A document whose text cannot be read, with the stage and a message fit for a {@code Problem}. */
final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String stage;

    UnreadableDocumentException(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    String stage() {
        return stage;
    }
}
