package org.trialkg.fetch;

/** A fetch that cannot go on: the message is one line saying what failed and what to do. */
public final class FetchException extends RuntimeException {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
